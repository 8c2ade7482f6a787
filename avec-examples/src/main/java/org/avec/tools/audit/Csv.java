package org.avec.tools.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The auditor's CSV files, read and written with Apache Commons CSV: fields separated by commas, a field quoted with
 * {@code "} when it holds a comma, a quote or a line break (a quote doubled inside), lines ending in LF or CRLF, a
 * UTF-8 byte-order mark at the start ignored, blank lines and lines starting with {@code #} skipped, spaces around a
 * field ignored (spaces inside quotes are kept).
 *
 * <p>Files saved by a spreadsheet are read too: the separator is the one the header uses most, among the comma, the
 * semicolon and the tab (French-locale Excel writes semicolons, and then decimal commas: {@code 12,50} is read as
 * {@code 12.50} where the separator is a semicolon); the header's columns may come in any order, their names matched
 * without case or accents, and the empty columns a spreadsheet adds at the end of every row are ignored
 * ({@link #columns}).
 */
public final class Csv {

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).get();

    /**
     * How a file's rows are written: the separator, and whether amounts have decimal commas (where the separator is a
     * semicolon, as French-locale spreadsheets write).
     *
     * @param separator the separator found in the header
     */
    record Dialect(char separator) {
        static final Dialect COMMAS = new Dialect(',');

        boolean decimalComma() {
            return separator == ';';
        }

        /** The dialect in words, for the report's first line; empty for the auditor's own (commas). */
        String words() {
            return separator == ';' ? "semicolon-separated with decimal commas"
                    : separator == '\t' ? "tab-separated" : "";
        }
    }

    /**
     * The dialect of a file: the separator its first row (the header) uses most, among the comma, the semicolon and
     * the tab, outside quotes; the comma where none is used or there is a tie.
     */
    static Dialect dialect(List<String> lines) {
        for (String line : lines) {
            String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
            if (skip(l)) {
                continue;
            }
            int commas = 0;
            int semicolons = 0;
            int tabs = 0;
            boolean quoted = false;
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    commas += c == ',' ? 1 : 0;
                    semicolons += c == ';' ? 1 : 0;
                    tabs += c == '\t' ? 1 : 0;
                }
            }
            if (semicolons > commas && semicolons >= tabs) {
                return new Dialect(';');
            }
            return tabs > commas && tabs > semicolons ? new Dialect('\t') : Dialect.COMMAS;
        }
        return Dialect.COMMAS;
    }

    /** A whole number with a decimal comma ({@code 12,50}, {@code -3,5}), as a spreadsheet writes it in French. */
    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("[+-]?\\d+,\\d+");
    /** A {@code key=12,50} term (a loan owed at the opening), written with a decimal comma. */
    private static final java.util.regex.Pattern TERM_COMMA = java.util.regex.Pattern.compile("(=[+-]?\\d+),(\\d+)");

    /** A field as the auditor's own format writes it: a decimal comma becomes a point where the dialect has them. */
    private static String field(String value, Dialect d) {
        if (!d.decimalComma() || value.indexOf(',') < 0) {
            return value;
        }
        if (DECIMAL_COMMA.matcher(value).matches()) {
            return value.replace(',', '.');
        }
        return TERM_COMMA.matcher(value).replaceAll("$1.$2");
    }

    /**
     * Where each of a format's columns is in a file, from its header: names matched without case, accents or
     * surrounding spaces, in any order; the empty columns a spreadsheet adds at the end are left out.
     *
     * @param header the header's fields
     * @param names the format's columns, in the order the reader wants them
     * @param required how many of {@code names}, from the first, must be there (the others may be missing)
     * @return each column's position in the file (-1 for an optional column that is missing), or null if a required
     *     column is missing, a column is unknown or one is given twice
     */
    public static int[] columns(List<String> header, String[] names, int required) {
        int width = header.size();
        while (width > 0 && header.get(width - 1).isBlank()) {
            width--;
        }
        int[] at = new int[names.length];
        Arrays.fill(at, -1);
        for (int i = 0; i < width; i++) {
            String h = plain(header.get(i));
            int k = Arrays.asList(names).indexOf(h);
            if (k < 0 || at[k] >= 0) {
                return null;
            }
            at[k] = i;
        }
        for (int k = 0; k < names.length; k++) {
            if (at[k] < 0 && k < required) {
                return null;
            }
        }
        return at;
    }

    /**
     * A header name as compared: lower case, without accents or surrounding spaces.
     *
     * @param name the name as written
     * @return the name as compared
     */
    public static String plain(String name) {
        String d = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A row's fields in a format's order, from where {@link #columns} found them; null if the row has fields beyond
     * the header's that are not empty.
     *
     * @param fields the row's fields as read
     * @param at where each of the format's columns is ({@link #columns})
     * @param headerWidth the header's columns, without the empty ones at its end
     * @return the fields in the format's order ("" for a missing optional column), read-only (when the columns are
     *     already in order, a view of {@code fields}, not a copy), or null
     */
    public static List<String> reorder(List<String> fields, int[] at, int headerWidth) {
        for (int i = headerWidth; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                return null;
            }
        }
        if (inOrder(at, fields.size())) {
            return padded(fields, at.length);
        }
        List<String> out = new ArrayList<>(at.length);
        for (int k : at) {
            out.add(k < 0 || k >= fields.size() ? "" : fields.get(k));
        }
        return out;
    }

    /**
     * Whether a format's columns are where the header has them (0, 1, 2, ...), those the header lacks last: then a
     * row is its own fields, with "" after them, and need not be copied.
     */
    private static boolean inOrder(int[] at, int width) {
        for (int i = 0; i < at.length; i++) {
            if (i < width ? at[i] != i : at[i] >= 0 && at[i] < width) {
                return false;
            }
        }
        return true;
    }

    /** A row's fields, read as {@code size} of them: "" beyond its own. */
    private static List<String> padded(List<String> fields, int size) {
        if (fields.size() == size) {
            return java.util.Collections.unmodifiableList(fields);
        }
        return new java.util.AbstractList<String>() {
            @Override
            public String get(int i) {
                java.util.Objects.checkIndex(i, size);
                return i < fields.size() ? fields.get(i) : "";
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private Csv() {}

    /**
     * One row of a file: the line it starts on (a quoted field may go on over several lines), its fields, and its
     * first line as written (for messages); or, if the file cannot be read from there on, the problem.
     */
    record Row(int line, List<String> fields, String text, String problem) {
        boolean broken() {
            return problem != null;
        }
    }

    /**
     * The rows of a file given as its lines. A quote that is never closed makes the rest of the file one field: it is
     * reported once, at the line where the field starts, with how many lines after it could not be read.
     *
     * @param lines the file's lines, without their line ends
     * @return the rows, in file order; the last may be broken
     */
    static List<Row> rows(List<String> lines) {
        Dialect dialect = dialect(lines);
        return plain(lines) ? plainRows(lines, dialect) : parsedRows(lines, dialect);
    }

    /** The rows as Commons CSV parses them: quoted fields, over several lines if need be. */
    static List<Row> parsedRows(List<String> lines, Dialect dialect) {
        CSVFormat format = dialect.separator() == ',' ? READ : READ.builder().setDelimiter(dialect.separator()).get();
        lines = withoutMark(lines);
        String text = String.join("\n", lines);
        int[] starts = new int[lines.size() + 1];
        for (int i = 1, at = 0; i < starts.length; i++) {
            at += lines.get(i - 1).length() + 1;
            starts[i] = at;
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> it = parser.iterator();
            int afterLast = 0; // the index of the line after the last row read
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    int line = firstLineWithText(lines, afterLast) + 1;
                    int rest = lines.size() - line;
                    rows.add(new Row(line, List.of(), lines.get(line - 1), "a quoted field is not closed"
                            + (rest > 0 ? "; the " + rest + " line" + (rest == 1 ? "" : "s") + " after it could not be read" : "")));
                    break;
                }
                int line = lineOf(starts, (int) r.getCharacterPosition());
                while (line < lines.size() - 1 && passedOver(lines.get(line))) {
                    line++; // the position of a row after a comment or a blank line is where those begin
                }
                List<String> fields = r.toList();
                if (dialect.decimalComma()) {
                    List<String> plain = new ArrayList<>(fields.size());
                    for (String f : fields) {
                        plain.add(field(f, dialect));
                    }
                    fields = plain;
                }
                rows.add(new Row(line + 1, fields, lines.get(line), null));
                afterLast = (int) parser.getCurrentLineNumber();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never: the text is in memory
        }
        return rows;
    }

    /**
     * Whether the file can be split without the parser: no line has a quote (every row is then one line) and no line
     * is white space only (the parser's reading of such a line is its own).
     */
    static boolean plain(List<String> lines) {
        for (String l : withoutMark(lines)) {
            if (l.indexOf('"') >= 0 || (!l.isEmpty() && l.isBlank())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rows of a file without quotes, as Commons CSV reads them (a property checks it), without its parser: an
     * empty line and a line starting with {@code #} are skipped, every other line is a row whose fields are split at
     * the separator and stripped of surrounding white space. Most records files have no quote, and reading them is
     * most of a programme report's time.
     */
    static List<Row> plainRows(List<String> lines, Dialect dialect) {
        List<Row> rows = new ArrayList<>(lines.size());
        char sep = dialect.separator();
        lines = withoutMark(lines);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isEmpty() || l.charAt(0) == '#') {
                continue;
            }
            List<String> fields = new ArrayList<>(12);
            int from = 0;
            for (int at = l.indexOf(sep); ; at = l.indexOf(sep, from)) {
                // the field without the white space around it (as strip() would), copied once
                int a = from;
                int b = at < 0 ? l.length() : at;
                while (a < b && Character.isWhitespace(l.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(l.charAt(b - 1))) {
                    b--;
                }
                String f = l.substring(a, b);
                fields.add(dialect.decimalComma() ? field(f, dialect) : f);
                if (at < 0) {
                    break;
                }
                from = at + 1;
            }
            rows.add(new Row(i + 1, fields, l, null));
        }
        return rows;
    }

    /** A line the parser passes over: blank, or a comment ({@code #} first, as Commons CSV reads it). */
    private static boolean passedOver(String line) {
        return line.isBlank() || line.charAt(0) == '#';
    }

    /** The lines without the byte-order mark a spreadsheet may put before the first. */
    private static List<String> withoutMark(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).startsWith("\uFEFF")) {
            return lines;
        }
        List<String> copy = new ArrayList<>(lines);
        copy.set(0, copy.get(0).substring(1));
        return copy;
    }

    private static int lineOf(int[] starts, int position) {
        int i = Arrays.binarySearch(starts, position);
        return i >= 0 ? i : -i - 2;
    }

    private static int firstLineWithText(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!skip(lines.get(i))) {
                return i;
            }
        }
        return Math.max(0, Math.min(from, lines.size() - 1));
    }

    /**
     * One row written as CSV, quoted where needed, ending with a line feed.
     *
     * @param fields the fields
     * @return the row's text
     */
    static String row(Object... fields) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            printer.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never: a StringWriter
        }
        return out.toString();
    }

    /**
     * The largest amount a file may hold, in the currency's smallest units: 10^15 (ten thousand billion MAD). Far above
     * any group's money, and far enough below a {@code long}'s limit that sums of the amounts of a cycle still fit.
     */
    static final String LARGEST = "10^15 of the currency's smallest unit";

    private static final java.math.BigDecimal LARGEST_MINOR = java.math.BigDecimal.TEN.pow(15);

    /** The bounds on a number typed in a file, checked before any arithmetic: {@value}. */
    static final String NUMBER_BOUNDS = "at most 34 digits and 30 decimal places, written without an exponent beyond 30";

    /**
     * A decimal number as typed in a file ({@code 12.50}, {@code 0.10}), with its digits and exponent bounded before any
     * arithmetic is done with it: {@code 1e-999999999} or a 400-digit number is refused here, never turned into a
     * computation that cannot finish or a limit that silently disappears.
     *
     * @param text the text
     * @param notANumber what to say of a text that is not a number ("is not written like 12.50")
     * @param problem where the problem goes, as the words that follow the value
     * @return the number, or null after a problem
     */
    static java.math.BigDecimal decimal(String text, String notANumber, java.util.function.Consumer<String> problem) {
        if (text.length() > 64) {
            problem.accept("is " + text.length() + " characters long: a number has " + NUMBER_BOUNDS);
            return null;
        }
        java.math.BigDecimal d;
        try {
            d = new java.math.BigDecimal(text);
        } catch (NumberFormatException e) {
            problem.accept(notANumber);
            return null;
        }
        if (d.precision() > 34 || d.scale() > 30 || d.scale() < -30) {
            problem.accept("is beyond what a number in these files may be (" + NUMBER_BOUNDS + ")");
            return null;
        }
        return d;
    }

    /** Whether an amount is beyond {@link #LARGEST}. */
    static boolean tooLarge(java.math.BigDecimal amount, int digits) {
        return amount.abs().movePointRight(digits).compareTo(LARGEST_MINOR) > 0;
    }

    /** A value as typed, cut short if it is long (a 400-digit number is named by its first digits and its length). */
    static String shortly(String value) {
        return value.length() <= 24 ? value : value.substring(0, 12) + "... (" + value.length() + " characters)";
    }

    /** True for a line with nothing to read: blank, or a comment starting with {@code #}. */
    static boolean skip(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }
}

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
 */
final class Csv {

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).get();
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
        String text = String.join("\n", lines);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark, as spreadsheets write
        }
        int[] starts = new int[lines.size() + 1];
        for (int i = 1, at = 0; i < starts.length; i++) {
            at += lines.get(i - 1).length() + 1 - (i == 1 && lines.get(0).startsWith("\uFEFF") ? 1 : 0);
            starts[i] = at;
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, READ)) {
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
                while (line < lines.size() - 1 && skip(lines.get(line))) {
                    line++; // the position of a row after a comment or a blank line is where those begin
                }
                rows.add(new Row(line + 1, r.toList(), lines.get(line), null));
                afterLast = (int) parser.getCurrentLineNumber();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never: the text is in memory
        }
        return rows;
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

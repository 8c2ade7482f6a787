package org.avec.examples.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code programme.csv}: the header {@code group,programme,region,province,cooperatives}, then one row per
 * group: the name of the group's folder (letters, digits, {@code - _ .}, not starting with a dot), the programme or
 * project it belongs to, its region and province, and the number of cooperatives its members formed (a fact the
 * programme records). A file of one programme may leave the programme column out (header
 * {@code group,region,province,cooperatives}): its groups then belong to the programme named by the folder. Blank
 * lines and lines starting with {@code #} are skipped.
 */
final class ProgrammeFile {

    static final String HEADER = "group,programme,region,province,cooperatives";

    /** The longest programme, region or province name, in characters. */
    static final int LONGEST_NAME = 100;

    /** The largest programme file: 547,000 groups take about 35 MB. */
    static final long LARGEST_FILE = 200_000_000;

    /** The header of a file of one programme, named by its folder. */
    static final String HEADER_OF_ONE = "group,region,province,cooperatives";

    private ProgrammeFile() {}

    /** Adds each row to {@code entries}; returns false, with every problem added, if the file is not right. */
    static boolean read(Path file, List<Report.Entry> entries, List<String> problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        try {
            if (Files.size(file) > LARGEST_FILE) {
                problems.add(file + ": larger than " + LARGEST_FILE / 1_000_000 + " MB: not a programme file");
                return false;
            }
        } catch (IOException e) {
            problems.add(file + ": cannot be read (" + e.getMessage() + ")");
            return false;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            boolean header = false;
            String of = null;
            Set<String> seen = new HashSet<>();
            java.util.Iterator<CSVRecord> rows = parser.iterator();
            long last = 0;
            while (true) {
                CSVRecord r;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    r = rows.next();
                } catch (java.io.UncheckedIOException | IllegalStateException e) {
                    problems.add(file + ":" + startLine(e, last + 1) + ": a quoted field is never closed (or a quote "
                            + "stands inside a field unquoted): the rest of the file cannot be read");
                    break;
                }
                long line = parser.getCurrentLineNumber();
                last = line;
                String at = file + ":" + line + ": ";
                if (!header) {
                    header = true;
                    String h = String.join(",", r.toList()).toLowerCase(Locale.ROOT).replace("\uFEFF", "");
                    if (h.equals(HEADER_OF_ONE)) {
                        Path name = file.toAbsolutePath().normalize().getParent().getFileName();
                        of = name == null ? "programme" : name.toString();
                    } else if (!h.equals(HEADER)) {
                        problems.add(at + "the first line must be the header '" + HEADER + "' (or '" + HEADER_OF_ONE
                                + "' for a programme named by its folder)");
                        return false;
                    }
                    continue;
                }
                List<String> f = new java.util.ArrayList<>(r.toList());
                if (of != null && f.size() == 4) {
                    f.add(1, of);
                }
                if (f.size() != 5) {
                    problems.add(at + "expected " + (of == null ? 5 : 4) + " fields ("
                            + (of == null ? HEADER : HEADER_OF_ONE) + "), found " + r.size());
                    continue;
                }
                String group = f.get(0);
                if (!group.matches("[\\p{L}\\p{N}_-][\\p{L}\\p{N}_.-]{0,63}")) {
                    problems.add(at + "a group is named by its folder: letters, digits, - _ . (not first), at most 64, not '"
                            + org.avec.SafeText.of(group) + "'");
                    continue;
                }
                if (!seen.add(group)) {
                    problems.add(at + "group '" + group + "' is listed twice");
                    continue;
                }
                if (f.get(1).isBlank() || f.get(2).isBlank() || f.get(3).isBlank()) {
                    problems.add(at + "a group's programme, region and province are given");
                    continue;
                }
                String unfit = unfit(f.subList(1, 4));
                if (unfit != null) {
                    problems.add(at + "a programme, region or province is one line of at most " + LONGEST_NAME
                            + " characters without control characters, not '" + unfit + "'");
                    continue;
                }
                long coops;
                try {
                    coops = Long.parseLong(f.get(4).isEmpty() ? "0" : f.get(4));
                } catch (NumberFormatException e) {
                    coops = -1;
                }
                if (coops < 0 || coops > 1000) {
                    problems.add(at + "cooperatives is a whole number from 0 to 1000, not '"
                            + org.avec.SafeText.of(f.get(4)) + "'");
                    continue;
                }
                entries.add(new Report.Entry(group, f.get(1), f.get(2), f.get(3), coops));
            }
            if (!header) {
                problems.add(file + ": the file is empty: no header '" + HEADER + "'");
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (problems.isEmpty() && entries.isEmpty()) {
            problems.add(file + ": names no group");
        }
        return problems.isEmpty();
    }

    /** The first name that is too long or holds a control character, shortened and shown safely; or null. */
    private static String unfit(List<String> names) {
        for (String n : names) {
            if (n.length() > LONGEST_NAME || n.codePoints().anyMatch(Character::isISOControl)) {
                return org.avec.SafeText.of(n.length() > 40 ? n.substring(0, 40) + "…" : n);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern START_LINE = java.util.regex.Pattern.compile("startline (\\d+)");

    /** The line where the record that could not be read starts, as the CSV reader says it, else {@code otherwise}. */
    private static long startLine(RuntimeException e, long otherwise) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            java.util.regex.Matcher m = START_LINE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return otherwise;
    }
}

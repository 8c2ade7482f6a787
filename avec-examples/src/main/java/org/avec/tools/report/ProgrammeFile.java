package org.avec.tools.report;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.avec.tools.audit.GroupFiles;

/**
 * Reads {@code programme.csv}: the header {@code group,programme,region,province,cooperatives}, then one row per
 * group: the name of the group's folder (letters, digits, {@code - _ .}, not starting with a dot), the programme or
 * project it belongs to, its region and province, and the number of cooperatives its members formed (a fact the
 * programme records). A file of one programme may leave the programme column out (header
 * {@code group,region,province,cooperatives}): its groups then belong to the programme named by the folder. The file
 * is read as the auditor reads its CSV files ({@link GroupFiles#csv}).
 */
final class ProgrammeFile {

    static final String HEADER = "group,programme,region,province,cooperatives";

    /** The longest programme, region or province name, in characters. */
    static final int LONGEST_NAME = 100;

    /** The header of a file of one programme, named by its folder. */
    static final String HEADER_OF_ONE = "group,region,province,cooperatives";

    private ProgrammeFile() {}

    /** Adds each row to {@code entries}; returns false, with every problem added, if the file is not right. */
    static boolean read(Path file, List<Report.Entry> entries, List<String> problems) {
        // a row that cannot be read (an unclosed quote) is named; the rows before it are still checked
        List<GroupFiles.Row> rows = GroupFiles.csv(file, problems);
        boolean header = false;
        String of = null;
        int[] columns = null;
        int width = 0;
        Set<String> seen = new HashSet<>();
        for (GroupFiles.Row r : rows) {
            int line = r.line();
            String at = file + ":" + line + ": ";
            if (!header) {
                header = true;
                // the columns in any order, named without case or accents, a spreadsheet's empty columns at the end
                columns = org.avec.tools.audit.Csv.columns(r.fields(), HEADER.split(","), HEADER.split(",").length);
                if (columns == null) {
                    int[] ofOne = org.avec.tools.audit.Csv.columns(r.fields(), HEADER_OF_ONE.split(","),
                            HEADER_OF_ONE.split(",").length);
                    if (ofOne != null) {
                        Path name = file.toAbsolutePath().normalize().getParent().getFileName();
                        of = name == null ? "programme" : name.toString();
                        columns = new int[] {ofOne[0], -1, ofOne[1], ofOne[2], ofOne[3]};
                    }
                }
                if (columns == null) {
                    problems.add(at + "the first line must be the header '" + HEADER + "' (or '" + HEADER_OF_ONE
                            + "' for a programme named by its folder; the columns in any order)");
                    return false;
                }
                width = of == null ? 5 : 4;
                continue;
            }
            List<String> f = r.fields().size() < width ? null
                    : org.avec.tools.audit.Csv.reorder(r.fields(), columns, width);
            if (f != null && of != null) {
                f = new java.util.ArrayList<>(f);
                f.set(1, of);
            }
            if (f == null || f.size() != 5) {
                problems.add(at + "expected " + (of == null ? 5 : 4) + " fields ("
                        + (of == null ? HEADER : HEADER_OF_ONE) + "), found " + r.fields().size());
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
        if (!header && problems.isEmpty()) {
            problems.add(file + ": the file is empty: no header '" + HEADER + "'");
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
}

package org.avec.tools.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.avec.Cycle;

/**
 * One group's files, read the way {@link Audit} reads them, for tools that work on many groups (the programme
 * report): the constitution and the records replayed into a {@link Cycle} at its last recorded meeting, which need not
 * be the share-out.
 */
public final class GroupFiles {

    private GroupFiles() {}

    /**
     * What was read: the cycle, or the problems that kept it from being read.
     *
     * @param cycle the cycle at its last recorded meeting; null if there are problems
     * @param problems each problem as {@code file:line: message}; empty if the cycle was read
     */
    public record Result(Cycle cycle, List<String> problems) {}

    /**
     * One row of a CSV file in the auditor's conventions.
     *
     * @param line the line the row starts on (a quoted field may go on over several lines)
     * @param fields its fields, spaces around them removed
     */
    public record Row(int line, List<String> fields) {}

    /**
     * Reads a CSV file the way the auditor reads its own (for another tool's file, such as a programme's list of
     * groups): UTF-8, a byte-order mark ignored, blank lines and {@code #} comments skipped, a line longer than the
     * auditor's limit refused at its number, an unclosed quote named once at the line where its field starts.
     *
     * @param file the file
     * @param problems where each problem is added, as {@code file:line: message}
     * @return the rows read before any problem that stops the reading, in file order
     */
    public static List<Row> csv(Path file, List<String> problems) {
        List<Problem> found = new ArrayList<>();
        List<String> lines = Audit.lines(file, found);
        List<Row> rows = new ArrayList<>();
        for (Csv.Row r : Csv.rows(lines)) {
            if (r.broken()) {
                found.add(new Problem(file.toString(), r.line(), r.problem()));
                break;
            }
            rows.add(new Row(r.line(), r.fields()));
        }
        found.forEach(f -> problems.add(f.toString()));
        return rows;
    }

    /**
     * Reads a group's constitution and records, and replays them.
     *
     * @param constitution the constitution file (the auditor's format)
     * @param records the records file (the auditor's format)
     * @return the cycle or the problems, never null
     */
    public static Result read(Path constitution, Path records) {
        List<Problem> problems = new ArrayList<>();
        List<String> rulesLines = Audit.lines(constitution, problems);
        List<String> recordLines = Audit.lines(records, problems);
        ConstitutionFile.Read rules = problems.isEmpty()
                ? ConstitutionFile.read(constitution.toString(), rulesLines, problems) : null;
        if (rules == null || !problems.isEmpty()) {
            return failed(problems);
        }
        RecordsFile.Read read = RecordsFile.read(records.toString(), recordLines, rules.constitution(), problems);
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        org.avec.Ledger ledger = RecordsReplay.replay(records.toString(), read, rules, problems, true);
        if (ledger == null) {
            return failed(problems);
        }
        Cycle cycle = ledger.cycle();
        return new Result(cycle, List.of());
    }

    private static Result failed(List<Problem> problems) {
        return new Result(null, problems.stream().map(Problem::toString).toList());
    }
}

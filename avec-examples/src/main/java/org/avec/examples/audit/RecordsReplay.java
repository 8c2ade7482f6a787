package org.avec.examples.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.avec.Ledger;
import org.avec.Opening;
import org.avec.Rule;
import org.avec.RuleViolationException;

/**
 * Replays what {@link RecordsFile} read into the group's {@link Ledger}, the one way the auditor and the programme
 * report do it: the books open (at meeting 1, or as the records' opening rows say), then each row's entry is recorded.
 * A row the group's rules refuse is named at its line (or, when a correction makes an earlier entry break a rule, at
 * that entry's line) and left out, and the replay goes on, so that one run names every problem; a meeting that could
 * not be opened is reported once, then the count of the later rows it kept from being checked.
 */
final class RecordsReplay {

    private RecordsReplay() {}

    /**
     * The replayed record, or null if its opening was refused (or, with {@code stopAtFirst}, at the first refusal).
     *
     * @param file the records file's name, for problems
     * @param read what was read from it
     * @param rules the constitution file as read
     * @param problems where problems are added
     * @param stopAtFirst whether to stop at the first refused row
     * @return the ledger after every row that was accepted, or null
     */
    static Ledger replay(String file, RecordsFile.Read read, ConstitutionFile.Read rules, List<Problem> problems,
            boolean stopAtFirst) {
        int openingLine = read.opening().line;
        Ledger ledger;
        try {
            Opening opening = read.opening(rules.constitution(), rules.carriedLoanFund(), rules.carriedSocialFund());
            ledger = Ledger.start(rules.constitution(), opening);
        } catch (RuleViolationException | IllegalArgumentException e) {
            problems.add(new Problem(file, openingLine, "the books cannot open: " + e.getMessage()));
            return null;
        }
        Map<String, Integer> lines = new HashMap<>();
        for (RecordsFile.Row row : read.rows()) {
            lines.put(row.entry().id(), row.line());
        }
        Skipped skipped = null;
        for (RecordsFile.Row row : read.rows()) {
            boolean opens = row.entry().event().orElse(null) instanceof org.avec.Event.MeetingOpened;
            try {
                ledger = ledger.record(row.entry());
                if (skipped != null && opens) {
                    if (skipped.count > 0) {
                        problems.add(skipped.problem(file));
                    }
                    skipped = null;
                }
            } catch (RuleViolationException | IllegalArgumentException | ArithmeticException e) {
                int meeting = row.entry().event().map(org.avec.Event::meeting).orElse(0);
                boolean unopened = e instanceof RuleViolationException v && v.rule() == Rule.MEETING_ORDER
                        && meeting > ledger.cycle().meeting();
                if (unopened && skipped != null) {
                    skipped.add(row.line());
                    continue;
                }
                if (unopened) {
                    skipped = new Skipped(ledger.cycle().meeting() + 1);
                }
                int line = e instanceof RuleViolationException v && v.entry().isPresent()
                        ? lines.getOrDefault(v.entry().get(), row.line()) : row.line();
                // the entry is left out and the check goes on, so that every inconsistency is named; the line names
                // the entry where the file gives no identities
                String message = e instanceof RuleViolationException v && !read.identities() ? v.ruleMessage()
                        : e.getMessage();
                problems.add(new Problem(file, line, message + (line == row.line() ? ""
                        : " (found when line " + row.line() + " was recorded)")));
                if (stopAtFirst) {
                    return null;
                }
            }
        }
        if (skipped != null && skipped.count > 0) {
            problems.add(skipped.problem(file));
        }
        return ledger;
    }

    /** The rows left unchecked after a meeting that could not be opened, counted instead of each reported. */
    private static final class Skipped {
        final int meeting;
        int count;
        int first;
        int last;

        Skipped(int meeting) {
            this.meeting = meeting;
        }

        void add(int line) {
            first = count == 0 ? line : first;
            last = line;
            count++;
        }

        Problem problem(String file) {
            return new Problem(file, first, count + (count == 1 ? " more row" : " more rows") + " (lines " + first
                    + " to " + last + ") could not be checked: meeting " + meeting + " was never opened (see the "
                    + "problem above)");
        }
    }
}

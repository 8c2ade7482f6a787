package org.avec.tools.audit;

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
        return replay(file, read, rules, problems, stopAtFirst, true);
    }

    /** {@link #replay}, with the one-call recording of a record without corrections turned off for a test to compare. */
    static Ledger replay(String file, RecordsFile.Read read, ConstitutionFile.Read rules, List<Problem> problems,
            boolean stopAtFirst, boolean oneCall) {
        int openingLine = read.opening().line;
        Ledger ledger;
        try {
            Opening opening = read.opening(rules.constitution(), rules.carriedLoanFund(), rules.carriedSocialFund());
            ledger = Ledger.start(rules.constitution(), opening);
        } catch (RuleViolationException | IllegalArgumentException e) {
            problems.add(new Problem(file, openingLine, "the books cannot open: " + e.getMessage()));
            return null;
        }
        // records as most are kept, with no correction: all in one call, which records exactly what the row-by-row
        // replay below would when no row is refused; a refusal sends the replay row by row, to name every problem
        boolean plain = oneCall;
        for (RecordsFile.Row row : read.rows()) {
            plain &= row.entry().kind() == org.avec.Entry.Kind.RECORDED;
        }
        if (plain) {
            java.util.List<org.avec.Entry> entries = new java.util.ArrayList<>(read.rows().size());
            for (RecordsFile.Row row : read.rows()) {
                entries.add(row.entry());
            }
            try {
                return ledger.recordAll(entries);
            } catch (RuleViolationException | IllegalArgumentException | ArithmeticException refused) {
                // named below, row by row
            }
        }
        Map<String, Integer> lines = new HashMap<>();
        for (RecordsFile.Row row : read.rows()) {
            lines.put(row.entry().id(), row.line());
        }
        Skipped skipped = null;
        Causes causes = new Causes(read.unread());
        for (RecordsFile.Row row : read.rows()) {
            boolean opens = row.entry().event().orElse(null) instanceof org.avec.Event.MeetingOpened;
            causes.readUpTo(row.line());
            try {
                ledger = ledger.record(row.entry());
                causes.recorded(row.event());
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
                        : " (found when line " + row.line() + " was recorded)") + causes.cause(e, row.event())));
                causes.missed(row.line(), row.event());
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

    /**
     * Rows that moved money but were not recorded (unreadable, or refused), so that the rows they leave wrong say
     * where the cause is instead of reading as new faults: one cause, reported once. A member's later repayments,
     * reschedules, write-offs and leaving follow from her loan that was not recorded; a cash count that differs names
     * the rows since the last count that would have moved money as what may explain the difference.
     */
    private static final class Causes {
        /** The kinds of rows that move money into or out of a box. */
        private static final java.util.Set<String> MONEY = java.util.Set.of("shares", "social", "fine-paid", "grant",
                "handed-in", "social-loan", "social-repay", "loan", "repay", "write-off", "leave", "move", "income",
                "expense", "borrow", "repay-lender", "buy", "sell");
        private static final int LISTED = 5;

        private final List<RecordsFile.Unread> unread;
        private int nextUnread;
        /** Each member's latest loan row not recorded. */
        private final Map<String, Integer> loanMissed = new HashMap<>();
        /** The money rows not recorded since the last cash count, in line order. */
        private final List<Integer> moneyMissed = new java.util.ArrayList<>();

        Causes(List<RecordsFile.Unread> unread) {
            this.unread = unread;
        }

        /** Takes in the unreadable rows before {@code line}. */
        void readUpTo(int line) {
            while (nextUnread < unread.size() && unread.get(nextUnread).line() < line) {
                RecordsFile.Unread u = unread.get(nextUnread++);
                note(u.line(), u.kind(), u.member().trim());
            }
        }

        /** A row was recorded: a cash count starts a new count of what was missed. */
        void recorded(org.avec.Event e) {
            if (e instanceof org.avec.Event.CashCounted) {
                moneyMissed.clear();
            }
        }

        /** A row was refused. */
        void missed(int line, org.avec.Event e) {
            if (e instanceof org.avec.Event.CashCounted) {
                moneyMissed.clear();
            } else if (e instanceof org.avec.Event.LoanIssued l) {
                note(line, "loan", l.member().value());
            } else if (e != null && movesMoney(e.kind())) {
                note(line, "repay", "");
            }
        }

        private static boolean movesMoney(org.avec.Event.Kind kind) {
            return switch (kind) {
                case SHARES_BOUGHT, SOCIAL_FUND_PAID, FINE_PAID, GRANT_PAID, SAVINGS_HANDED_IN, SOCIAL_FUND_LOAN_ISSUED,
                        SOCIAL_FUND_LOAN_REPAID, LOAN_ISSUED, LOAN_REPAID, LOAN_WRITTEN_OFF, MEMBER_LEFT, INCOME_RECEIVED,
                        EXPENSE_PAID, GROUP_LOAN_RECEIVED, GROUP_LOAN_REPAID, PROPERTY_BOUGHT, PROPERTY_SOLD,
                        CASH_MOVED -> true;
                case MEETING_OPENED, MEMBER_JOINED, ATTENDANCE, FINE_CHARGED, LOAN_RESCHEDULED, CASH_COUNTED,
                        PLACE_COUNTED, PROPERTY_GIVEN -> false;
            };
        }

        private void note(int line, String kind, String member) {
            if (kind.equals("loan") && !member.isEmpty()) {
                loanMissed.put(member, line);
            }
            if (MONEY.contains(kind)) {
                moneyMissed.add(line);
            }
        }

        /** What the refusal of {@code e} follows from, as words to add to its message, or nothing. */
        String cause(Exception refusal, org.avec.Event e) {
            if (!(refusal instanceof RuleViolationException v)) {
                return "";
            }
            if (v.rule() == Rule.CASH_COUNT && !moneyMissed.isEmpty()) {
                int n = moneyMissed.size();
                String lines = moneyMissed.subList(0, Math.min(n, LISTED)).stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", ")) + (n > LISTED ? " and " + (n - LISTED)
                        + " more" : "");
                return "; " + (n == 1 ? "line " : "lines ") + lines + ", not recorded (see above), may explain the"
                        + " difference";
            }
            Integer loan = v.member().map(m -> loanMissed.get(m.value())).orElse(null);
            boolean aboutLoans = switch (v.rule()) {
                case LOAN_NONE_OUTSTANDING, LOAN_OVERPAYMENT, LEAVER_HAS_LOAN, LOAN_TERM -> true;
                default -> false;
            };
            return loan != null && aboutLoans ? "; this follows from line " + loan + ", whose loan was not recorded (see above)"
                    : "";
        }
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

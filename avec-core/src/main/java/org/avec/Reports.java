package org.avec;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.avec.internal.Amounts;

/**
 * What the books show, as the public values a {@link Cycle} gives: a member's account, a loan's statement, a
 * meeting's summary. This only reads published {@link Books}; every rule it needs (a member's borrowing capacity,
 * whether a loan is late) is asked of the rule area that owns it.
 */
final class Reports {

    private Reports() {}

    static MemberAccount member(Books b, Account a) {
        return new MemberAccount(a.id, a.name, a.joinedAt, a.leftAt, a.shares, money(b, a.savings),
                money(b, a.socialPaid), money(b, a.finesOwed()), money(b, a.finesPaid),
                money(b, a.principalOutstanding()), money(b, a.owedOnLoans()), money(b, Lending.capacity(b, a)),
                money(b, a.settlement), a.present, a.late, a.absent, a.represented, a.shareMeetings, money(b, a.chargesPaid),
                money(b, a.penaltiesPaid), money(b, a.socialLoan), a.profile);
    }

    static List<MemberAccount> members(Books b) {
        List<MemberAccount> out = new ArrayList<>(b.accounts.length);
        for (Account a : b.accounts) {
            out.add(member(b, a));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Every loan of the cycle, open, repaid and written off, by loan number. {@code record} gives the dates of the
     * past meetings: a loan is late only after its due meeting, which is then past, and its days late count from
     * that meeting's date (read from the record only if some loan is late).
     */
    static List<LoanStatement> loans(Books b, EventHistory record) {
        List<Loan> all = new ArrayList<>(b.closedLoans.toList());
        for (Account a : b.accounts) {
            all.addAll(List.of(a.loansOpen));
        }
        all.sort((x, y) -> Integer.compare(x.number, y.number));
        Map<Integer, LocalDate> dates = null;
        List<LoanStatement> out = new ArrayList<>(all.size());
        for (Loan l : all) {
            if (dates == null && l.closedAt == 0 && b.meeting > l.dueMeeting) {
                dates = meetingDates(record);
            }
            out.add(statement(b, l, dates));
        }
        return Collections.unmodifiableList(out);
    }

    /** The date of each meeting opened in the record. */
    private static Map<Integer, LocalDate> meetingDates(EventHistory record) {
        Map<Integer, LocalDate> dates = new HashMap<>();
        for (Event e : record.toArray()) {
            if (e instanceof Event.MeetingOpened o) {
                dates.put(o.meeting(), o.date());
            }
        }
        return dates;
    }

    private static LoanStatement statement(Books b, Loan l, Map<Integer, LocalDate> dates) {
        LoanStatement.Status status = l.closedAt == 0 ? LoanStatement.Status.OPEN
                : l.writtenOffBy != null ? LoanStatement.Status.WRITTEN_OFF : LoanStatement.Status.REPAID;
        int late = status == LoanStatement.Status.OPEN ? Math.max(0, b.meeting - l.dueMeeting) : 0;
        long days = 0;
        if (late > 0 && dates != null && dates.containsKey(l.dueMeeting)) {
            days = ChronoUnit.DAYS.between(dates.get(l.dueMeeting), b.date);
        }
        return new LoanStatement(l.number, l.borrower, l.issuedAt, l.termPeriods, l.dueMeeting, money(b, l.principal),
                money(b, l.chargesDue), money(b, l.chargesPaid), money(b, l.penaltiesDue), money(b, l.penaltiesPaid),
                money(b, l.principalRepaid), money(b, l.principalWrittenOff), money(b, l.writtenOffCovered),
                money(b, l.principalOutstanding()), money(b, l.owed()), status, l.closedAt, late, days,
                l.rescheduledBy == null ? "" : l.rescheduledBy, l.writtenOffBy == null ? "" : l.writtenOffBy,
                l.writeOffReason == null ? "" : l.writeOffReason, l.purpose);
    }

    /** A summary of each meeting held so far, the open one last, from books that {@linkplain Books#keepsMeetings keep them}. */
    static List<MeetingSummary> meetings(Books b) {
        if (!b.keepsMeetings) {
            throw new IllegalStateException("these books do not keep each meeting's totals");
        }
        List<MeetingTotals> all = new ArrayList<>(b.pastMeetings.toList());
        if (b.current != null) {
            all.add(b.current);
        }
        List<MeetingSummary> out = new ArrayList<>(all.size());
        for (MeetingTotals t : all) {
            out.add(new MeetingSummary(t.meeting, t.date, t.present, t.late, t.absent, t.represented, t.sharesBought,
                    money(b, t.savings), money(b, t.socialIn), money(b, t.finesCharged), money(b, t.finesPaid),
                    money(b, t.grants), money(b, t.lent), money(b, t.principalRepaid), money(b, t.chargesPaid),
                    money(b, t.penaltiesPaid), money(b, t.writtenOff), money(b, t.leaverPayouts),
                    money(b, t.loanFundAtEnd), money(b, t.socialFundAtEnd), money(b, t.outstandingAtEnd),
                    money(b, t.loanFundAtStart), money(b, t.socialFundAtStart), money(b, t.socialLent),
                    money(b, t.socialRepaid), money(b, t.finesToSocial), money(b, t.writeOffCovered),
                    money(b, t.otherIncome), money(b, t.expenses), money(b, t.groupBorrowed), money(b, t.groupRepaid),
                    money(b, t.groupInterest), money(b, t.propertyBought), money(b, t.propertySold)));
        }
        return Collections.unmodifiableList(out);
    }

    /** A few readable lines: the meeting, the members and what is in each box. */
    static String summary(Books b) {
        long active = 0;
        for (Account a : b.accounts) {
            if (a.active()) {
                active++;
            }
        }
        return "Cycle at meeting " + b.meeting + " of " + b.constitution.meetings()
                + (b.date == null ? "" : " (" + b.date + ")") + ": " + active + " members, " + b.activeShares
                + " shares\n  loan fund   " + b.fmt(b.loanFund) + " cash + " + b.fmt(b.outstanding) + " out on loan"
                + "\n  social fund " + b.fmt(b.socialFund);
    }

    static MonetaryAmount money(Books b, long minor) {
        return Amounts.of(minor, b.currency);
    }
}

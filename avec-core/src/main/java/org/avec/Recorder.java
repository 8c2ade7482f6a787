package org.avec;

import java.util.Objects;

/**
 * Writes events into the group's books: each event is checked by the rule area it belongs to and changes the
 * books only if every rule holds. "Events belong to the meeting that is open" is checked here, once, for every
 * event but the opening of a meeting. A batch of events (one, or a whole replay) is applied to one copy of the
 * books, which is published at the end; if any event is refused, the books given are untouched.
 */
final class Recorder {

    private Recorder() {}

    /** New books with all the events; {@code books} is unchanged. */
    static Books record(Books books, Event[] events) {
        Books b = books.startBuild();
        int i = 0;
        try {
            for (; i < events.length; i++) {
                apply(b, Objects.requireNonNull(events[i], "event"));
            }
        } catch (RuleViolationException refused) {
            refused.position = i;
            throw refused;
        }
        return b.publish();
    }

    /**
     * The rule area each kind of event belongs to. A switch expression with no default: a new kind of event does not
     * compile until it is given its place here.
     */
    private static void apply(Books b, Event e) {
        // the three events every member has at every meeting come first, each read through its own type; the rest
        // in a method of its own, so that this one stays small enough to be compiled into the loop
        if (e instanceof Event.Attendance a) {
            requireOpenMeeting(b, a.meeting(), e);
            Meetings.attend(b, a);
        } else if (e instanceof Event.SharesBought s) {
            requireOpenMeeting(b, s.meeting(), e);
            Savings.buyShares(b, s);
        } else if (e instanceof Event.SocialFundPaid s) {
            requireOpenMeeting(b, s.meeting(), e);
            SocialFund.pay(b, s);
        } else {
            applyOther(b, e);
        }
    }

    private static void applyOther(Books b, Event e) {
        Event.Kind kind = e.kind();
        if (kind != Event.Kind.MEETING_OPENED) {
            requireOpenMeeting(b, e.meeting(), e);
        }
        // a switch expression must be exhaustive: its value (always null) is what makes the compiler check that
        Object unused = switch (kind) {
            case ATTENDANCE, SHARES_BOUGHT, SOCIAL_FUND_PAID -> throw new IllegalStateException("recorded by apply");
            case MEETING_OPENED -> {
                Meetings.open(b, (Event.MeetingOpened) e);
                yield null;
            }
            case MEMBER_JOINED -> {
                Meetings.join(b, (Event.MemberJoined) e);
                yield null;
            }
            case FINE_CHARGED -> {
                Savings.chargeFine(b, (Event.FineCharged) e);
                yield null;
            }
            case FINE_PAID -> {
                Savings.payFine(b, (Event.FinePaid) e);
                yield null;
            }
            case GRANT_PAID -> {
                SocialFund.grant(b, (Event.GrantPaid) e);
                yield null;
            }
            case SAVINGS_HANDED_IN -> {
                Savings.handIn(b, (Event.SavingsHandedIn) e);
                yield null;
            }
            case SOCIAL_FUND_LOAN_ISSUED -> {
                SocialFund.lend(b, (Event.SocialFundLoanIssued) e);
                yield null;
            }
            case SOCIAL_FUND_LOAN_REPAID -> {
                SocialFund.repay(b, (Event.SocialFundLoanRepaid) e);
                yield null;
            }
            case LOAN_ISSUED -> {
                Lending.issue(b, (Event.LoanIssued) e);
                yield null;
            }
            case LOAN_REPAID -> {
                Lending.repay(b, (Event.LoanRepaid) e);
                yield null;
            }
            case LOAN_RESCHEDULED -> {
                Lending.reschedule(b, (Event.LoanRescheduled) e);
                yield null;
            }
            case LOAN_WRITTEN_OFF -> {
                Lending.writeOff(b, (Event.LoanWrittenOff) e);
                yield null;
            }
            case MEMBER_LEFT -> {
                Leaving.leave(b, (Event.MemberLeft) e);
                yield null;
            }
            case CASH_COUNTED -> {
                Meetings.countCash(b, (Event.CashCounted) e);
                yield null;
            }
            case CASH_MOVED -> {
                GroupAccounts.move(b, (Event.CashMoved) e);
                yield null;
            }
            case PLACE_COUNTED -> {
                GroupAccounts.count(b, (Event.PlaceCounted) e);
                yield null;
            }
            case INCOME_RECEIVED -> {
                GroupAccounts.income(b, (Event.IncomeReceived) e);
                yield null;
            }
            case EXPENSE_PAID -> {
                GroupAccounts.expense(b, (Event.ExpensePaid) e);
                yield null;
            }
            case GROUP_LOAN_RECEIVED -> {
                GroupAccounts.borrow(b, (Event.GroupLoanReceived) e);
                yield null;
            }
            case GROUP_LOAN_REPAID -> {
                GroupAccounts.repayLender(b, (Event.GroupLoanRepaid) e);
                yield null;
            }
            case PROPERTY_BOUGHT -> {
                GroupAccounts.buy(b, (Event.PropertyBought) e);
                yield null;
            }
            case PROPERTY_GIVEN -> {
                GroupAccounts.given(b, (Event.PropertyGiven) e);
                yield null;
            }
            case PROPERTY_SOLD -> {
                GroupAccounts.sell(b, (Event.PropertySold) e);
                yield null;
            }
        };
    }

    private static void requireOpenMeeting(Books b, int eventMeeting, Event e) {
        if (eventMeeting != b.meeting || b.meeting == 0) {
            throw notOpen(b, eventMeeting, e);
        }
    }

    private static RuleViolationException notOpen(Books b, int eventMeeting, Event e) {
        if (b.meeting == 0) {
            return b.refuse(Rule.MEETING_ORDER, null, "no meeting has been opened yet; open meeting 1 before recording "
                    + e.getClass().getSimpleName());
        }
        return b.refuse(Rule.MEETING_ORDER, null, e.getClass().getSimpleName() + " is for meeting " + eventMeeting
                + " but meeting " + b.meeting + " is open");
    }
}

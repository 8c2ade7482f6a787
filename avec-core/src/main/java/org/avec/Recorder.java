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
        if (e instanceof Event.MeetingOpened o) {
            Meetings.open(b, o);
        } else {
            requireOpenMeeting(b, e.meeting(), e);
            if (e instanceof Event.MemberJoined j) {
                Meetings.join(b, j);
            } else if (e instanceof Event.FineCharged f) {
                Savings.chargeFine(b, f);
            } else if (e instanceof Event.FinePaid f) {
                Savings.payFine(b, f);
            } else if (e instanceof Event.GrantPaid g) {
                SocialFund.grant(b, g);
            } else if (e instanceof Event.SavingsHandedIn h) {
                Savings.handIn(b, h);
            } else if (e instanceof Event.SocialFundLoanIssued l) {
                SocialFund.lend(b, l);
            } else if (e instanceof Event.SocialFundLoanRepaid r) {
                SocialFund.repay(b, r);
            } else if (e instanceof Event.LoanIssued li) {
                Lending.issue(b, li);
            } else if (e instanceof Event.LoanRepaid r) {
                Lending.repay(b, r);
            } else if (e instanceof Event.LoanRescheduled r) {
                Lending.reschedule(b, r);
            } else if (e instanceof Event.LoanWrittenOff w) {
                Lending.writeOff(b, w);
            } else if (e instanceof Event.MemberLeft left) {
                Leaving.leave(b, left);
            } else if (e instanceof Event.CashCounted c) {
                Meetings.countCash(b, c);
            } else {
                throw new IllegalStateException("Unknown event " + e);
            }
        }
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

package org.avec;

import java.util.List;

/**
 * For the {@code readEvents} benchmark only: reads a list of events the way avec's engine reads them (each event's
 * kind, meeting, member id, and amounts as the minor units the event holds), with no rule and no state. It sits in
 * avec's package, in avec-examples, so that it can read what the engine reads without making minor units public;
 * this works on the class path, where the benchmarks run (a split package would not be allowed on the module path).
 */
public final class EngineReads {

    private EngineReads() {}

    /**
     * Reads every event as the engine does.
     *
     * @param events the events
     * @return a sum of what was read, so that nothing is optimised away
     */
    public static long read(List<Event> events) {
        long s = 0;
        // in the engine's order: the kind first, then the fields through the kind's own type
        for (Event e : events) {
            s += switch (e.kind()) {
                case ATTENDANCE -> {
                    Event.Attendance a = (Event.Attendance) e;
                    yield a.meeting() + a.member().value().hashCode() + a.presence().ordinal();
                }
                case SHARES_BOUGHT -> {
                    Event.SharesBought b = (Event.SharesBought) e;
                    yield b.meeting() + b.member().value().hashCode() + b.shares();
                }
                case SOCIAL_FUND_PAID -> {
                    Event.SocialFundPaid p = (Event.SocialFundPaid) e;
                    yield p.meeting() + p.member().value().hashCode() + p.minor();
                }
                case MEETING_OPENED -> e.meeting() + ((Event.MeetingOpened) e).date().getDayOfMonth();
                case FINE_CHARGED -> {
                    Event.FineCharged f = (Event.FineCharged) e;
                    yield f.meeting() + f.member().value().hashCode() + f.fine().hashCode();
                }
                case FINE_PAID -> {
                    Event.FinePaid f = (Event.FinePaid) e;
                    yield f.meeting() + f.member().value().hashCode() + f.minor();
                }
                case LOAN_ISSUED -> {
                    Event.LoanIssued l = (Event.LoanIssued) e;
                    yield l.meeting() + l.member().value().hashCode() + l.minor() + l.termPeriods();
                }
                case LOAN_REPAID -> {
                    Event.LoanRepaid r = (Event.LoanRepaid) e;
                    yield r.meeting() + r.member().value().hashCode() + r.minor();
                }
                case GRANT_PAID -> {
                    Event.GrantPaid g = (Event.GrantPaid) e;
                    yield g.meeting() + g.member().value().hashCode() + g.minor();
                }
                case CASH_COUNTED -> {
                    Event.CashCounted c = (Event.CashCounted) e;
                    yield c.meeting() + c.loanFundMinor() + c.socialFundMinor();
                }
                case MEMBER_LEFT -> e.meeting() + ((Event.MemberLeft) e).member().value().hashCode();
                case MEMBER_JOINED, SAVINGS_HANDED_IN, SOCIAL_FUND_LOAN_ISSUED, SOCIAL_FUND_LOAN_REPAID, LOAN_RESCHEDULED,
                        LOAN_WRITTEN_OFF, CASH_MOVED, PLACE_COUNTED, INCOME_RECEIVED, EXPENSE_PAID, GROUP_LOAN_RECEIVED,
                        GROUP_LOAN_REPAID, PROPERTY_BOUGHT, PROPERTY_GIVEN, PROPERTY_SOLD -> e.meeting();
            };
        }
        return s;
    }
}

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
            if (e instanceof Event.Attendance a) {
                s += a.meeting() + a.member().value().hashCode() + a.presence().ordinal();
            } else if (e instanceof Event.SharesBought b) {
                s += b.meeting() + b.member().value().hashCode() + b.shares();
            } else if (e instanceof Event.SocialFundPaid p) {
                s += p.meeting() + p.member().value().hashCode() + p.minor();
            } else if (e instanceof Event.MeetingOpened o) {
                s += o.meeting() + o.date().getDayOfMonth();
            } else if (e instanceof Event.FineCharged f) {
                s += f.meeting() + f.member().value().hashCode() + f.fine().hashCode();
            } else if (e instanceof Event.FinePaid f) {
                s += f.meeting() + f.member().value().hashCode() + f.minor();
            } else if (e instanceof Event.LoanIssued l) {
                s += l.meeting() + l.member().value().hashCode() + l.minor() + l.termPeriods();
            } else if (e instanceof Event.LoanRepaid r) {
                s += r.meeting() + r.member().value().hashCode() + r.minor();
            } else if (e instanceof Event.GrantPaid g) {
                s += g.meeting() + g.member().value().hashCode() + g.minor();
            } else if (e instanceof Event.CashCounted c) {
                s += c.meeting() + c.loanFundMinor() + c.socialFundMinor();
            } else if (e instanceof Event.MemberLeft l) {
                s += l.meeting() + l.member().value().hashCode();
            } else {
                s += e.meeting();
            }
        }
        return s;
    }
}

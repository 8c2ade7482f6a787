package org.avec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.avec.internal.Amounts;

/**
 * One savings cycle of a group: its constitution, what it started with, and every event recorded so far.
 *
 * <p>Every figure is worked out from the events, so the same events always give the same cycle, and an
 * auditor can replay a group's records and check each figure. Money is kept in two boxes that never mix:
 * <ul>
 *   <li>the <b>loan fund</b>: savings (shares bought), fines, service charges and penalties paid and loans
 *       repaid come in; loans and settlements of members who leave go out. At share-out it is divided among
 *       the members by their shares;</li>
 *   <li>the <b>social fund</b>: members' equal contributions come in; grants to members in need go out. It
 *       is never shared out: it is carried into the next cycle.</li>
 * </ul>
 * At every moment, for each fund, what came in minus what went out is what is in the box (plus, for the
 * loan fund, the principal out on loan), to the minor unit.
 *
 * <p>{@link #record(Event)} returns a new cycle with the event added; the cycle it was called on is not
 * changed. An event that breaks a rule is refused with a {@link RuleViolationException} naming the rule,
 * the meeting, the member and the amounts. Recording an event costs O(members), never a copy of the
 * history. The short methods ({@link #openMeeting(LocalDate)}, {@link #buyShares(String, int)}, ...) record
 * one event at the meeting that is open.
 *
 * <p>This class is immutable and thread-safe: any number of threads may derive different futures from one
 * cycle.
 */
public final class Cycle {

    private final Constitution constitution;
    private final Opening opening;
    private final EventHistory events;
    /** The books after the events; published, so never changed. */
    private final Books books;
    /** The same books keeping each meeting's totals: made the first time the summaries are asked for. */
    private volatile Books meetingBooks;
    /**
     * The cycle this one was recorded from, if its meeting totals had been made then, and the events recorded since:
     * the totals are then made from those by recording only the new events (an app that shows the summaries after
     * each entry pays for the entry, not for the whole cycle again). Null otherwise.
     */
    private final Books keptBefore;
    private final Event[] recordedSince;

    private Cycle(Constitution constitution, Opening opening, EventHistory events, Books books) {
        this(constitution, opening, events, books, null, null);
    }

    private Cycle(Constitution constitution, Opening opening, EventHistory events, Books books, Books keptBefore,
            Event[] recordedSince) {
        this.constitution = constitution;
        this.opening = opening;
        this.events = events;
        this.books = books;
        this.keptBefore = keptBefore;
        this.recordedSince = recordedSince;
    }

    /**
     * A new cycle with no members and empty boxes; members join with {@link Event.MemberJoined}.
     *
     * @param constitution the group's rules, not null
     * @return the cycle before its first meeting, never null
     */
    public static Cycle start(Constitution constitution) {
        Objects.requireNonNull(constitution, "constitution");
        return start(constitution, Money.zero(constitution.currency()), Money.zero(constitution.currency()), List.of());
    }

    /**
     * A new cycle with founding members and the capital and social fund carried from the last cycle.
     *
     * @param constitution the group's rules, not null
     * @param carriedCapital cash carried into the loan fund, not negative, not null
     * @param carriedSocialFund cash carried into the social fund, not negative, not null
     * @param members the members at the start of the cycle, with distinct ids, not null
     * @return the cycle before its first meeting, never null
     * @throws IllegalArgumentException if an amount is negative or finer than the minor unit, or a member is
     *     listed twice
     * @throws RuleViolationException ({@link Rule#GROUP_CURRENCY}) if an amount is in another currency
     */
    public static Cycle start(Constitution constitution, MonetaryAmount carriedCapital,
            MonetaryAmount carriedSocialFund, Collection<Member> members) {
        Objects.requireNonNull(constitution, "constitution");
        return start(constitution, Opening.atStart(constitution.currency(), carriedCapital, carriedSocialFund, members));
    }

    /**
     * A cycle whose books open as {@code opening} says: at its first meeting, or part-way through the cycle with each
     * member's shares, loans and fines so far (a group digitised mid-cycle). Everything after works as for a cycle
     * recorded from meeting 1: the next meeting opened is {@code opening.firstMeeting()}.
     *
     * @param constitution the group's rules, not null
     * @param opening what the books hold when they open, not null
     * @return the cycle before the books' first meeting, never null
     * @throws RuleViolationException ({@link Rule#OPENING_BALANCE}) if the opening does not balance or does not fit
     *     the constitution (a meeting after the share-out, a loan due after it, a borrower who is not a member), or
     *     ({@link Rule#GROUP_CURRENCY}) if it is in another currency
     */
    public static Cycle start(Constitution constitution, Opening opening) {
        Objects.requireNonNull(constitution, "constitution");
        Objects.requireNonNull(opening, "opening");
        return new Cycle(constitution, opening, EventHistory.EMPTY, Books.opening(constitution, opening));
    }

    /**
     * Replays recorded events into a new cycle that started with no members and nothing carried in (as
     * {@link #start(Constitution)}). A cycle with founding members or carried balances replays with
     * {@link #replay(Constitution, Opening, List)}.
     *
     * @param constitution the group's rules, not null
     * @param events the events in the order they happened, not null
     * @return the cycle after the events, never null
     * @throws RuleViolationException at the first event that breaks a rule
     */
    public static Cycle replay(Constitution constitution, List<? extends Event> events) {
        return start(constitution).recordAll(events);
    }

    /**
     * Replays a cycle's whole record: its constitution, what it carried in, its founding members and its events.
     *
     * @param constitution the group's rules, not null
     * @param carriedCapital cash carried into the loan fund, not negative, not null
     * @param carriedSocialFund cash carried into the social fund, not negative, not null
     * @param founders the members at the start of the cycle, with distinct ids, not null
     * @param events the events in the order they happened, not null
     * @return the cycle after the events, never null
     * @throws RuleViolationException at the first event that breaks a rule
     * @throws IllegalArgumentException as {@link #start(Constitution, MonetaryAmount, MonetaryAmount, Collection)}
     */
    public static Cycle replay(Constitution constitution, MonetaryAmount carriedCapital, MonetaryAmount carriedSocialFund,
            Collection<Member> founders, List<? extends Event> events) {
        return start(constitution, carriedCapital, carriedSocialFund, founders).recordAll(events);
    }

    /**
     * Replays a cycle's whole record: its constitution, its opening and its events. For any cycle {@code c},
     * {@code Cycle.replay(c.constitution(), c.opening(), c.events())} equals {@code c}: the record is enough to
     * rebuild it.
     *
     * @param constitution the group's rules, not null
     * @param opening what the books held when they opened, not null
     * @param events the events in the order they happened, not null
     * @return the cycle after the events, never null
     * @throws RuleViolationException if the opening is refused (as {@link #start(Constitution, Opening)}), or at the
     *     first event that breaks a rule
     */
    public static Cycle replay(Constitution constitution, Opening opening, List<? extends Event> events) {
        return start(constitution, opening).recordAll(events);
    }

    // ------------------------------------------------------------------ recording

    /**
     * Records an event at the meeting that is open.
     *
     * <p>This cycle is immutable and unaffected by this method.
     *
     * @param event the event, not null
     * @return a new cycle with the event added, never null
     * @throws RuleViolationException if the event breaks a rule; nothing is recorded
     */
    public Cycle record(Event event) {
        Event[] one = {Objects.requireNonNull(event, "event")};
        Books kept = meetingBooks;
        return new Cycle(constitution, opening, events.with(one), Recorder.record(books, one), kept,
                kept == null ? null : one);
    }

    /**
     * Records events in order.
     *
     * <p>This cycle is immutable and unaffected by this method: if any event is refused, none is recorded.
     *
     * @param more the events, not null
     * @return a new cycle with all of them added, never null
     * @throws RuleViolationException at the first event that breaks a rule
     */
    public Cycle recordAll(List<? extends Event> more) {
        // copied first, so that the events checked are the events kept, whatever the caller does with its list
        Event[] batch = EventHistory.batchOf(Objects.requireNonNull(more, "events"));
        Books kept = meetingBooks;
        return new Cycle(constitution, opening, events.with(batch), Recorder.record(books, batch), kept,
                kept == null ? null : batch);
    }

    private int meetingNow() {
        return books.meeting;
    }

    /**
     * Opens the next meeting on the given date.
     *
     * @param date the meeting's date, after the last meeting's, not null
     * @return the new cycle, never null
     * @throws RuleViolationException if the cycle has no more meetings or the date is not after the last; nothing is
     *     recorded
     */
    public Cycle openMeeting(LocalDate date) {
        return record(new Event.MeetingOpened(meetingNow() + 1, date));
    }

    /**
     * A new member joins at the open meeting.
     *
     * @param id the new member's id, not null
     * @param name the member's name, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} or {@code name} is blank, or the name holds a line break
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle join(String id, String name) {
        return record(new Event.MemberJoined(meetingNow(), MemberId.of(id), name));
    }

    /**
     * A new member joins at the open meeting, with what the programme records about her.
     *
     * @param id the new member's id, not null
     * @param name the member's name, not null
     * @param profile her sex and year of birth as far as recorded, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} or {@code name} is blank, or the name holds a line break
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle join(String id, String name, Profile profile) {
        return record(new Event.MemberJoined(meetingNow(), MemberId.of(id), name, profile));
    }

    /**
     * Takes a member's attendance at the open meeting.
     *
     * @param id the member's id, not null
     * @param presence present, late or absent, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle attend(String id, Event.Presence presence) {
        return record(new Event.Attendance(meetingNow(), MemberId.of(id), presence));
    }

    /**
     * A member buys shares at the open meeting.
     *
     * @param id the member's id, not null
     * @param shares how many, within the constitution's limits
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank or {@code shares} is less than one
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle buyShares(String id, int shares) {
        return record(new Event.SharesBought(meetingNow(), MemberId.of(id), shares));
    }

    /**
     * A member pays the constitution's social-fund contribution at the open meeting.
     *
     * @param id the member's id, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle paySocialFund(String id) {
        return record(new Event.SocialFundPaid(meetingNow(), MemberId.of(id), constitution.socialFund()));
    }

    /**
     * Charges a member a fine from the schedule at the open meeting.
     *
     * @param id the member's id, not null
     * @param fine the fine's name, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle fine(String id, String fine) {
        return record(new Event.FineCharged(meetingNow(), MemberId.of(id), fine));
    }

    /**
     * A member pays fines owed at the open meeting.
     *
     * @param id the member's id, not null
     * @param amount at most what is owed, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank, or the amount is not more than zero or is finer than its
     *     currency's smallest unit (an amount in another currency is refused as {@link Rule#GROUP_CURRENCY})
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle payFine(String id, MonetaryAmount amount) {
        return record(new Event.FinePaid(meetingNow(), MemberId.of(id), amount));
    }

    /**
     * The social fund pays a grant to a member at the open meeting.
     *
     * @param id the member's id, not null
     * @param amount at most the social fund, not null
     * @param reason why, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank, or the amount is not more than zero or is finer than its
     *     currency's smallest unit (an amount in another currency is refused as {@link Rule#GROUP_CURRENCY})
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle grant(String id, MonetaryAmount amount, String reason) {
        return record(new Event.GrantPaid(meetingNow(), MemberId.of(id), amount, reason));
    }

    /**
     * A member hands in cash at the open meeting: it pays her social-fund contribution if due, buys as many whole shares
     * as it can (up to the most allowed), and the leftover is handed back or kept in the social fund
     * ({@link Event.SavingsHandedIn}).
     *
     * @param id the member's id, not null
     * @param cash the cash handed in, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank, or the amount is not more than zero or is finer than its
     *     currency's smallest unit (an amount in another currency is refused as {@link Rule#GROUP_CURRENCY})
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle handIn(String id, MonetaryAmount cash) {
        return record(new Event.SavingsHandedIn(meetingNow(), MemberId.of(id), cash));
    }

    /**
     * The social fund lends a member money, interest-free, at the open meeting ({@link Event.SocialFundLoanIssued}).
     *
     * @param id the borrower's id, not null
     * @param amount at most what the social fund holds, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank, or the amount is not more than zero or is finer than its
     *     currency's smallest unit (an amount in another currency is refused as {@link Rule#GROUP_CURRENCY})
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle lendFromSocialFund(String id, MonetaryAmount amount) {
        return record(new Event.SocialFundLoanIssued(meetingNow(), MemberId.of(id), amount));
    }

    /**
     * A member repays her social-fund loan, into the social fund, at the open meeting.
     *
     * @param id the borrower's id, not null
     * @param amount at most what she owes the social fund, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank, or the amount is not more than zero or is finer than its
     *     currency's smallest unit (an amount in another currency is refused as {@link Rule#GROUP_CURRENCY})
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle repaySocialFund(String id, MonetaryAmount amount) {
        return record(new Event.SocialFundLoanRepaid(meetingNow(), MemberId.of(id), amount));
    }

    /**
     * Lends a member money from the loan fund at the open meeting.
     *
     * @param id the borrower's id, not null
     * @param principal the amount, not null
     * @param termPeriods the term in charging periods
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank, {@code termPeriods} is less than one, or the amount is not more than zero or is finer than its
     *     currency's smallest unit (an amount in another currency is refused as {@link Rule#GROUP_CURRENCY})
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle lend(String id, MonetaryAmount principal, int termPeriods) {
        return record(new Event.LoanIssued(meetingNow(), MemberId.of(id), principal, termPeriods));
    }

    /**
     * Lends a member money from the loan fund at the open meeting, for a purpose she names (an income-generating
     * activity and its sector, school fees, ...). The purpose changes nothing in the money rules.
     *
     * @param id the borrower's id, not null
     * @param principal the amount, not null
     * @param termPeriods the term in charging periods
     * @param purpose what the loan is for, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank, {@code termPeriods} is less than one, or the amount is not more than zero or is finer than its
     *     currency's smallest unit (an amount in another currency is refused as {@link Rule#GROUP_CURRENCY})
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle lend(String id, MonetaryAmount principal, int termPeriods, LoanPurpose purpose) {
        return record(new Event.LoanIssued(meetingNow(), MemberId.of(id), principal, termPeriods, purpose));
    }

    /**
     * A member repays at the open meeting (charges first, then principal, oldest loan first).
     *
     * @param id the borrower's id, not null
     * @param amount at most what is owed, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank, or the amount is not more than zero or is finer than its
     *     currency's smallest unit (an amount in another currency is refused as {@link Rule#GROUP_CURRENCY})
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle repay(String id, MonetaryAmount amount) {
        return record(new Event.LoanRepaid(meetingNow(), MemberId.of(id), amount));
    }

    /**
     * A member repays everything owed on loans at the open meeting.
     *
     * @param id the borrower's id, not null
     * @return the new cycle, never null
     * @throws RuleViolationException if the member is not in the group or owes nothing
     */
    public Cycle repayAll(String id) {
        return repay(id, Amounts.of(Lending.owed(books, MemberId.of(id)), constitution.currency()));
    }

    /**
     * The group extends the term of a member's oldest loan at the open meeting.
     *
     * @param id the borrower's id, not null
     * @param extraPeriods charging periods added
     * @param decidedBy who decided, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank or {@code extraPeriods} is less than one
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle reschedule(String id, int extraPeriods, String decidedBy) {
        return record(new Event.LoanRescheduled(meetingNow(), MemberId.of(id), extraPeriods, decidedBy));
    }

    /**
     * The group writes off a member's loans at the open meeting.
     *
     * @param id the borrower's id, not null
     * @param decidedBy who decided, not null
     * @param reason why, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle writeOff(String id, String decidedBy, String reason) {
        return record(new Event.LoanWrittenOff(meetingNow(), MemberId.of(id), decidedBy, reason));
    }

    /**
     * A member leaves and is settled at the open meeting.
     *
     * @param id the member's id, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if {@code id} is blank
     * @throws RuleViolationException if a rule of the group refuses it (the exception names the rule, the member and
     *     the amount); nothing is recorded and this cycle is unchanged
     */
    public Cycle leave(String id) {
        return record(new Event.MemberLeft(meetingNow(), MemberId.of(id)));
    }

    /**
     * Records a count of the cash in both boxes at the open meeting.
     *
     * @param loanFund cash counted in the loan fund, not null
     * @param socialFund cash counted in the social fund, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if a count is negative or finer than its currency's smallest unit
     * @throws RuleViolationException if a count differs from the records, or is in another currency
     *     ({@link Rule#GROUP_CURRENCY}); nothing is recorded
     */
    public Cycle countCash(MonetaryAmount loanFund, MonetaryAmount socialFund) {
        return record(new Event.CashCounted(meetingNow(), loanFund, socialFund));
    }

    // ------------------------------------------------------------------ the group's money beyond the box (§12)

    /**
     * Records cash moved between the box and a place the constitution names (a bank account, a wallet), at the open
     * meeting: no fund's total changes. See {@link Event.CashMoved}.
     *
     * @param from {@link Constitution#BOX} or a place's name, not null
     * @param to another place, not null
     * @param amount more than zero, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if a place is blank, the places are the same, or the amount is not more than zero
     * @throws RuleViolationException ({@link Rule#PLACE_UNKNOWN}, {@link Rule#PLACE_CASH}) if a place is not in the
     *     constitution or does not hold the cash; nothing is recorded
     */
    public Cycle moveCash(String from, String to, MonetaryAmount amount) {
        return record(new Event.CashMoved(meetingNow(), from, to, amount));
    }

    /**
     * Records other income received at a place (bank interest): profit shared out with the rest. See
     * {@link Event.IncomeReceived}.
     *
     * @param place where it came in, not null
     * @param amount more than zero, not null
     * @param reason what it is, not blank, not null
     * @param approvedBy who agreed to it, not blank, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if a text is blank or the amount is not more than zero
     * @throws RuleViolationException ({@link Rule#PLACE_UNKNOWN}) if the place is not in the constitution
     */
    public Cycle receiveIncome(String place, MonetaryAmount amount, String reason, String approvedBy) {
        return record(new Event.IncomeReceived(meetingNow(), place, amount, reason, approvedBy));
    }

    /**
     * Records an expense paid from a place (stationery, a padlock, a bank's fee): it reduces the profit. See
     * {@link Event.ExpensePaid}.
     *
     * @param place where it was paid from, not null
     * @param amount more than zero, not null
     * @param reason what it paid for, not blank, not null
     * @param approvedBy who approved it, not blank, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if a text is blank or the amount is not more than zero
     * @throws RuleViolationException ({@link Rule#PLACE_UNKNOWN}, {@link Rule#PLACE_CASH}) if the place is unknown or
     *     does not hold the cash
     */
    public Cycle payExpense(String place, MonetaryAmount amount, String reason, String approvedBy) {
        return record(new Event.ExpensePaid(meetingNow(), place, amount, reason, approvedBy));
    }

    /**
     * Records a loan to the group received from a lender into a place. See {@link Event.GroupLoanReceived}.
     *
     * @param lender who lent, not blank, not null
     * @param place where the cash came in, not null
     * @param amount the principal, more than zero, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if a text is blank or the amount is not more than zero
     * @throws RuleViolationException ({@link Rule#PLACE_UNKNOWN}) if the place is not in the constitution
     */
    public Cycle receiveGroupLoan(String lender, String place, MonetaryAmount amount) {
        return record(new Event.GroupLoanReceived(meetingNow(), lender, place, amount));
    }

    /**
     * Records a repayment by the group to its lender from a place. See {@link Event.GroupLoanRepaid}.
     *
     * @param lender who is repaid, not null
     * @param place where the cash was paid from, not null
     * @param paid principal and interest together, more than zero, not null
     * @param interest the part that is interest, from zero to {@code paid}, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if the figures are out of range
     * @throws RuleViolationException ({@link Rule#GROUP_LOAN}, {@link Rule#PLACE_CASH}, {@link Rule#PLACE_UNKNOWN}) if
     *     it repays more principal than owed, or the place is unknown or does not hold the cash
     */
    public Cycle repayGroupLoan(String lender, String place, MonetaryAmount paid, MonetaryAmount interest) {
        return record(new Event.GroupLoanRepaid(meetingNow(), lender, place, paid, interest));
    }

    /**
     * Records property bought from a place, valued at its cost. See {@link Event.PropertyBought}.
     *
     * @param item its name, not blank, not null
     * @param place where the cash was paid from, not null
     * @param cost more than zero, not null
     * @param approvedBy who approved the purchase, not blank, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if a text is blank or the cost is not more than zero
     * @throws RuleViolationException ({@link Rule#PROPERTY}, {@link Rule#PLACE_CASH}, {@link Rule#PLACE_UNKNOWN}) if
     *     the group already holds an item of that name, or the place is unknown or does not hold the cash
     */
    public Cycle buyProperty(String item, String place, MonetaryAmount cost, String approvedBy) {
        return record(new Event.PropertyBought(meetingNow(), item, place, cost, approvedBy));
    }

    /**
     * Records property given to the group, at its stated value. See {@link Event.PropertyGiven}.
     *
     * @param item its name, not blank, not null
     * @param value more than zero, not null
     * @param givenBy who gave it, not blank, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if a text is blank or the value is not more than zero
     * @throws RuleViolationException ({@link Rule#PROPERTY}) if the group already holds an item of that name
     */
    public Cycle receiveProperty(String item, MonetaryAmount value, String givenBy) {
        return record(new Event.PropertyGiven(meetingNow(), item, value, givenBy));
    }

    /**
     * Records property sold, its price coming in at a place. See {@link Event.PropertySold}.
     *
     * @param item the name of an item the group holds, not null
     * @param place where the cash came in, not null
     * @param price more than zero, not null
     * @param approvedBy who approved the sale, not blank, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if a text is blank or the price is not more than zero
     * @throws RuleViolationException ({@link Rule#PROPERTY}, {@link Rule#PLACE_UNKNOWN}) if the group holds no such item
     *     or the place is unknown
     */
    public Cycle sellProperty(String item, String place, MonetaryAmount price, String approvedBy) {
        return record(new Event.PropertySold(meetingNow(), item, place, price, approvedBy));
    }

    /**
     * Records the balance found at a place besides the box (a bank statement, a wallet's balance). See
     * {@link Event.PlaceCounted}.
     *
     * @param place a place the constitution names, not null
     * @param balance the balance found, not negative, not null
     * @return the new cycle, never null
     * @throws IllegalArgumentException if the balance is negative
     * @throws RuleViolationException ({@link Rule#PLACE_CASH}, {@link Rule#PLACE_UNKNOWN}) if it differs from the
     *     records or the place is unknown; nothing is recorded
     */
    public Cycle countCashAt(String place, MonetaryAmount balance) {
        return record(new Event.PlaceCounted(meetingNow(), place, balance));
    }

    // ------------------------------------------------------------------ queries

    /**
     * The group's rules for this cycle.
     *
     * @return the constitution, never null
     */
    public Constitution constitution() {
        return constitution;
    }

    /**
     * The meeting that is open (the last one opened), 0 before the first.
     *
     * @return the meeting number
     */
    public int meeting() {
        return books.meeting;
    }

    /**
     * The date of the open meeting.
     *
     * @return the date, or null before the first meeting
     */
    public LocalDate date() {
        return books.date;
    }

    /**
     * Every event recorded, oldest first.
     *
     * @return an unmodifiable list, never null
     */
    public List<Event> events() {
        return events.toList();
    }

    /**
     * The members when the books opened: those who started the cycle, or, for books opened mid-cycle, the members
     * then.
     *
     * @return an unmodifiable list, never null
     */
    public List<Member> founders() {
        return opening.members();
    }

    /**
     * What the books held when they opened: at the start of the cycle, or part-way through it.
     *
     * @return the opening, never null
     */
    public Opening opening() {
        return opening;
    }

    /**
     * The cash carried into the loan fund from the last cycle.
     *
     * @return the carried capital, never null
     */
    public MonetaryAmount carriedCapital() {
        return money(books.carriedCapital);
    }

    /**
     * The cash carried into the social fund from the last cycle (for books opened mid-cycle: the social fund when they
     * opened).
     *
     * @return the carried social fund, never null
     */
    public MonetaryAmount carriedSocialFund() {
        return money(books.carriedSocial);
    }

    /**
     * Every member who has joined, in the order they joined, with their position now.
     *
     * @return an unmodifiable list, never null
     */
    public List<MemberAccount> members() {
        return Reports.members(books);
    }

    /**
     * One member's position now.
     *
     * @param id the member's id, not null
     * @return the member's account, never null
     * @throws RuleViolationException if no such member has joined
     */
    public MemberAccount member(String id) {
        return member(MemberId.of(id));
    }

    /**
     * One member's position now.
     *
     * @param id the member's id, not null
     * @return the member's account, never null
     * @throws RuleViolationException if no such member has joined
     */
    public MemberAccount member(MemberId id) {
        return Reports.member(books, books.account(Objects.requireNonNull(id, "id")));
    }

    /**
     * The largest loan the member could take now: the constitution's multiple of the member's savings less
     * the principal the member already owes, no more than the cash in the loan fund, and zero if the member
     * holds as many loans as allowed or the cycle is in its closing meetings.
     *
     * @param id the member's id, not null
     * @return the capacity, never negative, never null
     */
    public MonetaryAmount borrowingCapacity(String id) {
        return member(id).borrowingCapacity();
    }

    /**
     * The loan fund's cash now, wherever it is kept: in the box, and at the bank or in a wallet if the constitution
     * names such places ({@link #balance()} gives each place's part).
     *
     * @return the loan fund cash, never null
     */
    public MonetaryAmount loanFund() {
        return money(books.loanFund);
    }

    /**
     * The group's balance now (rules reference §12): the loan fund's cash at each place (the box first), loans
     * outstanding, property at its value, the social fund (its cash and what members owe it), and what the group owes
     * its lenders; assets, liabilities and equity are read from it.
     *
     * @return the balance, never null
     */
    public Balance balance() {
        Books b = books;
        java.util.Map<String, MonetaryAmount> cash = new java.util.LinkedHashMap<>();
        cash.put(Constitution.BOX, money(b.boxCash()));
        List<String> places = constitution.places();
        for (int i = 0; i < places.size(); i++) {
            cash.put(places.get(i), money(b.placeCash.length == 0 ? 0 : b.placeCash[i]));
        }
        java.util.Map<String, MonetaryAmount> property = new java.util.LinkedHashMap<>();
        for (Books.Held h : b.property) {
            property.put(h.item(), money(h.value()));
        }
        java.util.Map<String, MonetaryAmount> owed = new java.util.LinkedHashMap<>();
        for (int i = 0; i < b.lenders.length; i++) {
            if (b.lenderOwed[i] > 0) {
                owed.put(b.lenders[i], money(b.lenderOwed[i]));
            }
        }
        long socialLoans = 0;
        for (Account a : b.accounts) {
            socialLoans = Math.addExact(socialLoans, a.socialLoan);
        }
        return new Balance(cash, money(b.outstanding), property, money(Math.addExact(b.socialFund, socialLoans)), owed);
    }

    /**
     * Other income the loan fund received this cycle (bank interest, ...): profit. A gain on property sold is apart
     * (in the share-out's make-up).
     *
     * @return the income, never null
     */
    public MonetaryAmount otherIncome() {
        return money(books.otherIncome);
    }

    /**
     * The group's expenses paid from the loan fund this cycle, with the interest it paid its lenders.
     *
     * @return the expenses, never null
     */
    public MonetaryAmount expenses() {
        return money(Math.addExact(books.expenses, books.groupInterestPaid));
    }

    /**
     * The cash that should be in the social fund's box now.
     *
     * @return the social fund, never null
     */
    public MonetaryAmount socialFund() {
        return money(books.socialFund);
    }

    /**
     * All the cash that should be in the group's box now: the loan fund's cash kept in the box (not what is at a bank
     * or in a wallet) plus the social fund.
     *
     * @return the cash expected, never null
     */
    public MonetaryAmount cashInBox() {
        return money(Math.addExact(books.boxCash(), books.socialFund));
    }

    /**
     * The principal out on loan now (the loan fund's portfolio).
     *
     * @return the outstanding principal, never null
     */
    public MonetaryAmount loansOutstanding() {
        return money(books.outstanding);
    }

    /**
     * Everything members have saved this cycle (shares × share value), including members who have left (their
     * savings went back to them in their settlement). {@code Indicators.savings()} is the savings of the members still
     * in the group.
     *
     * @return the savings, never null
     */
    public MonetaryAmount savings() {
        return money(books.savingsIn);
    }

    /**
     * The total of shares held by members who are still in the group.
     *
     * @return the shares
     */
    public long totalShares() {
        return books.activeShares;
    }

    /**
     * What the group has earned from lending: service charges and late penalties actually paid. A charge that
     * has fallen due but is not paid is not income.
     *
     * @return the income, never null
     */
    public MonetaryAmount loanIncome() {
        return money(Math.addExact(books.chargesPaid, books.penaltiesPaid));
    }

    /**
     * Fines paid into the loan fund.
     *
     * @return the fines paid, never null
     */
    public MonetaryAmount finesPaid() {
        return money(books.finesPaid);
    }

    /**
     * Principal written off and not covered by the social fund: a loss of the loan fund.
     *
     * @return the loss, never null
     */
    public MonetaryAmount writeOffLosses() {
        return money(books.writtenOffLoss);
    }

    /**
     * Portfolio at risk: the share of outstanding principal that is in loans past their due meeting, however late, as
     * a fraction to 4 decimal places (half-even); zero when nothing is out on loan. {@code Indicators.portfolioAtRisk()}
     * is the programme's figure: loans more than {@code Indicators.Settings.parDays()} days late (30 by default),
     * as an exact {@code Ratio}.
     *
     * @return the fraction, from 0 to 1
     */
    public BigDecimal portfolioAtRisk() {
        return Lending.portfolioAtRisk(books);
    }

    /**
     * Every loan of the cycle, by loan number: open, repaid and written off.
     *
     * @return an unmodifiable list, never null
     */
    public List<LoanStatement> loans() {
        return Reports.loans(books, events);
    }

    /**
     * The loans of one member, by loan number.
     *
     * @param id the member's id, not null
     * @return an unmodifiable list, never null
     * @throws RuleViolationException ({@link Rule#MEMBER_UNKNOWN}) if no such member has joined, as everywhere
     */
    public List<LoanStatement> loans(String id) {
        MemberId m = MemberId.of(id);
        books.account(m);
        return org.avec.internal.Compat.toList(loans().stream().filter(l -> l.member().equals(m)));
    }


    /**
     * A summary of each meeting held so far, the open one last.
     *
     * @return an unmodifiable list, never null
     */
    public List<MeetingSummary> meetingSummaries() {
        Books kept = meetingBooks;
        if (kept == null) {
            // the cycle's own books keep no meeting totals (see Books#keepsMeetings): its record is replayed once
            // into books that do, by the same rule areas, and kept; from the cycle it was recorded from, if that one
            // had made them, only the events recorded since
            kept = keptBefore != null ? Recorder.record(keptBefore, recordedSince)
                    : Recorder.record(Books.opening(constitution, opening).keepingMeetings(), events.toArray());
            meetingBooks = kept;
        }
        return Reports.meetings(kept);
    }

    /**
     * Works out the share-out at the last meeting, by the constitution's share-out policy.
     *
     * @return the share-out statement, never null
     * @throws RuleViolationException if this is not the last meeting, or loans are outstanding and the
     *     constitution does not allow deducting them
     */
    public ShareOut shareOut() {
        return Sharing.of(this, books, false);
    }

    /**
     * What each member would receive if the cycle were shared out now, at any meeting: the group's position that an
     * auditor checks at a visit mid-cycle. Worked out by the constitution's share-out policy from the cash in the loan
     * fund's box and everything members owe, as if repaid: each member's debt (loans, charges due, fines) is deducted
     * from her part, and a debt larger than her part shows as a negative net payout, what she would still pay in (no
     * one forfeits her shares in a projection); the social fund and its loans wait. Nothing is paid and nothing
     * changes: {@link ShareOut#isProjection()} is true, and it cannot start the next cycle.
     *
     * @return the projected share-out, never null
     */
    public ShareOut shareOutToday() {
        return Sharing.of(this, books, true);
    }

    /**
     * The refusal for a member who has no share-out line: not in the group, or left before the share-out.
     */
    RuleViolationException refusalForAbsent(MemberId id) {
        books.active(id);
        throw new IllegalStateException("member " + id + " is in the group but has no share-out line");
    }

    /** The books after the events, for the share-out and the reports of this package. */
    Books books() {
        return books;
    }

    private MonetaryAmount money(long minor) {
        return Amounts.of(minor, constitution.currency());
    }

    /**
     * Two cycles are equal when they have the same constitution, the same opening, and the same events in the same
     * order (and so the same figures).
     */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Cycle c && constitution.equals(c.constitution) && opening.equals(c.opening)
                && events.sameEvents(c.events));
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(constitution, opening) + events.eventsHash();
    }

    /** A few readable lines: the meeting, the members and what is in each box. */
    @Override
    public String toString() {
        return Reports.summary(books);
    }
}

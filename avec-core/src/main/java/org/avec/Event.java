package org.avec;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.internal.Amounts;

/**
 * Something that happened at a meeting and is written in the group's records. A {@link Cycle} is the
 * constitution plus the ordered list of these events; every figure avec gives is worked out from them, so
 * replaying the same events always gives the same cycle.
 *
 * <p>Each event belongs to a meeting. A meeting is opened with {@link MeetingOpened} (meetings 1, 2, 3,
 * ... in order), and the events of that meeting follow it. The checks made here are those that need no
 * knowledge of the group (a number of shares less than one, a negative amount, an amount finer than the
 * currency's minor unit): they throw {@link IllegalArgumentException} or {@link NullPointerException}, and
 * an amount too large to count throws {@link ArithmeticException}. The group's rules are checked when the
 * event is recorded in a cycle ({@link Cycle#record(Event)}), which throws {@link RuleViolationException}.
 *
 * <p>Amounts are given and read as {@link MonetaryAmount}s; an event reads its amount once, when it is made,
 * and keeps it as an exact count of the currency's smallest unit, so recording it costs no decimal arithmetic.
 * Two events are equal when they are of the same kind with the same meeting, member and values.
 *
 * <p>All events are immutable and thread-safe.
 */
public sealed interface Event {

    /**
     * The meeting this event belongs to.
     *
     * @return the meeting number, at least 1
     */
    int meeting();

    /**
     * What kind of event this is. Code that treats each kind its own way switches over this with a switch expression
     * and no default, so that the compiler names every place a new kind must be handled.
     *
     * @return the kind, never null
     */
    Kind kind();

    /**
     * The kinds of event, one for each event class. <b>Adding a kind:</b> write its class here (a {@code record} if it
     * holds no amount, else a class extending {@code MemberAmount}), add its constant to this enum, and the compiler
     * then lists every switch that must handle it (the recorder, the auditor's export).
     */
    enum Kind {
        /** {@link MeetingOpened}. */
        MEETING_OPENED,
        /** {@link MemberJoined}. */
        MEMBER_JOINED,
        /** {@link Attendance}. */
        ATTENDANCE,
        /** {@link SharesBought}. */
        SHARES_BOUGHT,
        /** {@link SocialFundPaid}. */
        SOCIAL_FUND_PAID,
        /** {@link FineCharged}. */
        FINE_CHARGED,
        /** {@link FinePaid}. */
        FINE_PAID,
        /** {@link GrantPaid}. */
        GRANT_PAID,
        /** {@link SavingsHandedIn}. */
        SAVINGS_HANDED_IN,
        /** {@link SocialFundLoanIssued}. */
        SOCIAL_FUND_LOAN_ISSUED,
        /** {@link SocialFundLoanRepaid}. */
        SOCIAL_FUND_LOAN_REPAID,
        /** {@link LoanIssued}. */
        LOAN_ISSUED,
        /** {@link LoanRepaid}. */
        LOAN_REPAID,
        /** {@link LoanRescheduled}. */
        LOAN_RESCHEDULED,
        /** {@link LoanWrittenOff}. */
        LOAN_WRITTEN_OFF,
        /** {@link MemberLeft}. */
        MEMBER_LEFT,
        /** {@link CashCounted}. */
        CASH_COUNTED,
        /** {@link CashMoved}. */
        CASH_MOVED,
        /** {@link PlaceCounted}. */
        PLACE_COUNTED,
        /** {@link IncomeReceived}. */
        INCOME_RECEIVED,
        /** {@link ExpensePaid}. */
        EXPENSE_PAID,
        /** {@link GroupLoanReceived}. */
        GROUP_LOAN_RECEIVED,
        /** {@link GroupLoanRepaid}. */
        GROUP_LOAN_REPAID,
        /** {@link PropertyBought}. */
        PROPERTY_BOUGHT,
        /** {@link PropertyGiven}. */
        PROPERTY_GIVEN,
        /** {@link PropertySold}. */
        PROPERTY_SOLD
    }

    /** Whether a member came to a meeting. */
    enum Presence {
        /** Present on time. */
        PRESENT,
        /** Present, but late. */
        LATE,
        /** Absent. */
        ABSENT,
        /**
         * Absent, but represented: she sent someone with her savings or her repayment (S20, Task 15). Counted apart
         * from present and absent (DreamSave's "attendance with representative", S21); whether she is fined for
         * absence is the constitution's rule ({@link Constitution#representedFined()}).
         */
        REPRESENTED
    }

    /**
     * The meeting is opened: the next meeting of the cycle begins. Service charges and late penalties
     * that fall due at this meeting are worked out now.
     */
    final class MeetingOpened implements Event {
        @Override
        public Kind kind() {
            return Kind.MEETING_OPENED;
        }

        private final int meeting;
        private final LocalDate date;

        /**
         * Checks the event.
         *
         * @param meeting the meeting number: one more than the last meeting
         * @param date the date of the meeting, after the last meeting's date, not null
         */
        public MeetingOpened(int meeting, LocalDate date) {
            this.meeting = positiveMeeting(meeting);
            this.date = Objects.requireNonNull(date, "date");
        }

        @Override
        public int meeting() {
            return meeting;
        }

        /**
         * The date of the meeting.
         *
         * @return the date, never null
         */
        public LocalDate date() {
            return date;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MeetingOpened e && meeting == e.meeting && date.equals(e.date);
        }

        @Override
        public int hashCode() {
            return 31 * meeting + date.hashCode();
        }

        @Override
        public String toString() {
            return "MeetingOpened[meeting=" + meeting + ", date=" + date + "]";
        }
    }

    /**
     * A new member joins the group during the cycle (members who start the cycle are given to
     * {@link Cycle#start(Constitution, MonetaryAmount, MonetaryAmount, java.util.Collection)}).
     */
    final class MemberJoined implements Event {
        @Override
        public Kind kind() {
            return Kind.MEMBER_JOINED;
        }

        private final int meeting;
        private final MemberId member;
        private final String name;
        private final Profile profile;

        /**
         * Checks the event.
         *
         * @param meeting the meeting number
         * @param member the new member's id, not used by any other member, not null
         * @param name the member's name, not blank, not null
         */
        public MemberJoined(int meeting, MemberId member, String name) {
            this(meeting, member, name, Profile.NONE);
        }

        /**
         * Checks the event.
         *
         * @param meeting the meeting number
         * @param member the new member's id, not used by any other member, not null
         * @param name the member's name, not blank, not null
         * @param profile her sex and year of birth as far as recorded, not null
         */
        public MemberJoined(int meeting, MemberId member, String name, Profile profile) {
            this.meeting = positiveMeeting(meeting);
            this.member = Objects.requireNonNull(member, "member");
            this.name = Member.checkName(name);
            this.profile = Objects.requireNonNull(profile, "profile");
        }

        /**
         * What the programme records about the new member.
         *
         * @return the profile, never null
         */
        public Profile profile() {
            return profile;
        }

        @Override
        public int meeting() {
            return meeting;
        }

        /**
         * The new member's id.
         *
         * @return the id, never null
         */
        public MemberId member() {
            return member;
        }

        /**
         * The new member's name.
         *
         * @return the name, never null
         */
        public String name() {
            return name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MemberJoined e && meeting == e.meeting && member.equals(e.member) && name.equals(e.name)
                    && profile.equals(e.profile);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meeting, member, name, profile);
        }

        @Override
        public String toString() {
            return "MemberJoined[meeting=" + meeting + ", member=" + member + ", name=" + SafeText.of(name)
                    + (profile.equals(Profile.NONE) ? "" : ", profile=" + profile) + "]";
        }
    }

    /** Attendance at a meeting, taken once for each member. */
    final class Attendance implements Event {
        @Override
        public Kind kind() {
            return Kind.ATTENDANCE;
        }

        private final int meeting;
        private final MemberId member;
        private final Presence presence;

        /**
         * Checks the event.
         *
         * @param meeting the meeting number
         * @param member the member, not null
         * @param presence present, late or absent, not null
         */
        public Attendance(int meeting, MemberId member, Presence presence) {
            this.meeting = positiveMeeting(meeting);
            this.member = Objects.requireNonNull(member, "member");
            this.presence = Objects.requireNonNull(presence, "presence");
        }

        @Override
        public int meeting() {
            return meeting;
        }

        /**
         * The member.
         *
         * @return the member's id, never null
         */
        public MemberId member() {
            return member;
        }

        /**
         * Whether the member came.
         *
         * @return present, late or absent, never null
         */
        public Presence presence() {
            return presence;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Attendance e && meeting == e.meeting && member.equals(e.member) && presence == e.presence;
        }

        @Override
        public int hashCode() {
            return Objects.hash(meeting, member, presence);
        }

        @Override
        public String toString() {
            return "Attendance[meeting=" + meeting + ", member=" + member + ", presence=" + presence + "]";
        }
    }

    /** A member buys shares: {@code shares × share value} goes into the loan fund as the member's savings. */
    final class SharesBought implements Event {
        @Override
        public Kind kind() {
            return Kind.SHARES_BOUGHT;
        }

        private final int meeting;
        private final MemberId member;
        private final int shares;

        /**
         * Checks the event.
         *
         * @param meeting the meeting number
         * @param member the member, not null
         * @param shares how many, between the constitution's minimum and maximum per meeting
         */
        public SharesBought(int meeting, MemberId member, int shares) {
            this.meeting = positiveMeeting(meeting);
            this.member = Objects.requireNonNull(member, "member");
            if (shares < 1) {
                throw new IllegalArgumentException("A member buys at least one share, not " + shares + " (member " + member + ")");
            }
            this.shares = shares;
        }

        @Override
        public int meeting() {
            return meeting;
        }

        /**
         * The member.
         *
         * @return the member's id, never null
         */
        public MemberId member() {
            return member;
        }

        /**
         * How many shares.
         *
         * @return at least 1
         */
        public int shares() {
            return shares;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SharesBought e && meeting == e.meeting && member.equals(e.member) && shares == e.shares;
        }

        @Override
        public int hashCode() {
            return Objects.hash(meeting, member, shares);
        }

        @Override
        public String toString() {
            return "SharesBought[meeting=" + meeting + ", member=" + member + ", shares=" + shares + "]";
        }
    }

    /** A member pays the social-fund contribution for this meeting. */
    final class SocialFundPaid extends MemberAmount implements Event {
        @Override
        public Kind kind() {
            return Kind.SOCIAL_FUND_PAID;
        }

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param member the member, not null
         * @param amount the contribution, which must equal the constitution's, more than zero, not null
         */
        public SocialFundPaid(int meeting, MemberId member, MonetaryAmount amount) {
            super("SocialFundPaid", meeting, member, amount, "social-fund contribution of ");
        }
    }

    /** A fine from the constitution's schedule is charged to a member; it is owed until paid. */
    final class FineCharged implements Event {
        @Override
        public Kind kind() {
            return Kind.FINE_CHARGED;
        }

        private final int meeting;
        private final MemberId member;
        private final String fine;

        /**
         * Checks the event.
         *
         * @param meeting the meeting number
         * @param member the member, not null
         * @param fine the fine's name in the schedule, not null
         */
        public FineCharged(int meeting, MemberId member, String fine) {
            this.meeting = positiveMeeting(meeting);
            this.member = Objects.requireNonNull(member, "member");
            this.fine = Objects.requireNonNull(fine, "fine");
        }

        @Override
        public int meeting() {
            return meeting;
        }

        /**
         * The member fined.
         *
         * @return the member's id, never null
         */
        public MemberId member() {
            return member;
        }

        /**
         * The fine's name in the schedule.
         *
         * @return the name, never null
         */
        public String fine() {
            return fine;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FineCharged e && meeting == e.meeting && member.equals(e.member) && fine.equals(e.fine);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meeting, member, fine);
        }

        @Override
        public String toString() {
            return "FineCharged[meeting=" + meeting + ", member=" + member + ", fine=" + SafeText.of(fine) + "]";
        }
    }

    /** A member pays fines owed; the money goes to the loan fund. */
    final class FinePaid extends MemberAmount implements Event {
        @Override
        public Kind kind() {
            return Kind.FINE_PAID;
        }

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param member the member, not null
         * @param amount at most what the member owes in fines, more than zero, not null
         */
        public FinePaid(int meeting, MemberId member, MonetaryAmount amount) {
            super("FinePaid", meeting, member, amount, "fine paid by ");
        }
    }

    /** A grant from the social fund to a member in need (an emergency, a funeral). Grants are never repaid. */
    final class GrantPaid extends MemberAmount implements Event {
        @Override
        public Kind kind() {
            return Kind.GRANT_PAID;
        }

        private final String reason;

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param member the member helped, not null
         * @param amount at most what is in the social fund, more than zero, not null
         * @param reason why the group gave it, not null
         */
        public GrantPaid(int meeting, MemberId member, MonetaryAmount amount, String reason) {
            super("GrantPaid", meeting, member, amount, "grant to ");
            this.reason = Objects.requireNonNull(reason, "reason");
        }

        /**
         * Why the group gave the grant.
         *
         * @return the reason, never null
         */
        public String reason() {
            return reason;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GrantPaid e && sameAs(e) && reason.equals(e.reason);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + reason.hashCode();
        }

        @Override
        public String toString() {
            return fields() + ", reason=" + SafeText.of(reason) + "]";
        }
    }

    /**
     * A member hands in cash for her savings, and the treasurer counts out what it buys: "first the social-fund
     * contribution, if the constitution has one and she has not paid it at this meeting; then as many whole shares as
     * the rest buys, up to the most allowed at one meeting; the leftover is handed back, or goes to the social fund,
     * as the constitution says" (Agrocenta, S5: 23 GHS at 5 GHS per share buys 4 shares, 3 GHS left). Cash for more
     * shares than the most allowed is always handed back, never taken into the social fund: 40 GHS at 5 GHS a share,
     * 5 shares at most, buys 5 shares and 15 GHS are handed back. Refused if it buys fewer shares than the least
     * allowed in one purchase.
     */
    final class SavingsHandedIn extends MemberAmount implements Event {
        @Override
        public Kind kind() {
            return Kind.SAVINGS_HANDED_IN;
        }

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param member the member, not null
         * @param amount the cash handed in, more than zero, not null
         */
        public SavingsHandedIn(int meeting, MemberId member, MonetaryAmount amount) {
            super("SavingsHandedIn", meeting, member, amount, "cash handed in by ");
        }
    }

    /**
     * A short loan from the social fund to a member in an emergency: no service charge, repaid into the social fund
     * within the constitution's term (Seeds lends its social fund "interest-free for two weeks", S7). Allowed only
     * if the constitution lends its social fund, from what the social fund holds, one at a time per member.
     */
    final class SocialFundLoanIssued extends MemberAmount implements Event {
        @Override
        public Kind kind() {
            return Kind.SOCIAL_FUND_LOAN_ISSUED;
        }

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param member the borrower, not null
         * @param amount the loan, more than zero, not null
         */
        public SocialFundLoanIssued(int meeting, MemberId member, MonetaryAmount amount) {
            super("SocialFundLoanIssued", meeting, member, amount, "social-fund loan to ");
        }
    }

    /** A member repays (part of) her loan from the social fund, into the social fund. */
    final class SocialFundLoanRepaid extends MemberAmount implements Event {
        @Override
        public Kind kind() {
            return Kind.SOCIAL_FUND_LOAN_REPAID;
        }

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param member the borrower, not null
         * @param amount at most what she owes the social fund, more than zero, not null
         */
        public SocialFundLoanRepaid(int meeting, MemberId member, MonetaryAmount amount) {
            super("SocialFundLoanRepaid", meeting, member, amount, "social-fund loan repaid by ");
        }
    }

    /** A loan is paid out of the loan fund's cash to a member. */
    final class LoanIssued extends MemberAmount implements Event {
        @Override
        public Kind kind() {
            return Kind.LOAN_ISSUED;
        }

        private final int termPeriods;
        private final LoanPurpose purpose;

        /**
         * Checks the event and reads the principal.
         *
         * @param meeting the meeting number
         * @param member the borrower, not null
         * @param principal the amount lent, more than zero, not null
         * @param termPeriods the term in charging periods, at least 1
         */
        public LoanIssued(int meeting, MemberId member, MonetaryAmount principal, int termPeriods) {
            this(meeting, member, principal, termPeriods, LoanPurpose.NOT_GIVEN);
        }

        /**
         * Checks the event and reads the principal.
         *
         * @param meeting the meeting number
         * @param member the borrower, not null
         * @param principal the amount lent, more than zero, not null
         * @param termPeriods the term in charging periods, at least 1
         * @param purpose what the loan is for, not null ({@link LoanPurpose#NOT_GIVEN} if not recorded)
         */
        public LoanIssued(int meeting, MemberId member, MonetaryAmount principal, int termPeriods, LoanPurpose purpose) {
            super("LoanIssued", meeting, member, principal, "loan principal for ");
            if (termPeriods < 1) {
                throw new IllegalArgumentException("A loan's term is at least one charging period, not " + termPeriods);
            }
            this.termPeriods = termPeriods;
            this.purpose = Objects.requireNonNull(purpose, "purpose");
        }

        /**
         * What the loan is for.
         *
         * @return the purpose, never null
         */
        public LoanPurpose purpose() {
            return purpose;
        }

        /**
         * The amount lent.
         *
         * @return the principal, never null
         */
        public MonetaryAmount principal() {
            return amount();
        }

        /**
         * The term in charging periods.
         *
         * @return at least 1
         */
        public int termPeriods() {
            return termPeriods;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LoanIssued e && sameAs(e) && termPeriods == e.termPeriods && purpose.equals(e.purpose);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * super.hashCode() + termPeriods) + purpose.hashCode();
        }

        @Override
        public String toString() {
            return fields() + ", termPeriods=" + termPeriods
                    + (purpose.equals(LoanPurpose.NOT_GIVEN) ? "" : ", purpose=" + purpose) + "]";
        }
    }

    /**
     * A member repays. The money pays the member's loans oldest first; on each loan it pays the service
     * charges and penalties due first, then the principal.
     */
    final class LoanRepaid extends MemberAmount implements Event {
        @Override
        public Kind kind() {
            return Kind.LOAN_REPAID;
        }

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param member the borrower, not null
         * @param amount at most what the member owes, more than zero, not null
         */
        public LoanRepaid(int meeting, MemberId member, MonetaryAmount amount) {
            super("LoanRepaid", meeting, member, amount, "repayment by ");
        }
    }

    /** The group extends the term of a member's oldest outstanding loan. */
    final class LoanRescheduled implements Event {
        @Override
        public Kind kind() {
            return Kind.LOAN_RESCHEDULED;
        }

        private final int meeting;
        private final MemberId member;
        private final int extraPeriods;
        private final String decidedBy;

        /**
         * Checks the event.
         *
         * @param meeting the meeting number
         * @param member the borrower, not null
         * @param extraPeriods how many charging periods are added, at least 1
         * @param decidedBy who decided (for example "general assembly"), not null
         */
        public LoanRescheduled(int meeting, MemberId member, int extraPeriods, String decidedBy) {
            this.meeting = positiveMeeting(meeting);
            this.member = Objects.requireNonNull(member, "member");
            if (extraPeriods < 1) {
                throw new IllegalArgumentException("A reschedule adds at least one period, not " + extraPeriods);
            }
            this.extraPeriods = extraPeriods;
            this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
        }

        @Override
        public int meeting() {
            return meeting;
        }

        /**
         * The borrower.
         *
         * @return the member's id, never null
         */
        public MemberId member() {
            return member;
        }

        /**
         * How many charging periods are added to the term.
         *
         * @return at least 1
         */
        public int extraPeriods() {
            return extraPeriods;
        }

        /**
         * Who decided.
         *
         * @return the decider, never null
         */
        public String decidedBy() {
            return decidedBy;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LoanRescheduled e && meeting == e.meeting && member.equals(e.member)
                    && extraPeriods == e.extraPeriods && decidedBy.equals(e.decidedBy);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meeting, member, extraPeriods, decidedBy);
        }

        @Override
        public String toString() {
            return "LoanRescheduled[meeting=" + meeting + ", member=" + member + ", extraPeriods=" + extraPeriods
                    + ", decidedBy=" + SafeText.of(decidedBy) + "]";
        }
    }

    /**
     * The group writes off everything a member still owes on loans (for example on the member's death).
     * Unpaid charges are cancelled; the principal is covered as the constitution says.
     */
    final class LoanWrittenOff implements Event {
        @Override
        public Kind kind() {
            return Kind.LOAN_WRITTEN_OFF;
        }

        private final int meeting;
        private final MemberId member;
        private final String decidedBy;
        private final String reason;

        /**
         * Checks the event.
         *
         * @param meeting the meeting number
         * @param member the borrower, not null
         * @param decidedBy who decided, not null
         * @param reason why, not null
         */
        public LoanWrittenOff(int meeting, MemberId member, String decidedBy, String reason) {
            this.meeting = positiveMeeting(meeting);
            this.member = Objects.requireNonNull(member, "member");
            this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
            this.reason = Objects.requireNonNull(reason, "reason");
        }

        @Override
        public int meeting() {
            return meeting;
        }

        /**
         * The borrower.
         *
         * @return the member's id, never null
         */
        public MemberId member() {
            return member;
        }

        /**
         * Who decided.
         *
         * @return the decider, never null
         */
        public String decidedBy() {
            return decidedBy;
        }

        /**
         * Why.
         *
         * @return the reason, never null
         */
        public String reason() {
            return reason;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LoanWrittenOff e && meeting == e.meeting && member.equals(e.member)
                    && decidedBy.equals(e.decidedBy) && reason.equals(e.reason);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meeting, member, decidedBy, reason);
        }

        @Override
        public String toString() {
            return "LoanWrittenOff[meeting=" + meeting + ", member=" + member + ", decidedBy=" + SafeText.of(decidedBy)
                    + ", reason=" + SafeText.of(reason) + "]";
        }
    }

    /**
     * A member leaves the group before share-out and is settled now, as the constitution says; unpaid fines
     * are deducted. The member is not paid again at share-out.
     */
    final class MemberLeft implements Event {
        @Override
        public Kind kind() {
            return Kind.MEMBER_LEFT;
        }

        private final int meeting;
        private final MemberId member;

        /**
         * Checks the event.
         *
         * @param meeting the meeting number
         * @param member the member leaving, with no loan outstanding, not null
         */
        public MemberLeft(int meeting, MemberId member) {
            this.meeting = positiveMeeting(meeting);
            this.member = Objects.requireNonNull(member, "member");
        }

        @Override
        public int meeting() {
            return meeting;
        }

        /**
         * The member leaving.
         *
         * @return the member's id, never null
         */
        public MemberId member() {
            return member;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MemberLeft e && meeting == e.meeting && member.equals(e.member);
        }

        @Override
        public int hashCode() {
            return 31 * meeting + member.hashCode();
        }

        @Override
        public String toString() {
            return "MemberLeft[meeting=" + meeting + ", member=" + member + "]";
        }
    }

    /** The cash in each box is counted; it must equal what the records say. */
    final class CashCounted implements Event {
        @Override
        public Kind kind() {
            return Kind.CASH_COUNTED;
        }

        private final int meeting;
        private final CurrencyUnit currency;
        private final CurrencyUnit socialCurrency;
        private final long loanFund;
        private final long socialFund;

        /**
         * Checks the event and reads the amounts. Whether they are in the group's currency is a rule of the group,
         * checked when the count is recorded ({@link Rule#GROUP_CURRENCY}), as for every other amount.
         *
         * @param meeting the meeting number
         * @param loanFund the cash counted in the loan fund, not negative, not null
         * @param socialFund the cash counted in the social fund, not negative, not null
         * @throws IllegalArgumentException if an amount is negative or finer than its currency's minor unit
         */
        public CashCounted(int meeting, MonetaryAmount loanFund, MonetaryAmount socialFund) {
            this.meeting = positiveMeeting(meeting);
            this.loanFund = MinorUnits.nonNegative(loanFund, "loan fund counted");
            this.socialFund = MinorUnits.nonNegative(socialFund, "social fund counted");
            this.currency = loanFund.getCurrency();
            this.socialCurrency = socialFund.getCurrency();
        }

        @Override
        public int meeting() {
            return meeting;
        }

        /**
         * The cash counted in the loan fund.
         *
         * @return the amount, never null
         */
        public MonetaryAmount loanFund() {
            return Amounts.of(loanFund, currency);
        }

        /**
         * The cash counted in the social fund.
         *
         * @return the amount, never null
         */
        public MonetaryAmount socialFund() {
            return Amounts.of(socialFund, socialCurrency);
        }

        CurrencyUnit currency() {
            return currency;
        }

        CurrencyUnit socialCurrency() {
            return socialCurrency;
        }

        long loanFundMinor() {
            return loanFund;
        }

        long socialFundMinor() {
            return socialFund;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CashCounted e && meeting == e.meeting && currency.equals(e.currency)
                    && socialCurrency.equals(e.socialCurrency) && loanFund == e.loanFund && socialFund == e.socialFund;
        }

        @Override
        public int hashCode() {
            return Objects.hash(meeting, currency, socialCurrency, loanFund, socialFund);
        }

        @Override
        public String toString() {
            return "CashCounted[meeting=" + meeting + ", loanFund=" + Amounts.format(loanFund, currency)
                    + ", socialFund=" + Amounts.format(socialFund, socialCurrency) + "]";
        }
    }

    // ------------------------------------------------------------------ the group's money beyond the box (§12)

    /**
     * Loan-fund cash is moved between the box and a place the constitution names: taken to the bank or a mobile-money
     * wallet, or brought back to the box for a meeting's loans (Ledger Link's "cash saved at the bank" and "cash from the
     * bank", S23). Moving cash changes no fund's total; refused if the place it comes from does not hold it.
     */
    final class CashMoved extends GroupMoney implements Event {
        @Override
        public Kind kind() {
            return Kind.CASH_MOVED;
        }

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param from where the cash is taken from: {@link Constitution#BOX} or a place the constitution names, not null
         * @param to where it is put, another place, not null
         * @param amount more than zero, not null
         * @throws IllegalArgumentException if a place is blank, the two places are the same, or the amount is not
         *     more than zero
         */
        public CashMoved(int meeting, String from, String to, MonetaryAmount amount) {
            super("CashMoved", meeting, from, to, null, amount, "destination");
            if (from.equals(to)) {
                throw new IllegalArgumentException("Cash is moved between two places, not from '" + SafeText.of(from)
                        + "' to itself");
            }
        }

        /**
         * Where the cash is taken from.
         *
         * @return the place's name, never null
         */
        public String from() {
            return place();
        }

        /**
         * Where the cash is put.
         *
         * @return the place's name, never null
         */
        public String to() {
            return name();
        }
    }

    /**
     * The balance of a place besides the box is checked: a bank statement, a wallet's balance. It must equal what the
     * records say the group keeps there ({@link Rule#PLACE_CASH}). The box itself is counted with {@link CashCounted}.
     */
    final class PlaceCounted implements Event {
        @Override
        public Kind kind() {
            return Kind.PLACE_COUNTED;
        }

        private final int meeting;
        private final String place;
        private final CurrencyUnit currency;
        private final long minor;

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param place a place the constitution names, not null
         * @param balance the balance found there, not negative, not null
         */
        public PlaceCounted(int meeting, String place, MonetaryAmount balance) {
            this.meeting = positiveMeeting(meeting);
            this.place = GroupMoney.text(place, "place");
            this.minor = MinorUnits.nonNegative(Objects.requireNonNull(balance, "balance"), "balance at " + place);
            this.currency = balance.getCurrency();
        }

        @Override
        public int meeting() {
            return meeting;
        }

        /**
         * The place whose balance was checked.
         *
         * @return the place's name, never null
         */
        public String place() {
            return place;
        }

        /**
         * The balance found.
         *
         * @return the amount, not negative, never null
         */
        public MonetaryAmount balance() {
            return Amounts.of(minor, currency);
        }

        CurrencyUnit currency() {
            return currency;
        }

        long minor() {
            return minor;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PlaceCounted e && meeting == e.meeting && place.equals(e.place)
                    && currency.equals(e.currency) && minor == e.minor;
        }

        @Override
        public int hashCode() {
            return Objects.hash(meeting, place, currency, minor);
        }

        @Override
        public String toString() {
            return "PlaceCounted[meeting=" + meeting + ", place=" + SafeText.of(place) + ", balance="
                    + Amounts.format(minor, currency) + "]";
        }
    }

    /**
     * Other income comes into the loan fund at a place: bank interest, a gift of cash to the group, a fee the group
     * earned. It is profit, shared out with the rest ("bank interest is income", rules reference §12).
     */
    final class IncomeReceived extends GroupMoney implements Event {
        @Override
        public Kind kind() {
            return Kind.INCOME_RECEIVED;
        }

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param place where the cash came in: the box or a place the constitution names, not null
         * @param amount more than zero, not null
         * @param reason what it is, for example "bank interest", not blank, not null
         * @param approvedBy who agreed to it or recorded it, for example "assembly" or "treasurer", not blank, not null
         */
        public IncomeReceived(int meeting, String place, MonetaryAmount amount, String reason, String approvedBy) {
            super("IncomeReceived", meeting, place, Objects.requireNonNull(reason, "reason"),
                    Objects.requireNonNull(approvedBy, "approvedBy"), amount, "reason");
        }

        /**
         * What the income is.
         *
         * @return the reason, never null
         */
        public String reason() {
            return name();
        }

        /**
         * Who agreed to it.
         *
         * @return never null
         */
        public String approvedBy() {
            return decidedBy();
        }
    }

    /**
     * The group spends from the loan fund at a place: stationery, a padlock, a trainer's fee, a bank's fees. An expense
     * reduces the profit shared out (rules reference §12); refused if the place does not hold the cash.
     */
    final class ExpensePaid extends GroupMoney implements Event {
        @Override
        public Kind kind() {
            return Kind.EXPENSE_PAID;
        }

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param place where the cash was paid from: the box or a place the constitution names, not null
         * @param amount more than zero, not null
         * @param reason what was bought or paid for, not blank, not null
         * @param approvedBy who approved it, for example "assembly", not blank, not null
         */
        public ExpensePaid(int meeting, String place, MonetaryAmount amount, String reason, String approvedBy) {
            super("ExpensePaid", meeting, place, Objects.requireNonNull(reason, "reason"),
                    Objects.requireNonNull(approvedBy, "approvedBy"), amount, "reason");
        }

        /**
         * What the expense was for.
         *
         * @return the reason, never null
         */
        public String reason() {
            return name();
        }

        /**
         * Who approved it.
         *
         * @return never null
         */
        public String approvedBy() {
            return decidedBy();
        }
    }

    /**
     * A bank, an MFI or a programme lends to the group: the cash comes into the loan fund at a place, and the group owes
     * it to the lender (a liability, never shared out). While the group owes, the member loan cap may be the
     * constitution's higher multiple ({@link LoanPolicy#maxMultipleOfSavingsWithGroupLoan()}, the template's 5×, S6).
     */
    final class GroupLoanReceived extends GroupMoney implements Event {
        @Override
        public Kind kind() {
            return Kind.GROUP_LOAN_RECEIVED;
        }

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param lender who lent, for example "Al Amana", not blank, not null
         * @param place where the cash came in, not null
         * @param amount the principal received, more than zero, not null
         */
        public GroupLoanReceived(int meeting, String lender, String place, MonetaryAmount amount) {
            super("GroupLoanReceived", meeting, place, Objects.requireNonNull(lender, "lender"), null, amount, "lender");
        }

        /**
         * Who lent to the group.
         *
         * @return the lender's name, never null
         */
        public String lender() {
            return name();
        }
    }

    /**
     * The group repays a lender from a place: the principal lowers its debt, the interest is an expense of the group.
     * Refused if it repays more principal than it owes that lender, or if the place does not hold the cash.
     */
    final class GroupLoanRepaid extends GroupMoney implements Event {
        @Override
        public Kind kind() {
            return Kind.GROUP_LOAN_REPAID;
        }

        private final long interest;

        /**
         * Checks the event and reads the amounts.
         *
         * @param meeting the meeting number
         * @param lender who is repaid, not blank, not null
         * @param place where the cash was paid from, not null
         * @param paid everything paid to the lender, principal and interest, more than zero, not null
         * @param interest the part of it that is interest, from zero to {@code paid}, in the same currency, not null
         * @throws IllegalArgumentException if the interest is negative, more than what was paid, or in another currency
         */
        public GroupLoanRepaid(int meeting, String lender, String place, MonetaryAmount paid, MonetaryAmount interest) {
            super("GroupLoanRepaid", meeting, place, Objects.requireNonNull(lender, "lender"), null, paid, "lender");
            this.interest = MinorUnits.nonNegative(Objects.requireNonNull(interest, "interest"), "interest to " + lender);
            if (!interest.getCurrency().equals(paid.getCurrency()) || this.interest > minor()) {
                throw new IllegalArgumentException("The interest " + Amounts.format(interest) + " is part of the "
                        + Amounts.format(paid) + " paid to " + SafeText.of(lender) + ": not more, same currency");
            }
        }

        /**
         * Who is repaid.
         *
         * @return the lender's name, never null
         */
        public String lender() {
            return name();
        }

        /**
         * The part of what was paid that is interest: an expense of the group.
         *
         * @return the amount, from zero to {@link #amount()}, never null
         */
        public MonetaryAmount interest() {
            return Amounts.of(interest, currency());
        }

        long interestMinor() {
            return interest;
        }

        /**
         * The part of what was paid that repays principal.
         *
         * @return {@code amount() - interest()}, never null
         */
        public MonetaryAmount principal() {
            return Amounts.of(minor() - interest, currency());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GroupLoanRepaid e && same(e) && interest == e.interest;
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + Long.hashCode(interest);
        }

        @Override
        public String toString() {
            return super.toString().replace("]", ", interest=" + Amounts.format(interest, currency()) + "]");
        }
    }

    /**
     * The group buys property from the loan fund at a place: a mill, a sewing machine. The cash becomes property valued
     * at its cost; the group's worth is unchanged, but what is divided at share-out is cash only (rules reference §12:
     * "valued at cost"). Each item the group holds has its own name.
     */
    final class PropertyBought extends GroupMoney implements Event {
        @Override
        public Kind kind() {
            return Kind.PROPERTY_BOUGHT;
        }

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param item the item's name, for example "mill", not blank, not null
         * @param place where the cash was paid from, not null
         * @param cost what it cost, more than zero, not null
         * @param approvedBy who approved the purchase, not blank, not null
         */
        public PropertyBought(int meeting, String item, String place, MonetaryAmount cost, String approvedBy) {
            super("PropertyBought", meeting, place, Objects.requireNonNull(item, "item"),
                    Objects.requireNonNull(approvedBy, "approvedBy"), cost, "item");
        }

        /**
         * The item's name.
         *
         * @return never null
         */
        public String item() {
            return name();
        }

        /**
         * Who approved the purchase.
         *
         * @return never null
         */
        public String approvedBy() {
            return decidedBy();
        }
    }

    /**
     * Property is given to the group (a mill co-financed by an INDH project, S15): it is valued at what the giver
     * states and adds to the group's worth without any cash; it is not divided at share-out unless it is sold.
     */
    final class PropertyGiven extends GroupMoney implements Event {
        @Override
        public Kind kind() {
            return Kind.PROPERTY_GIVEN;
        }

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param item the item's name, not blank, not null
         * @param value its value, more than zero, not null
         * @param givenBy who gave it, for example "INDH", not blank, not null
         */
        public PropertyGiven(int meeting, String item, MonetaryAmount value, String givenBy) {
            super("PropertyGiven", meeting, null, Objects.requireNonNull(item, "item"),
                    Objects.requireNonNull(givenBy, "givenBy"), value, "item");
        }

        /**
         * The item's name.
         *
         * @return never null
         */
        public String item() {
            return name();
        }

        /**
         * Who gave it.
         *
         * @return never null
         */
        public String givenBy() {
            return decidedBy();
        }
    }

    /**
     * The group sells an item of its property: the price comes into the loan fund at a place, and the difference from
     * the item's value is a gain (income) or a loss (an expense). Refused if the group holds no item of that name.
     */
    final class PropertySold extends GroupMoney implements Event {
        @Override
        public Kind kind() {
            return Kind.PROPERTY_SOLD;
        }

        /**
         * Checks the event and reads the amount.
         *
         * @param meeting the meeting number
         * @param item the name of an item the group holds, not null
         * @param place where the cash came in, not null
         * @param price what it was sold for, more than zero, not null
         * @param approvedBy who approved the sale, not blank, not null
         */
        public PropertySold(int meeting, String item, String place, MonetaryAmount price, String approvedBy) {
            super("PropertySold", meeting, place, Objects.requireNonNull(item, "item"),
                    Objects.requireNonNull(approvedBy, "approvedBy"), price, "item");
        }

        /**
         * The item's name.
         *
         * @return never null
         */
        public String item() {
            return name();
        }

        /**
         * Who approved the sale.
         *
         * @return never null
         */
        public String approvedBy() {
            return decidedBy();
        }
    }

    private static int positiveMeeting(int meeting) {
        return MemberAmount.positiveMeeting(meeting);
    }
}

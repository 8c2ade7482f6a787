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
        CASH_COUNTED
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

    private static int positiveMeeting(int meeting) {
        return MemberAmount.positiveMeeting(meeting);
    }
}

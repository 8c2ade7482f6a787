package org.avec;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Something that happened at a meeting and is written in the group's records. A {@link Cycle} is the
 * constitution plus the ordered list of these events; every figure avec gives is worked out from them, so
 * replaying the same events always gives the same cycle.
 *
 * <p>Each event belongs to a meeting. A meeting is opened with {@link MeetingOpened} (meetings 1, 2, 3,
 * ... in order), and the events of that meeting follow it. The checks made here are those that need no
 * knowledge of the group (a number of shares less than one, a negative amount, an amount finer than the
 * currency's minor unit): they throw {@link IllegalArgumentException} or {@link NullPointerException}.
 * The group's rules are checked when the event is recorded in a cycle ({@link Cycle#record(Event)}),
 * which throws {@link RuleViolationException}.
 *
 * <p>All events are immutable records.
 */
public sealed interface Event {

    /**
     * The meeting this event belongs to.
     *
     * @return the meeting number, at least 1
     */
    int meeting();

    /**
     * The meeting is opened: the next meeting of the cycle begins. Service charges and late penalties
     * that fall due at this meeting are worked out now.
     *
     * @param meeting the meeting number: one more than the last meeting
     * @param date the date of the meeting, after the last meeting's date, not null
     */
    record MeetingOpened(int meeting, LocalDate date) implements Event {
        /**
         * Checks the event.
         *
         * @param meeting see the record description
         * @param date see the record description
         */
        public MeetingOpened {
            positiveMeeting(meeting);
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * A new member joins the group during the cycle (members who start the cycle are given to
     * {@link Cycle#start(Constitution, MonetaryAmount, MonetaryAmount, java.util.Collection)}).
     *
     * @param meeting the meeting number
     * @param member the new member's id, not used by any other member, not null
     * @param name the member's name, not blank, not null
     */
    record MemberJoined(int meeting, MemberId member, String name) implements Event {
        /**
         * Checks the event.
         *
         * @param meeting see the record description
         * @param member see the record description
         * @param name see the record description
         */
        public MemberJoined {
            positiveMeeting(meeting);
            Objects.requireNonNull(member, "member");
            Member.checkName(name);
        }
    }

    /** Whether a member came to a meeting. */
    enum Presence {
        /** Present on time. */
        PRESENT,
        /** Present, but late. */
        LATE,
        /** Absent. */
        ABSENT
    }

    /**
     * Attendance at a meeting, taken once for each member.
     *
     * @param meeting the meeting number
     * @param member the member, not null
     * @param presence present, late or absent, not null
     */
    record Attendance(int meeting, MemberId member, Presence presence) implements Event {
        /**
         * Checks the event.
         *
         * @param meeting see the record description
         * @param member see the record description
         * @param presence see the record description
         */
        public Attendance {
            positiveMeeting(meeting);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(presence, "presence");
        }
    }

    /**
     * A member buys shares: {@code shares × share value} goes into the loan fund as the member's savings.
     *
     * @param meeting the meeting number
     * @param member the member, not null
     * @param shares how many, between the constitution's minimum and maximum per meeting
     */
    record SharesBought(int meeting, MemberId member, int shares) implements Event {
        /**
         * Checks the event.
         *
         * @param meeting see the record description
         * @param member see the record description
         * @param shares see the record description
         */
        public SharesBought {
            positiveMeeting(meeting);
            Objects.requireNonNull(member, "member");
            if (shares < 1) {
                throw new IllegalArgumentException("A member buys at least one share, not " + shares + " (member " + member + ")");
            }
        }
    }

    /**
     * A member pays the social-fund contribution for this meeting.
     *
     * @param meeting the meeting number
     * @param member the member, not null
     * @param amount the contribution, which must equal the constitution's, not null
     */
    record SocialFundPaid(int meeting, MemberId member, MonetaryAmount amount) implements Event {
        /**
         * Checks the event and holds the amount at the currency's scale.
         *
         * @param meeting see the record description
         * @param member see the record description
         * @param amount see the record description
         */
        public SocialFundPaid {
            positiveMeeting(meeting);
            Objects.requireNonNull(member, "member");
            amount = Amounts.positive(amount, "social-fund contribution of " + member);
        }
    }

    /**
     * A fine from the constitution's schedule is charged to a member; it is owed until paid.
     *
     * @param meeting the meeting number
     * @param member the member, not null
     * @param fine the fine's name in the schedule, not null
     */
    record FineCharged(int meeting, MemberId member, String fine) implements Event {
        /**
         * Checks the event.
         *
         * @param meeting see the record description
         * @param member see the record description
         * @param fine see the record description
         */
        public FineCharged {
            positiveMeeting(meeting);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(fine, "fine");
        }
    }

    /**
     * A member pays fines owed; the money goes to the loan fund.
     *
     * @param meeting the meeting number
     * @param member the member, not null
     * @param amount at most what the member owes in fines, more than zero, not null
     */
    record FinePaid(int meeting, MemberId member, MonetaryAmount amount) implements Event {
        /**
         * Checks the event and holds the amount at the currency's scale.
         *
         * @param meeting see the record description
         * @param member see the record description
         * @param amount see the record description
         */
        public FinePaid {
            positiveMeeting(meeting);
            Objects.requireNonNull(member, "member");
            amount = Amounts.positive(amount, "fine paid by " + member);
        }
    }

    /**
     * A grant from the social fund to a member in need (an emergency, a funeral). Grants are never repaid.
     *
     * @param meeting the meeting number
     * @param member the member helped, not null
     * @param amount at most what is in the social fund, more than zero, not null
     * @param reason why the group gave it, not null
     */
    record GrantPaid(int meeting, MemberId member, MonetaryAmount amount, String reason) implements Event {
        /**
         * Checks the event and holds the amount at the currency's scale.
         *
         * @param meeting see the record description
         * @param member see the record description
         * @param amount see the record description
         * @param reason see the record description
         */
        public GrantPaid {
            positiveMeeting(meeting);
            Objects.requireNonNull(member, "member");
            amount = Amounts.positive(amount, "grant to " + member);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A loan is paid out of the loan fund's cash to a member.
     *
     * @param meeting the meeting number
     * @param member the borrower, not null
     * @param principal the amount lent, more than zero, not null
     * @param termPeriods the term in charging periods, at least 1
     */
    record LoanIssued(int meeting, MemberId member, MonetaryAmount principal, int termPeriods) implements Event {
        /**
         * Checks the event and holds the principal at the currency's scale.
         *
         * @param meeting see the record description
         * @param member see the record description
         * @param principal see the record description
         * @param termPeriods see the record description
         */
        public LoanIssued {
            positiveMeeting(meeting);
            Objects.requireNonNull(member, "member");
            principal = Amounts.positive(principal, "loan principal for " + member);
            if (termPeriods < 1) {
                throw new IllegalArgumentException("A loan's term is at least one charging period, not " + termPeriods);
            }
        }
    }

    /**
     * A member repays. The money pays the member's loans oldest first; on each loan it pays the service
     * charges and penalties due first, then the principal.
     *
     * @param meeting the meeting number
     * @param member the borrower, not null
     * @param amount at most what the member owes, more than zero, not null
     */
    record LoanRepaid(int meeting, MemberId member, MonetaryAmount amount) implements Event {
        /**
         * Checks the event and holds the amount at the currency's scale.
         *
         * @param meeting see the record description
         * @param member see the record description
         * @param amount see the record description
         */
        public LoanRepaid {
            positiveMeeting(meeting);
            Objects.requireNonNull(member, "member");
            amount = Amounts.positive(amount, "repayment by " + member);
        }
    }

    /**
     * The group extends the term of a member's oldest outstanding loan.
     *
     * @param meeting the meeting number
     * @param member the borrower, not null
     * @param extraPeriods how many charging periods are added, at least 1
     * @param decidedBy who decided (for example "general assembly"), not null
     */
    record LoanRescheduled(int meeting, MemberId member, int extraPeriods, String decidedBy) implements Event {
        /**
         * Checks the event.
         *
         * @param meeting see the record description
         * @param member see the record description
         * @param extraPeriods see the record description
         * @param decidedBy see the record description
         */
        public LoanRescheduled {
            positiveMeeting(meeting);
            Objects.requireNonNull(member, "member");
            if (extraPeriods < 1) {
                throw new IllegalArgumentException("A reschedule adds at least one period, not " + extraPeriods);
            }
            Objects.requireNonNull(decidedBy, "decidedBy");
        }
    }

    /**
     * The group writes off everything a member still owes on loans (for example on the member's death).
     * Unpaid charges are cancelled; the principal is covered as the constitution says.
     *
     * @param meeting the meeting number
     * @param member the borrower, not null
     * @param decidedBy who decided, not null
     * @param reason why, not null
     */
    record LoanWrittenOff(int meeting, MemberId member, String decidedBy, String reason) implements Event {
        /**
         * Checks the event.
         *
         * @param meeting see the record description
         * @param member see the record description
         * @param decidedBy see the record description
         * @param reason see the record description
         */
        public LoanWrittenOff {
            positiveMeeting(meeting);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A member leaves the group before share-out and is settled now, as the constitution says; unpaid fines
     * are deducted. The member is not paid again at share-out.
     *
     * @param meeting the meeting number
     * @param member the member leaving, with no loan outstanding, not null
     */
    record MemberLeft(int meeting, MemberId member) implements Event {
        /**
         * Checks the event.
         *
         * @param meeting see the record description
         * @param member see the record description
         */
        public MemberLeft {
            positiveMeeting(meeting);
            Objects.requireNonNull(member, "member");
        }
    }

    /**
     * The cash in each box is counted; it must equal what the records say.
     *
     * @param meeting the meeting number
     * @param loanFund the cash counted in the loan fund, not negative, not null
     * @param socialFund the cash counted in the social fund, not negative, not null
     */
    record CashCounted(int meeting, MonetaryAmount loanFund, MonetaryAmount socialFund) implements Event {
        /**
         * Checks the event and holds the amounts at the currency's scale.
         *
         * @param meeting see the record description
         * @param loanFund see the record description
         * @param socialFund see the record description
         */
        public CashCounted {
            positiveMeeting(meeting);
            loanFund = Amounts.nonNegative(loanFund, "loan fund counted");
            socialFund = Amounts.nonNegative(socialFund, "social fund counted");
        }
    }

    private static void positiveMeeting(int meeting) {
        if (meeting < 1) {
            throw new IllegalArgumentException("Meetings are numbered from 1, not " + meeting);
        }
    }
}

package org.avec;

import javax.money.MonetaryAmount;

/**
 * One loan's statement: what was lent, what fell due and what was paid, and what is still owed.
 * Service charges and penalties are income of the group only when paid.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the loan's number in the cycle, 1 for the first loan issued
 * @param member the borrower
 * @param issuedAt the meeting at which the loan was paid out
 * @param termPeriods the term in charging periods (after any reschedule)
 * @param dueMeeting the meeting by which it is to be repaid
 * @param principal the amount lent
 * @param chargesDue the service charges that have fallen due so far
 * @param chargesPaid the service charges paid
 * @param penaltiesDue the late penalties that have fallen due so far
 * @param penaltiesPaid the late penalties paid
 * @param principalRepaid the principal repaid
 * @param principalWrittenOff the principal written off
 * @param writtenOffCovered the part of the written-off principal that the social fund paid back to the loan fund
 * @param principalOutstanding the principal still owed
 * @param owed principal outstanding plus charges and penalties due and unpaid
 * @param status open, repaid or written off
 * @param closedAt the meeting at which it was repaid or written off, 0 while open
 * @param meetingsLate how many meetings past its due meeting it is (0 if not late or closed)
 * @param daysLate days from the due meeting to the current meeting, by the recorded meeting dates (0 if not late)
 * @param rescheduledBy who last extended its term, empty if never
 * @param writtenOffBy who decided the write-off, empty if none
 * @param writeOffReason why it was written off, empty if not
 * @param purpose what the loan is for, as recorded when it was issued
 */
public record LoanStatement(int number, MemberId member, int issuedAt, int termPeriods, int dueMeeting,
        MonetaryAmount principal, MonetaryAmount chargesDue, MonetaryAmount chargesPaid, MonetaryAmount penaltiesDue,
        MonetaryAmount penaltiesPaid, MonetaryAmount principalRepaid, MonetaryAmount principalWrittenOff,
        MonetaryAmount writtenOffCovered, MonetaryAmount principalOutstanding, MonetaryAmount owed, Status status,
        int closedAt, int meetingsLate, long daysLate, String rescheduledBy, String writtenOffBy,
        String writeOffReason, LoanPurpose purpose) {

    /** Where a loan stands. */
    public enum Status {
        /** Principal or charges are still owed. */
        OPEN,
        /** Repaid in full: principal and every charge that fell due. */
        REPAID,
        /** Written off by the group. */
        WRITTEN_OFF
    }

    /**
     * Whether the loan is past its due meeting and still open.
     *
     * @return true if overdue
     */
    public boolean isOverdue() {
        return meetingsLate > 0;
    }
}

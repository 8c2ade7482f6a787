package org.avec;

/**
 * One loan in the group's books: the principal lent, the service charges and penalties that fell due and what
 * was paid of each, and how it ended (repaid or written off). Changed only while a new {@link Books} is being
 * built, on a {@linkplain #copy() copy} owned by that build.
 */
final class Loan implements Cloneable {
    final int number;
    final MemberId borrower;
    final int issuedAt;
    final long principal;
    final LoanPurpose purpose;
    int termPeriods;
    int dueMeeting;
    long principalRepaid;
    long principalWrittenOff;
    long writtenOffCovered;
    long chargesDue;
    long chargesPaid;
    long penaltiesDue;
    long penaltiesPaid;
    long chargesWaived;
    int closedAt;
    String rescheduledBy;
    String writtenOffBy;
    String writeOffReason;
    /** The build of {@link Books} that made this loan or this copy of it, and so may change it in place; else null. */
    Object owner;

    Loan(int number, MemberId borrower, int issuedAt, long principal, int termPeriods, int dueMeeting,
            LoanPurpose purpose) {
        this.number = number;
        this.purpose = purpose;
        this.borrower = borrower;
        this.issuedAt = issuedAt;
        this.principal = principal;
        this.termPeriods = termPeriods;
        this.dueMeeting = dueMeeting;
    }

    /** A copy with every field, owned by {@code owner}. */
    Loan copy(Object owner) {
        try {
            Loan l = (Loan) super.clone();
            l.owner = owner;
            return l;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    long principalOutstanding() {
        return principal - principalRepaid - principalWrittenOff;
    }

    long chargesUnpaid() {
        return chargesDue + penaltiesDue - chargesPaid - penaltiesPaid - chargesWaived;
    }

    long owed() {
        return principalOutstanding() + chargesUnpaid();
    }
}

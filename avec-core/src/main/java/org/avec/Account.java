package org.avec;

/**
 * One member's running account in the group's books: shares and savings, social fund paid, fines, the loans she
 * holds now, attendance, and what she was paid if she left. Changed only while a new {@link Books} is being
 * built, and then only on a {@linkplain #copy() copy} owned by that build.
 */
final class Account implements Cloneable {
    static final Loan[] NO_LOANS = new Loan[0];

    final MemberId id;
    final String name;
    final Profile profile;
    final int joinedAt;
    int leftAt;
    long shares;
    /** Σ shares × meetings from the purchase to the share-out, counting both (see {@link Savings#buyShares}). */
    long shareMeetings;
    long savings;
    long socialPaid;
    long finesCharged;
    long finesPaid;
    long finesWaived;
    long chargesPaid;
    long penaltiesPaid;
    long socialLoan;
    long settlement;
    int lastShareMeeting;
    int lastSocialMeeting;
    int lastAttendanceMeeting;
    int present;
    int late;
    int absent;
    int represented;
    /** Her attendance at the meeting {@link #lastAttendanceMeeting}. */
    Event.Presence lastPresence;
    /** The loans not yet repaid or written off, oldest first. Never changed in place: replaced. */
    Loan[] loansOpen = NO_LOANS;

    Account(MemberId id, String name, Profile profile, int joinedAt) {
        this.id = id;
        this.name = name;
        this.profile = profile;
        this.joinedAt = joinedAt;
    }

    /** A copy with every field (the loans array is shared: it is replaced, never changed in place). */
    Account copy() {
        try {
            return (Account) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    long finesOwed() {
        return finesCharged - finesPaid - finesWaived;
    }

    long principalOutstanding() {
        long s = 0;
        for (Loan l : loansOpen) {
            s += l.principalOutstanding();
        }
        return s;
    }

    long owedOnLoans() {
        long s = 0;
        for (Loan l : loansOpen) {
            s += l.owed();
        }
        return s;
    }

    boolean active() {
        return leftAt == 0;
    }
}

package org.avec;

import java.time.LocalDate;

/**
 * What happened at one meeting, in minor units: attendance, what came into and went out of each box, and the
 * boxes as the meeting closed. The open meeting's totals are changed while a new {@link Books} is being built.
 */
final class MeetingTotals implements Cloneable {
    final int meeting;
    final LocalDate date;
    int present;
    int late;
    int absent;
    int represented;
    long sharesBought;
    long savings;
    long socialIn;
    long finesCharged;
    long finesPaid;
    long grants;
    long lent;
    long principalRepaid;
    long chargesPaid;
    long penaltiesPaid;
    long writtenOff;
    long leaverPayouts;
    long loanFundAtStart;
    long socialFundAtStart;
    long socialLent;
    long socialRepaid;
    long finesToSocial;
    long writeOffCovered;
    long otherIncome;
    long expenses;
    long groupBorrowed;
    long groupRepaid;
    long groupInterest;
    long propertyBought;
    long propertySold;
    long loanFundAtEnd;
    long socialFundAtEnd;
    long outstandingAtEnd;

    MeetingTotals(int meeting, LocalDate date) {
        this.meeting = meeting;
        this.date = date;
    }

    /** A copy with every field. */
    MeetingTotals copy() {
        try {
            return (MeetingTotals) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}

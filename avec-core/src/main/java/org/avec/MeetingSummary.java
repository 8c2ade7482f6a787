package org.avec;

import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.avec.internal.Amounts;

/**
 * What happened at one meeting, and what was in the boxes when it began and ended: the figures a group's secretary
 * reads out before the boxes are locked. Each box reconciles: its cash at the start plus what came in less what went
 * out is its cash at the end ({@link #loanFundMovements()}, {@link #socialFundMovements()}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param meeting the meeting number
 * @param date the meeting's date
 * @param present members present on time
 * @param late members present but late
 * @param absent members absent
 * @param represented members absent who sent a representative
 * @param sharesBought shares bought at the meeting
 * @param savings money paid in for shares
 * @param socialFundIn social-fund contributions paid in
 * @param finesCharged fines charged
 * @param finesPaid fines paid into the loan fund
 * @param grants social-fund grants paid out
 * @param loansIssued principal lent out
 * @param principalRepaid principal repaid
 * @param chargesPaid service charges paid
 * @param penaltiesPaid late penalties paid
 * @param writtenOff principal written off
 * @param paidToLeavers the settlements of members who left, paid from the loan fund's box; what a leaver owed on
 *     loans and in fines came back from her settlement and is counted as repaid and paid (she was handed the rest)
 * @param loanFundCash cash in the loan fund at the end of the meeting
 * @param socialFundCash cash in the social fund at the end of the meeting
 * @param loansOutstanding principal out on loan at the end of the meeting
 * @param loanFundCashAtStart cash in the loan fund when the meeting opened
 * @param socialFundCashAtStart cash in the social fund when the meeting opened
 * @param socialFundLent interest-free loans paid out of the social fund
 * @param socialFundRepaid social-fund loans repaid into it
 * @param finesToSocialFund fines paid into the social fund (where the constitution sends fines there), those kept
 *     back from leavers included
 * @param writeOffCovered principal of written-off loans that the social fund paid into the loan fund
 */
public record MeetingSummary(int meeting, LocalDate date, int present, int late, int absent, int represented, long sharesBought,
        MonetaryAmount savings, MonetaryAmount socialFundIn, MonetaryAmount finesCharged, MonetaryAmount finesPaid,
        MonetaryAmount grants, MonetaryAmount loansIssued, MonetaryAmount principalRepaid, MonetaryAmount chargesPaid,
        MonetaryAmount penaltiesPaid, MonetaryAmount writtenOff, MonetaryAmount paidToLeavers,
        MonetaryAmount loanFundCash, MonetaryAmount socialFundCash, MonetaryAmount loansOutstanding,
        MonetaryAmount loanFundCashAtStart, MonetaryAmount socialFundCashAtStart, MonetaryAmount socialFundLent,
        MonetaryAmount socialFundRepaid, MonetaryAmount finesToSocialFund, MonetaryAmount writeOffCovered) {

    /**
     * What came into the loan fund's box at this meeting less what went out: savings + fines + service charges + late
     * penalties + principal repaid + the social fund's cover of write-offs − loans issued − leavers' settlements.
     * {@code loanFundCashAtStart + loanFundMovements = loanFundCash}.
     *
     * @return the net movement, never null
     */
    public MonetaryAmount loanFundMovements() {
        return savings.add(finesPaid).add(chargesPaid).add(penaltiesPaid).add(principalRepaid).add(writeOffCovered)
                .subtract(loansIssued).subtract(paidToLeavers);
    }

    /**
     * What came into the social fund at this meeting less what went out: contributions (and leftovers kept) + fines
     * paid into it (those kept back from leavers included) + social-fund loans repaid − grants − social-fund loans − the
     * cover of write-offs. {@code socialFundCashAtStart + socialFundMovements = socialFundCash}.
     *
     * @return the net movement, never null
     */
    public MonetaryAmount socialFundMovements() {
        return socialFundIn.add(finesToSocialFund).add(socialFundRepaid).subtract(grants)
                .subtract(socialFundLent).subtract(writeOffCovered);
    }

    /** One line: the meeting, what came in and went out, and the boxes at the end. */
    @Override
    public String toString() {
        return "Meeting " + meeting + " (" + date + "): " + present + " present, " + late + " late, " + absent
                + " absent" + (represented == 0 ? "" : ", " + represented + " represented") + "; " + sharesBought + " shares " + Amounts.format(savings) + ", social fund in "
                + Amounts.format(socialFundIn) + ", fines " + Amounts.format(finesPaid) + ", grants "
                + Amounts.format(grants) + ", lent " + Amounts.format(loansIssued) + ", repaid "
                + Amounts.format(principalRepaid) + " + charges " + Amounts.format(chargesPaid.add(penaltiesPaid))
                + "; loan fund " + Amounts.format(loanFundCash) + " cash + " + Amounts.format(loansOutstanding)
                + " out, social fund " + Amounts.format(socialFundCash);
    }
}

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
 * @param otherIncome other income into the loan fund, such as bank interest
 * @param expenses the group's expenses paid from the loan fund (the interest it paid on a loan to the group is apart)
 * @param groupLoansReceived loans to the group received from a bank, an MFI or a programme
 * @param groupLoansRepaid principal the group repaid to its lenders
 * @param groupLoanInterest interest the group paid to its lenders: an expense
 * @param propertyBought property bought from the loan fund, at its cost
 * @param propertySold property sold, at its price
 */
public record MeetingSummary(int meeting, LocalDate date, int present, int late, int absent, int represented, long sharesBought,
        MonetaryAmount savings, MonetaryAmount socialFundIn, MonetaryAmount finesCharged, MonetaryAmount finesPaid,
        MonetaryAmount grants, MonetaryAmount loansIssued, MonetaryAmount principalRepaid, MonetaryAmount chargesPaid,
        MonetaryAmount penaltiesPaid, MonetaryAmount writtenOff, MonetaryAmount paidToLeavers,
        MonetaryAmount loanFundCash, MonetaryAmount socialFundCash, MonetaryAmount loansOutstanding,
        MonetaryAmount loanFundCashAtStart, MonetaryAmount socialFundCashAtStart, MonetaryAmount socialFundLent,
        MonetaryAmount socialFundRepaid, MonetaryAmount finesToSocialFund, MonetaryAmount writeOffCovered,
        MonetaryAmount otherIncome, MonetaryAmount expenses, MonetaryAmount groupLoansReceived,
        MonetaryAmount groupLoansRepaid, MonetaryAmount groupLoanInterest, MonetaryAmount propertyBought,
        MonetaryAmount propertySold) {

    /**
     * A meeting's summary with the components of avec 0.3: other income, expenses, loans to the group and property all
     * zero (a group that keeps all its money in the box).
     *
     * @param meeting the meeting number
     * @param date the meeting's date
     * @param present members present on time
     * @param late members present but late
     * @param absent members absent
     * @param represented members absent who sent a representative
     * @param sharesBought shares bought
     * @param savings money paid in for shares
     * @param socialFundIn social-fund contributions
     * @param finesCharged fines charged
     * @param finesPaid fines paid into the loan fund
     * @param grants social-fund grants
     * @param loansIssued principal lent
     * @param principalRepaid principal repaid
     * @param chargesPaid service charges paid
     * @param penaltiesPaid late penalties paid
     * @param writtenOff principal written off
     * @param paidToLeavers leavers' settlements
     * @param loanFundCash loan-fund cash at the end
     * @param socialFundCash social-fund cash at the end
     * @param loansOutstanding principal out at the end
     * @param loanFundCashAtStart loan-fund cash at the start
     * @param socialFundCashAtStart social-fund cash at the start
     * @param socialFundLent social-fund loans
     * @param socialFundRepaid social-fund loans repaid
     * @param finesToSocialFund fines paid into the social fund
     * @param writeOffCovered write-offs the social fund covered
     */
    public MeetingSummary(int meeting, LocalDate date, int present, int late, int absent, int represented,
            long sharesBought, MonetaryAmount savings, MonetaryAmount socialFundIn, MonetaryAmount finesCharged,
            MonetaryAmount finesPaid, MonetaryAmount grants, MonetaryAmount loansIssued, MonetaryAmount principalRepaid,
            MonetaryAmount chargesPaid, MonetaryAmount penaltiesPaid, MonetaryAmount writtenOff,
            MonetaryAmount paidToLeavers, MonetaryAmount loanFundCash, MonetaryAmount socialFundCash,
            MonetaryAmount loansOutstanding, MonetaryAmount loanFundCashAtStart, MonetaryAmount socialFundCashAtStart,
            MonetaryAmount socialFundLent, MonetaryAmount socialFundRepaid, MonetaryAmount finesToSocialFund,
            MonetaryAmount writeOffCovered) {
        this(meeting, date, present, late, absent, represented, sharesBought, savings, socialFundIn, finesCharged,
                finesPaid, grants, loansIssued, principalRepaid, chargesPaid, penaltiesPaid, writtenOff, paidToLeavers,
                loanFundCash, socialFundCash, loansOutstanding, loanFundCashAtStart, socialFundCashAtStart,
                socialFundLent, socialFundRepaid, finesToSocialFund, writeOffCovered, savings.multiply(0),
                savings.multiply(0), savings.multiply(0), savings.multiply(0), savings.multiply(0), savings.multiply(0),
                savings.multiply(0));
    }

    /**
     * What came into the loan fund's box at this meeting less what went out: savings + fines + service charges + late
     * penalties + principal repaid + the social fund's cover of write-offs + other income + loans to the group + property
     * sold − loans issued − leavers' settlements − expenses − repayments to the group's lenders (principal and
     * interest) − property bought. Cash moved between the box and a bank or wallet is no movement: the loan fund's cash
     * is counted at every place. {@code loanFundCashAtStart + loanFundMovements = loanFundCash}.
     *
     * @return the net movement, never null
     */
    public MonetaryAmount loanFundMovements() {
        return savings.add(finesPaid).add(chargesPaid).add(penaltiesPaid).add(principalRepaid).add(writeOffCovered)
                .subtract(loansIssued).subtract(paidToLeavers).add(otherIncome).add(groupLoansReceived)
                .add(propertySold).subtract(expenses).subtract(groupLoansRepaid).subtract(groupLoanInterest)
                .subtract(propertyBought);
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

package org.avec;

import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.avec.internal.Amounts;

/**
 * What happened at one meeting, and what was in the boxes when it ended: the figures a group's secretary
 * reads out before the boxes are locked.
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
 * @param finesPaid fines paid (into the loan fund)
 * @param grants social-fund grants paid out
 * @param loansIssued principal lent out
 * @param principalRepaid principal repaid
 * @param chargesPaid service charges paid
 * @param penaltiesPaid late penalties paid
 * @param writtenOff principal written off
 * @param paidToLeavers cash paid to members who left
 * @param loanFundCash cash in the loan fund at the end of the meeting
 * @param socialFundCash cash in the social fund at the end of the meeting
 * @param loansOutstanding principal out on loan at the end of the meeting
 */
public record MeetingSummary(int meeting, LocalDate date, int present, int late, int absent, int represented, long sharesBought,
        MonetaryAmount savings, MonetaryAmount socialFundIn, MonetaryAmount finesCharged, MonetaryAmount finesPaid,
        MonetaryAmount grants, MonetaryAmount loansIssued, MonetaryAmount principalRepaid, MonetaryAmount chargesPaid,
        MonetaryAmount penaltiesPaid, MonetaryAmount writtenOff, MonetaryAmount paidToLeavers,
        MonetaryAmount loanFundCash, MonetaryAmount socialFundCash, MonetaryAmount loansOutstanding) {

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

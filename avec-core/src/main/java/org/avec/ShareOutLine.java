package org.avec;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * One member's line of the share-out statement.
 *
 * <p>Read it as: the member's base (nothing by shares; her savings, and under "loan-based" the charges she paid, by
 * the other methods) plus her {@code weight} times the exact value per unit of weight gives the
 * {@code exactEntitlement}; rounded to the cash unit it is the {@code gross} payout; what the member still owes the
 * group ({@code deduction}) is taken off, leaving the {@code net} payout handed over from the loan fund. A member
 * whose payout would not cover what she owes forfeits her shares to the others: she receives nothing, nothing is
 * deducted, and the principal she still owes is the {@code shortfall}, a loss to the group. Her part of the social
 * fund, if the constitution shares it out, is {@code socialFundShare}, paid from the social fund's box.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param member the member's id
 * @param name the member's name
 * @param shares the shares bought this cycle
 * @param weight the member's weight in the share-out: shares, share-meetings or 1, by the method; 0 if she forfeited
 *     her shares
 * @param savings the member's savings this cycle
 * @param exactEntitlement base + weight × exact value per unit of weight, in major units, before rounding (zero if
 *     she forfeited her shares)
 * @param gross the entitlement rounded to the cash unit
 * @param deduction what the member owed (loans, charges, fines) and is taken from the payout
 * @param net the cash handed to the member from the loan fund
 * @param shortfall the principal the member still owes and will not repay, because her shares did not cover her
 *     debt: the group's loss
 * @param sharesSetAgainstDebt true if the member forfeited her shares (her payout did not cover her debt), so she is
 *     not counted in the value per share
 * @param socialFundShare her part of the social fund, when the constitution shares it out; zero otherwise
 */
public record ShareOutLine(MemberId member, String name, long shares, long weight, MonetaryAmount savings,
        BigDecimal exactEntitlement, MonetaryAmount gross, MonetaryAmount deduction, MonetaryAmount net,
        MonetaryAmount shortfall, boolean sharesSetAgainstDebt, MonetaryAmount socialFundShare) {

    /**
     * All the cash handed to the member at share-out: her net payout from the loan fund and her part of the social
     * fund.
     *
     * @return the total, never null
     */
    public MonetaryAmount handedOver() {
        return net.add(socialFundShare);
    }
}

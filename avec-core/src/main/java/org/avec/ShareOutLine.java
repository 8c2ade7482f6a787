package org.avec;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * One member's line of the share-out statement.
 *
 * <p>Read it as: the member's {@code weight} (shares, or share-meetings when time-weighted) times the exact
 * value per unit of weight gives the {@code exactEntitlement}; rounded to the cash unit it is the
 * {@code gross} payout; what the member still owes the group ({@code deduction}) is taken off, leaving the
 * {@code net} payout handed over. A member whose shares are worth less than the debt receives nothing: the
 * value of the shares is set against the debt and the rest is the {@code shortfall}, a loss to the group.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param member the member's id
 * @param name the member's name
 * @param shares the shares bought this cycle
 * @param weight the member's weight in the share-out: shares, or share-meetings when time-weighted
 * @param savings the member's savings this cycle
 * @param exactEntitlement weight × exact value per unit of weight, in major units, before rounding
 * @param gross the entitlement rounded to the cash unit (for a member whose debt exceeds it: the value of
 *     the shares set against the debt, to the minor unit)
 * @param deduction what the member owed (loans, charges, fines) and is taken from the payout
 * @param net the cash handed to the member
 * @param shortfall what the member owed beyond the payout: not recovered, a loss of the group
 * @param sharesSetAgainstDebt true if the member's debt was at least the payout, so the member's shares were
 *     set against the debt and the member is not counted in the value per share
 */
public record ShareOutLine(MemberId member, String name, long shares, long weight, MonetaryAmount savings,
        BigDecimal exactEntitlement, MonetaryAmount gross, MonetaryAmount deduction, MonetaryAmount net,
        MonetaryAmount shortfall, boolean sharesSetAgainstDebt) {
}

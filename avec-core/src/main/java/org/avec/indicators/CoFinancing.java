package org.avec.indicators;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.avec.Allocation;

/**
 * How an income-generating project (AGR) is paid for: a co-financier (for example the INDH) pays a share of its cost
 * and the beneficiaries (the members, their association or cooperative) contribute the rest, which the group's
 * share-out and a loan may cover. The cost is split exactly to the minor unit by the largest remainder
 * ({@link Allocation}): 297,800 MAD at 70% is 208,460 + 89,340; 100.01 at 70% is 70.01 + 30.00. The shares are
 * parameters: the 70% / 30% split is an example, not a rule found in any source.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param cost the project's cost
 * @param coFinancierPercent the co-financier's share of the cost in percent, from 0 to 100, at most 2 decimals
 * @param coFinancier what the co-financier pays
 * @param contribution what the beneficiaries contribute: cost − co-financier's part
 * @param fromShareOut the part of the contribution paid from members' share-out payouts
 * @param fromLoan the part of the contribution paid with a loan
 * @param stillToFind the part of the contribution not yet covered
 */
public record CoFinancing(MonetaryAmount cost, BigDecimal coFinancierPercent, MonetaryAmount coFinancier,
        MonetaryAmount contribution, MonetaryAmount fromShareOut, MonetaryAmount fromLoan, MonetaryAmount stillToFind) {

    /**
     * Checks that the parts add up: co-financier + contribution = cost; share-out + loan + still to find =
     * contribution; nothing negative.
     *
     * @param cost see the record description
     * @param coFinancierPercent see the record description
     * @param coFinancier see the record description
     * @param contribution see the record description
     * @param fromShareOut see the record description
     * @param fromLoan see the record description
     * @param stillToFind see the record description
     */
    public CoFinancing {
        for (MonetaryAmount a : new MonetaryAmount[] {cost, coFinancier, contribution, fromShareOut, fromLoan, stillToFind}) {
            if (Objects.requireNonNull(a, "amount").isNegative() || !a.getCurrency().equals(cost.getCurrency())) {
                throw new IllegalArgumentException("The amounts of a co-financing are in one currency and not negative: " + a);
            }
        }
        if (!coFinancier.add(contribution).isEqualTo(cost)
                || !fromShareOut.add(fromLoan).add(stillToFind).isEqualTo(contribution)) {
            throw new IllegalArgumentException("The parts of a co-financing add up: " + coFinancier + " + " + contribution
                    + " = " + cost + ", " + fromShareOut + " + " + fromLoan + " + " + stillToFind + " = " + contribution);
        }
        percent(coFinancierPercent);
    }

    /**
     * A project's cost split between a co-financier and the beneficiaries, nothing of the contribution covered yet.
     *
     * @param cost the project's cost, not negative, not null
     * @param coFinancierPercent the co-financier's share in percent, from 0 to 100, at most 2 decimals (70, 66.67)
     * @return the plan, never null
     * @throws IllegalArgumentException if the share is out of bounds or finer than 0.01%
     */
    public static CoFinancing of(MonetaryAmount cost, BigDecimal coFinancierPercent) {
        long basisPoints = percent(coFinancierPercent);
        Allocation<String> split = Allocation.of(cost, Map.of("a co-financier", basisPoints, "b contribution",
                10_000 - basisPoints));
        MonetaryAmount contribution = split.part("b contribution");
        MonetaryAmount zero = cost.multiply(0);
        return new CoFinancing(cost, coFinancierPercent, split.part("a co-financier"), contribution, zero, zero,
                contribution);
    }

    /**
     * This plan with the contribution covered, first by members' share-out payouts, then by a loan.
     *
     * @param shareOut paid from the share-out, not negative, not null
     * @param loan paid with a loan, not negative, not null
     * @return a new plan, never null
     * @throws IllegalArgumentException if the two together are more than the contribution
     */
    public CoFinancing coveredBy(MonetaryAmount shareOut, MonetaryAmount loan) {
        MonetaryAmount covered = shareOut.add(loan);
        if (covered.isGreaterThan(contribution)) {
            throw new IllegalArgumentException("The beneficiaries' contribution is " + contribution + "; " + shareOut
                    + " from the share-out and " + loan + " from a loan is more than it");
        }
        return new CoFinancing(cost, coFinancierPercent, coFinancier, contribution, shareOut, loan,
                contribution.subtract(covered));
    }

    private static long percent(BigDecimal p) {
        Objects.requireNonNull(p, "coFinancierPercent");
        if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 || p.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("A co-financier's share is from 0 to 100 percent, to 0.01 at most, not "
                    + p.toPlainString());
        }
        return p.movePointRight(2).longValueExact();
    }
}

package org.avec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.internal.Amounts;

/**
 * The arithmetic of money, in one place. The group counts in coins and notes; avec counts in the currency's
 * smallest unit (the centime of the dirham, the minor unit), as exact {@code long}s, and never rounds without a
 * stated rule. Three operations make every figure:
 * <ul>
 *   <li><b>reading an amount</b> ({@link Amounts#minor}, shared with the indicators): an amount given as a
 *       {@link MonetaryAmount} becomes whole minor units, or is refused if it is finer than the currency allows or
 *       too large to count; here, the amounts that must be positive or in the group's currency;</li>
 *   <li><b>a rate times an amount</b> ({@link #times}): a service charge (10% a month of 1,000 MAD) or a loan cap
 *       (3 × savings), rounded to a unit by a rounding mode;</li>
 *   <li><b>a part of a total by weight, rounded down</b> ({@link #partDown}): a member's share of the box by her
 *       shares, and its {@linkplain #exactPart exact} value before rounding ({@link LargestRemainder} hands out the
 *       whole units the rounding leaves).</li>
 * </ul>
 * Each has a fast path in {@code long}s and an exact path in {@code BigInteger}/{@code BigDecimal} side by side;
 * the fast path steps aside whenever a {@code long} could overflow. {@code MinorUnitsProperties} checks that both
 * paths give the same result. Nothing outside avec sees minor units.
 */
final class MinorUnits {

    private MinorUnits() {}

    /** Digits beyond the minor unit kept in an exact part (value per share, a member's exact entitlement). */
    static final int EXACT_DIGITS = 10;

    // ------------------------------------------------------------------ reading and writing amounts

    /** Reads an amount that must be more than zero. */
    static long positive(MonetaryAmount amount, String what) {
        long m = Amounts.minor(amount, what);
        if (m <= 0) {
            throw new IllegalArgumentException(what + " must be more than zero: " + Amounts.format(amount));
        }
        return m;
    }

    /** Reads an amount that must not be negative. */
    static long nonNegative(MonetaryAmount amount, String what) {
        long m = Amounts.minor(amount, what);
        if (m < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + Amounts.format(amount));
        }
        return m;
    }

    /**
     * The one check that an amount is in the group's currency: "all amounts are in the group's currency". The
     * amount is {@code minor} units of {@code given}.
     *
     * @throws RuleViolationException ({@link Rule#GROUP_CURRENCY}) naming the meeting (0 outside a cycle), the
     *     member (or null) and what the amount is, if the currencies differ
     */
    static void requireCurrency(CurrencyUnit group, CurrencyUnit given, long minor, int meeting, MemberId member,
            String what) {
        if (group != given && !group.equals(given)) {
            throw new RuleViolationException(Rule.GROUP_CURRENCY, meeting, member, "currencies differ: " + what + " is "
                    + Amounts.format(minor, given) + " but the group saves in " + group.getCurrencyCode());
        }
    }

    /** Reads an amount given for the group: in the group's currency, as exact minor units. */
    static long inGroupCurrency(CurrencyUnit group, MonetaryAmount amount, String what) {
        long minor = Amounts.minor(amount, what);
        requireCurrency(group, amount.getCurrency(), minor, 0, null, what);
        return minor;
    }

    // ------------------------------------------------------------------ a rate times an amount

    /**
     * A rate (10% as 0.10, a cap of 3 × savings as 3) read once into the form the fast path of {@link #times} uses:
     * unscaled ÷ 10^scale, or {@code fits} false when it has no such form in a {@code long}.
     */
    static final class Rate {
        final BigDecimal value;
        final long unscaled;
        final int scale;
        final boolean fits;

        Rate(BigDecimal value) {
            this.value = value;
            this.scale = value.scale();
            this.fits = scale >= 0 && scale <= 18 && value.signum() >= 0 && value.precision() <= 18;
            this.unscaled = fits ? org.avec.internal.Compat.longValueExact(value.unscaledValue()) : -1;
        }
    }

    /** rate × base × periods, as the exact path {@link #timesExact}, for a rate read once. */
    static long times(Rate rate, long base, int periods, long unit, RoundingMode mode) {
        return timesFastOrExact(rate, base, periods, unit, mode);
    }

    /** Chooses the path; both give the same result (MinorUnitsProperties), so only the paths are mutation-tested. */
    private static long timesFastOrExact(Rate rate, long base, int periods, long unit, RoundingMode mode) {
        long fast = rate.fits ? timesInLongs(rate.unscaled, rate.scale, base, periods, unit, mode) : -1;
        return fast >= 0 ? fast : timesExact(rate.value, base, periods, unit, mode);
    }

    /** The exact path of {@link #times}. */
    static long timesExact(BigDecimal rate, long base, int periods, long unit, RoundingMode mode) {
        BigDecimal exact = rate.multiply(BigDecimal.valueOf(base)).multiply(BigDecimal.valueOf(periods));
        // rounded straight to whole units: a cash unit of 3 minor units would make an exact quotient endless
        BigInteger units = exact.divide(BigDecimal.valueOf(unit), 0, mode).toBigIntegerExact();
        return Math.multiplyExact(org.avec.internal.Compat.longValueExact(units), unit);
    }

    /**
     * The fast path of {@link #times}, with rate = unscaled ÷ 10^scale: units = round(unscaled × base × periods ÷
     * (10^scale × unit)). Returns -1 where a {@code long} could overflow or the rate has no such form, and then the
     * exact path decides. {@code mode} is never {@code UNNECESSARY} ({@link LoanPolicy} refuses it).
     */
    static long timesInLongs(BigDecimal rate, long base, int periods, long unit, RoundingMode mode) {
        Rate r = new Rate(rate);
        return r.fits ? timesInLongs(r.unscaled, r.scale, base, periods, unit, mode) : -1;
    }

    /** The fast path for a rate of {@code r} ÷ 10^scale, with r not negative and scale from 0 to 18. */
    static long timesInLongs(long r, int scale, long base, int periods, long unit, RoundingMode mode) {
        if (base < 0 || periods < 0) {
            return -1;
        }
        long hi = Math.multiplyHigh(r, base);
        long rb = r * base;
        if (hi != 0 || rb < 0) {
            return -1;
        }
        long num;
        long den;
        try {
            num = Math.multiplyExact(rb, (long) periods);
            den = Math.multiplyExact(Amounts.powerOfTen(scale), unit);
        } catch (ArithmeticException overflow) {
            return -1;
        }
        long q = num / den;
        long rest = num % den;
        if (rest != 0 && roundsUp(mode, Long.compare(rest, den - rest), q)) {
            q++;
        }
        long result = q * unit;
        return result / unit == q ? result : -1;
    }

    /** Whether a quotient {@code q} with a non-zero rest is rounded up; {@code half} compares the rest with half. */
    private static boolean roundsUp(RoundingMode mode, int half, long q) {
        switch (mode) {
            case UP:
            case CEILING:
                return true;
            case HALF_UP:
                return half >= 0;
            case HALF_DOWN:
                return half > 0;
            case HALF_EVEN:
                return half > 0 || (half == 0 && (q & 1) == 1);
            default: // DOWN, FLOOR (the numbers are never negative)
                return false;
        }
    }

    // ------------------------------------------------------------------ a part of a total by weight

    /**
     * total × weight ÷ totalWeight, rounded down to a whole number of {@code unit}s: a member's part of the box by
     * her shares, in the coins the group hands out. Zero if the total weight is zero.
     */
    static long partDown(long total, long weight, long totalWeight, long unit) {
        if (totalWeight == 0) {
            return 0;
        }
        return partFastOrExact(total, weight, totalWeight, unit);
    }

    /** Chooses the path; both give the same part (MinorUnitsProperties), so only the paths are mutation-tested. */
    private static long partFastOrExact(long total, long weight, long totalWeight, long unit) {
        return fitsPart(total, weight, totalWeight, unit) ? partDownInLongs(total, weight, totalWeight, unit)
                : partDownExact(total, weight, totalWeight, unit);
    }

    /** Whether total × weight and totalWeight × unit fit in longs, all of them positive or zero. */
    private static boolean fitsPart(long total, long weight, long totalWeight, long unit) {
        return Math.multiplyHigh(total, weight) == 0 && total * weight >= 0 && total >= 0 && weight >= 0
                && totalWeight > 0 && totalWeight <= Long.MAX_VALUE / unit;
    }

    /** The fast path of {@link #partDown}. */
    static long partDownInLongs(long total, long weight, long totalWeight, long unit) {
        return total * weight / (totalWeight * unit) * unit;
    }

    /** The exact path of {@link #partDown}, for a total weight more than zero. */
    static long partDownExact(long total, long weight, long totalWeight, long unit) {
        BigInteger units = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weight))
                .divide(BigInteger.valueOf(totalWeight).multiply(BigInteger.valueOf(unit)));
        return Math.multiplyExact(org.avec.internal.Compat.longValueExact(units), unit);
    }

    /**
     * total × weight ÷ totalWeight exactly, in major units, to {@link #EXACT_DIGITS} digits beyond the minor unit
     * (half-even): the exact value of a member's part before any rounding. Zero if the total weight is zero.
     */
    static BigDecimal exactPart(long total, long weight, long totalWeight, CurrencyUnit currency) {
        int digits = Amounts.digits(currency);
        if (totalWeight == 0) {
            return BigDecimal.ZERO.setScale(digits + EXACT_DIGITS);
        }
        return BigDecimal.valueOf(total, digits).multiply(BigDecimal.valueOf(weight))
                .divide(BigDecimal.valueOf(totalWeight), digits + EXACT_DIGITS, RoundingMode.HALF_EVEN);
    }
}

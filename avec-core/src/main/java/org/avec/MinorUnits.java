package org.avec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The arithmetic of money, in one place. The group counts in coins and notes; avec counts in the currency's
 * smallest unit (the centime of the dirham, the minor unit), as exact {@code long}s, and never rounds without a
 * stated rule. Three operations make every figure:
 * <ul>
 *   <li><b>reading an amount</b> ({@link #minor}): an amount given as a {@link MonetaryAmount} becomes whole minor
 *       units, or is refused if it is finer than the currency allows or too large to count;</li>
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

    /** 10^0 to 10^18, every power of ten a {@code long} holds. Never changed. */
    static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** Digits beyond the minor unit kept in an exact part (value per share, a member's exact entitlement). */
    static final int EXACT_DIGITS = 10;

    /** The number of minor units in one major unit is 10^digits; digits is the currency's. */
    static int digits(CurrencyUnit currency) {
        int d = currency.getDefaultFractionDigits();
        return d < 0 ? 0 : d;
    }

    // ------------------------------------------------------------------ reading and writing amounts

    /**
     * Reads an amount as exact minor units of its own currency.
     *
     * @throws IllegalArgumentException if the amount is finer than the currency's minor unit
     * @throws ArithmeticException if it does not fit in a {@code long} of minor units
     */
    static long minor(MonetaryAmount amount, String what) {
        Objects.requireNonNull(amount, what);
        int digits = digits(amount.getCurrency());
        // Moneta's own amounts give their decimal directly; others go through the JSR 354 number conversion
        BigDecimal value = amount instanceof Money m ? m.getNumberStripped() : amount.getNumber().numberValue(BigDecimal.class);
        return readFastOrExact(value, digits, amount, what);
    }

    /** Chooses the path; both give the same count (ReadingAmountsProperties), so only the paths are mutation-tested. */
    private static long readFastOrExact(BigDecimal value, int digits, MonetaryAmount amount, String what) {
        long fast = fitsShift(value, digits) ? readInLongs(value, digits) : NOT_IN_LONGS;
        return fast != NOT_IN_LONGS ? fast : readExact(value, digits, amount, what);
    }

    /** A long no amount read in longs can be: the fast path's "does not fit". */
    private static final long NOT_IN_LONGS = Long.MIN_VALUE;

    /** Whether value = unscaled × 10^-scale can be moved to minor units by a power of ten held in a long. */
    private static boolean fitsShift(BigDecimal value, int digits) {
        int shift = digits - value.scale();
        return shift >= 0 && shift < POWERS_OF_TEN.length && value.precision() <= 18;
    }

    /** The fast path: unscaled × 10^(digits − scale), or {@link #NOT_IN_LONGS} if the product overflows. */
    private static long readInLongs(BigDecimal value, int digits) {
        int scale = value.scale();
        int shift = digits - scale;
        long unscaled = (scale == 0 ? value : value.scaleByPowerOfTen(scale)).longValueExact();
        long hi = Math.multiplyHigh(unscaled, POWERS_OF_TEN[shift]);
        long lo = unscaled * POWERS_OF_TEN[shift];
        return fitsProduct(hi, lo) ? lo : NOT_IN_LONGS;
    }

    /** Whether a 128-bit product (high and low halves) is the same number as its low half. */
    private static boolean fitsProduct(long hi, long lo) {
        return ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) && lo != NOT_IN_LONGS;
    }

    /** The exact path: refuses an amount finer than the minor unit or too large for a long of minor units. */
    private static long readExact(BigDecimal value, int digits, MonetaryAmount amount, String what) {
        BigDecimal scaled = value.movePointRight(digits);
        try {
            scaled = scaled.setScale(0, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " " + format(amount) + " is finer than the smallest unit of "
                    + amount.getCurrency().getCurrencyCode() + " (" + digits + " decimal places)");
        }
        if (scaled.unscaledValue().bitLength() >= Long.SIZE) {
            throw new ArithmeticException(what + " " + shortly(amount) + " is too large to count in minor units");
        }
        return scaled.longValueExact();
    }

    /** Reads an amount that must be more than zero. */
    static long positive(MonetaryAmount amount, String what) {
        long m = minor(amount, what);
        if (m <= 0) {
            throw new IllegalArgumentException(what + " must be more than zero: " + format(amount));
        }
        return m;
    }

    /** Reads an amount that must not be negative. */
    static long nonNegative(MonetaryAmount amount, String what) {
        long m = minor(amount, what);
        if (m < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + format(amount));
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
        if (!group.equals(given)) {
            throw new RuleViolationException(Rule.GROUP_CURRENCY, meeting, member, "currencies differ: " + what + " is "
                    + format(minor, given) + " but the group saves in " + group.getCurrencyCode());
        }
    }

    /** Reads an amount given for the group: in the group's currency, as exact minor units. */
    static long inGroupCurrency(CurrencyUnit group, MonetaryAmount amount, String what) {
        long minor = minor(amount, what);
        requireCurrency(group, amount.getCurrency(), minor, 0, null, what);
        return minor;
    }

    /** An amount of {@code minor} minor units of {@code currency}. */
    static MonetaryAmount of(long minor, CurrencyUnit currency) {
        return Money.of(BigDecimal.valueOf(minor, digits(currency)), currency);
    }

    /** Formats minor units as {@code "MAD 12.50"}, independent of locale and of Moneta's configuration. */
    static String format(long minor, CurrencyUnit currency) {
        return currency.getCurrencyCode() + " " + plain(minor, currency);
    }

    /** Formats minor units as a plain number at the currency's scale: {@code "12.50"}. */
    static String plain(long minor, CurrencyUnit currency) {
        return BigDecimal.valueOf(minor, digits(currency)).toPlainString();
    }

    /** Formats any amount as {@code "MAD 12.50"}, without rounding it. */
    static String format(MonetaryAmount amount) {
        BigDecimal value = amount.getNumber().numberValue(BigDecimal.class);
        int digits = digits(amount.getCurrency());
        if (value.scale() < digits) {
            value = value.setScale(digits, RoundingMode.UNNECESSARY);
        }
        return amount.getCurrency().getCurrencyCode() + " " + value.toPlainString();
    }

    /** Formats an amount that may be absurdly long (1E400) in a few characters: a message must stay readable. */
    private static String shortly(MonetaryAmount amount) {
        BigDecimal value = amount.getNumber().numberValue(BigDecimal.class);
        String plain = value.toPlainString();
        return amount.getCurrency().getCurrencyCode() + " "
                + (plain.length() <= 40 ? plain : value.round(new java.math.MathContext(6)).toString());
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
            this.unscaled = fits ? value.unscaledValue().longValueExact() : -1;
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
        return Math.multiplyExact(units.longValueExact(), unit);
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
            den = Math.multiplyExact(POWERS_OF_TEN[scale], unit);
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
        return Math.multiplyExact(units.longValueExact(), unit);
    }

    /**
     * total × weight ÷ totalWeight exactly, in major units, to {@link #EXACT_DIGITS} digits beyond the minor unit
     * (half-even): the exact value of a member's part before any rounding. Zero if the total weight is zero.
     */
    static BigDecimal exactPart(long total, long weight, long totalWeight, CurrencyUnit currency) {
        int digits = digits(currency);
        if (totalWeight == 0) {
            return BigDecimal.ZERO.setScale(digits + EXACT_DIGITS);
        }
        return BigDecimal.valueOf(total, digits).multiply(BigDecimal.valueOf(weight))
                .divide(BigDecimal.valueOf(totalWeight), digits + EXACT_DIGITS, RoundingMode.HALF_EVEN);
    }
}

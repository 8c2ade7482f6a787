package org.avec.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Reading and writing amounts, in one place for every package of avec: an amount given as a {@link MonetaryAmount}
 * becomes a whole count of the currency's smallest unit (the centime of the dirham), as an exact {@code long}, or is
 * refused if it is finer than the currency allows or too large to count; a count becomes an amount again, or the text
 * {@code "MAD 12.50"} for a message. Not part of avec's API: the module does not export this package, and its members
 * may change in any release.
 *
 * @hidden
 */
public final class Amounts {

    private Amounts() {}

    /** 10^0 to 10^18, every power of ten a {@code long} holds. Never changed. */
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** How many powers of ten a {@code long} holds: 10^0 to 10^18. */
    public static final int POWERS_IN_A_LONG = POWERS_OF_TEN.length;

    /**
     * A power of ten.
     *
     * @param n from 0 to 18
     * @return 10^n
     */
    public static long powerOfTen(int n) {
        return POWERS_OF_TEN[n];
    }

    /**
     * The number of minor units in one major unit is 10^digits; digits is the currency's (0 for a currency without
     * minor unit).
     *
     * @param currency the currency
     * @return its decimal places, 0 or more
     */
    public static int digits(CurrencyUnit currency) {
        int d = currency.getDefaultFractionDigits();
        return d < 0 ? 0 : d;
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads an amount as exact minor units of its own currency.
     *
     * @param amount the amount, not null
     * @param what what the amount is, for the messages ("the share value")
     * @return its count of minor units
     * @throws IllegalArgumentException if the amount is finer than the currency's minor unit
     * @throws ArithmeticException if it does not fit in a {@code long} of minor units
     */
    public static long minor(MonetaryAmount amount, String what) {
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
        return shift >= 0 && shift < POWERS_IN_A_LONG && value.precision() <= 18;
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

    // ------------------------------------------------------------------ writing

    /**
     * An amount of minor units.
     *
     * @param minor the count of minor units
     * @param currency its currency
     * @return {@code minor} minor units of {@code currency} (made at the currency's scale, which Moneta then strips
     *     of its trailing zeros)
     */
    public static MonetaryAmount of(long minor, CurrencyUnit currency) {
        if (minor == 0) {
            Money zero = lastZero;
            if (zero == null || !zero.getCurrency().equals(currency)) {
                zero = Money.of(BigDecimal.valueOf(0, digits(currency)), currency);
                lastZero = zero;
            }
            return zero;
        }
        return Money.of(BigDecimal.valueOf(minor, digits(currency)), currency);
    }

    /**
     * The zero last made: most figures of a statement are zero (no fine, no penalty, nothing late), and Moneta makes
     * each amount through its text; an immutable value shared between threads (a race only makes one more).
     */
    private static volatile Money lastZero;

    /**
     * Formats minor units as {@code "MAD 12.50"}, independent of locale and of Moneta's configuration.
     *
     * @param minor the count of minor units
     * @param currency its currency
     * @return the code and the plain number
     */
    public static String format(long minor, CurrencyUnit currency) {
        return currency.getCurrencyCode() + " " + plain(minor, currency);
    }

    /**
     * Formats minor units as a plain number at the currency's scale: {@code "12.50"}.
     *
     * @param minor the count of minor units
     * @param currency its currency
     * @return the plain number
     */
    public static String plain(long minor, CurrencyUnit currency) {
        return BigDecimal.valueOf(minor, digits(currency)).toPlainString();
    }

    /**
     * Formats any amount as {@code "MAD 12.50"}, without rounding it.
     *
     * @param amount the amount
     * @return the code and the plain number, at least at the currency's scale
     */
    public static String format(MonetaryAmount amount) {
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
}

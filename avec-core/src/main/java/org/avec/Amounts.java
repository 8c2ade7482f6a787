package org.avec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Conversions between JSR 354 amounts at the edge of the API and the exact {@code long} minor units
 * the engine counts in. Package-private: nothing outside avec sees minor units.
 */
final class Amounts {

    private Amounts() {}

    /** 10^0 to 10^18, every power of ten a {@code long} holds; shared by the engine's {@code long} arithmetic. Never changed. */
    static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** The number of minor units in one major unit is 10^digits; digits is the currency's. */
    static int digits(CurrencyUnit currency) {
        int d = currency.getDefaultFractionDigits();
        return d < 0 ? 0 : d;
    }

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
        // the common case without rounding or new objects: value = unscaled × 10^-scale with scale <= digits
        int scale = value.scale();
        int shift = digits - scale;
        if (shift >= 0 && shift < POWERS_OF_TEN.length && value.precision() <= 18) {
            long unscaled = (scale == 0 ? value : value.scaleByPowerOfTen(scale)).longValueExact();
            long hi = Math.multiplyHigh(unscaled, POWERS_OF_TEN[shift]);
            long lo = unscaled * POWERS_OF_TEN[shift];
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
        }
        BigDecimal scaled = value.movePointRight(digits);
        try {
            scaled = scaled.setScale(0, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " " + format(amount) + " is finer than the smallest unit of "
                    + amount.getCurrency().getCurrencyCode() + " (" + digits + " decimal places)");
        }
        try {
            return scaled.longValueExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException(what + " " + format(amount) + " is too large to count in minor units");
        }
    }

    /** Checks that an amount is exact in its currency and returns it as a Moneta {@code Money} at the currency's scale. */
    static MonetaryAmount normalize(MonetaryAmount amount, String what) {
        return of(minor(amount, what), amount.getCurrency());
    }

    /** Same as {@link #normalize} and also refuses a negative amount. */
    static MonetaryAmount nonNegative(MonetaryAmount amount, String what) {
        MonetaryAmount a = normalize(amount, what);
        if (a.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative: " + format(a));
        }
        return a;
    }

    /** Same as {@link #normalize} and also refuses zero and negative amounts. */
    static MonetaryAmount positive(MonetaryAmount amount, String what) {
        MonetaryAmount a = normalize(amount, what);
        if (!a.isPositive()) {
            throw new IllegalArgumentException(what + " must be more than zero: " + format(a));
        }
        return a;
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
}

package org.avec.indicators;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An indicator's ratio kept exact, as the two whole numbers it divides, so that it is rounded once, when it is shown:
 * "3,000 of profit on 23,000 of savings" is 3000/23000, shown as 0.130435 or 13.04%. Amounts are counted in the
 * currency's smallest unit. A ratio whose denominator is zero (no savings yet, no loan yet) is <em>undefined</em>:
 * {@link #isDefined()} says so and its value is shown as zero.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ratio {

    /** The scale of {@link #value()}: 6 decimal places. */
    public static final int SCALE = 6;

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Ratio(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * The ratio of two whole numbers.
     *
     * @param numerator what is counted, not null
     * @param denominator what it is counted against, not negative, not null; zero makes the ratio undefined
     * @return the ratio, never null
     * @throws IllegalArgumentException if the denominator is negative
     */
    public static Ratio of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        if (denominator.signum() < 0) {
            throw new IllegalArgumentException("A ratio's denominator is not negative: " + denominator);
        }
        return new Ratio(numerator, denominator);
    }

    /**
     * The ratio of two whole numbers.
     *
     * @param numerator what is counted
     * @param denominator what it is counted against, not negative; zero makes the ratio undefined
     * @return the ratio, never null
     * @throws IllegalArgumentException if the denominator is negative
     */
    public static Ratio of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * What is counted.
     *
     * @return the numerator, never null
     */
    public BigInteger numerator() {
        return numerator;
    }

    /**
     * What it is counted against.
     *
     * @return the denominator, never negative, never null
     */
    public BigInteger denominator() {
        return denominator;
    }

    /**
     * Whether there is anything to count against (the denominator is not zero).
     *
     * @return true if defined
     */
    public boolean isDefined() {
        return denominator.signum() != 0;
    }

    /**
     * The ratio as a fraction to {@value #SCALE} decimal places, rounded half-even (13.04% is 0.130435); zero when
     * undefined.
     *
     * @return the fraction, never null
     */
    public BigDecimal value() {
        return value(SCALE);
    }

    /**
     * The ratio as a fraction to a number of decimal places, rounded half-even once from the exact ratio; zero when
     * undefined.
     *
     * @param scale the decimal places, 0 or more
     * @return the fraction, never null
     */
    public BigDecimal value(int scale) {
        if (!isDefined()) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_EVEN);
    }

    /**
     * The ratio in percent to 2 decimal places, rounded half-even once from the exact ratio (3000/23000 is 13.04);
     * zero when undefined.
     *
     * @return the percentage, never null
     */
    public BigDecimal percent() {
        return percent(2);
    }

    /**
     * The ratio in percent to {@code scale} decimal places, rounded half-even once from the exact ratio (5/800 is
     * 0.625 to 3 places, 0.62 to 2); zero when undefined.
     *
     * @param scale the decimal places, from 0 to 30
     * @return the percentage, never null
     * @throws IllegalArgumentException if the scale is outside 0 to 30
     */
    public BigDecimal percent(int scale) {
        if (scale < 0 || scale > 30) {
            throw new IllegalArgumentException("A percentage is shown to 0 to 30 decimal places, not " + scale);
        }
        if (!isDefined()) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return new BigDecimal(numerator.multiply(BigInteger.valueOf(100)))
                .divide(new BigDecimal(denominator), scale, RoundingMode.HALF_EVEN);
    }

    /**
     * Whether the exact ratio lies between two bounds, both included. An undefined ratio counts as zero.
     *
     * @param low the lower bound
     * @param high the upper bound
     * @return true if low ≤ ratio ≤ high
     */
    public boolean isWithin(long low, long high) {
        if (!isDefined()) {
            return low <= 0 && 0 <= high;
        }
        return numerator.compareTo(denominator.multiply(BigInteger.valueOf(low))) >= 0
                && numerator.compareTo(denominator.multiply(BigInteger.valueOf(high))) <= 0;
    }

    /** Two ratios are equal when they are the same number (3/4 equals 6/8), or both undefined. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && (isDefined() ? r.isDefined()
                && numerator.multiply(r.denominator).equals(r.numerator.multiply(denominator)) : !r.isDefined());
    }

    @Override
    public int hashCode() {
        if (!isDefined()) {
            return 0;
        }
        BigInteger g = numerator.gcd(denominator);
        return numerator.divide(g).hashCode() * 31 + denominator.divide(g).hashCode();
    }

    /** For example {@code "13.04% (3000/23000)"}, or {@code "undefined (0/0)"}. */
    @Override
    public String toString() {
        return (isDefined() ? percent().toPlainString() + "%" : "undefined") + " (" + numerator + "/" + denominator + ")";
    }
}

package org.avec;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.internal.Amounts;

/**
 * A sum of money split into parts by whole-number weights, with no minor unit lost.
 *
 * <p>This is how the box is emptied at share-out: everyone's part is in proportion to their weight
 * (usually their shares), each part is a whole number of <em>cash units</em> (the smallest coin or note
 * the group hands out, for example 1 MAD or 50 UGX), and whatever cannot be handed out is named as the
 * {@linkplain #leftover() leftover}. Always: the sum of the parts plus the leftover equals the total,
 * exactly.
 *
 * <p>The rule, step by step:
 * <ol>
 *   <li>Each key's exact share is {@code total × weight ÷ sum of weights}.</li>
 *   <li>Each part starts as its exact share rounded <em>down</em> to a whole number of cash units.</li>
 *   <li>If the leftover is to be distributed, the whole cash units still left are given out one each,
 *       to the keys whose exact share lost most in step 2 (the largest remainder method). Ties go to the
 *       larger weight, then to the smaller key, so the result does not depend on the order in which the
 *       weights were given.</li>
 *   <li>What is still left (less than one cash unit if distributed; less than one cash unit per key if
 *       not) is the leftover.</li>
 * </ol>
 * Every part therefore differs from its exact share by less than one cash unit.
 *
 * <p>Example: 100.00 MAD split 1:1:1 among keys a, b, c, distributed. With a cash unit of 1 MAD the
 * parts are 34, 33, 33 MAD and nothing is left over. With a cash unit of 5 MAD each part is first
 * 30 MAD, the two whole 5 MAD notes left go to a and b (equal remainders and weights: smaller key
 * first), giving 35, 35, 30 and nothing left over. Not distributed, the parts stay 30, 30, 30 and the
 * leftover is 10 MAD.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the type of the keys (for example {@link MemberId}); their natural order breaks ties
 */
public final class Allocation<K extends Comparable<? super K>> {

    private final MonetaryAmount total;
    private final MonetaryAmount cashUnit;
    private final Map<K, MonetaryAmount> parts;
    private final Map<K, Long> weights;
    private final MonetaryAmount leftover;

    private Allocation(MonetaryAmount total, MonetaryAmount cashUnit, Map<K, Long> weights,
            Map<K, MonetaryAmount> parts, MonetaryAmount leftover) {
        this.total = total;
        this.cashUnit = cashUnit;
        this.weights = weights;
        this.parts = parts;
        this.leftover = leftover;
    }

    /**
     * Splits {@code total} by {@code weights} to the minor unit, distributing every minor unit.
     *
     * @param <K> the key type
     * @param total the sum to split, not negative, not null
     * @param weights the weight of each key, none negative, not null; may be empty
     * @return the allocation, never null
     * @throws IllegalArgumentException if the total or a weight is negative, or the total is finer than
     *     its currency's minor unit
     */
    public static <K extends Comparable<? super K>> Allocation<K> of(MonetaryAmount total, Map<K, Long> weights) {
        Objects.requireNonNull(total, "total");
        return of(total, weights, Amounts.of(1, total.getCurrency()), true);
    }

    /**
     * Splits {@code total} by {@code weights} into parts that are whole numbers of {@code cashUnit}.
     *
     * @param <K> the key type
     * @param total the sum to split, not negative, not null
     * @param weights the weight of each key, none negative, not null; may be empty
     * @param cashUnit the smallest coin or note handed out, more than zero, same currency, not null
     * @param distributeLeftover true to give the whole cash units left after rounding down to the keys
     *     with the largest remainders; false to keep everything rounded off as the leftover
     * @return the allocation, never null
     * @throws IllegalArgumentException on a negative total or weight, a cash unit that is not positive, or an
     *     amount finer than the minor unit
     * @throws RuleViolationException ({@link Rule#GROUP_CURRENCY}) if the cash unit is in another currency than
     *     the total
     */
    public static <K extends Comparable<? super K>> Allocation<K> of(MonetaryAmount total, Map<K, Long> weights,
            MonetaryAmount cashUnit, boolean distributeLeftover) {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(total, "total");
        CurrencyUnit currency = total.getCurrency();
        long totalMinor = MinorUnits.nonNegative(total, "total");
        long unit = MinorUnits.inGroupCurrency(currency, cashUnit, "the cash unit");
        if (unit <= 0) {
            throw new IllegalArgumentException("cashUnit must be more than zero: " + Amounts.format(cashUnit));
        }
        TreeMap<K, Long> sorted = new TreeMap<>();
        for (Map.Entry<K, Long> e : weights.entrySet()) {
            K key = Objects.requireNonNull(e.getKey(), "weight key");
            long w = Objects.requireNonNull(e.getValue(), "weight of " + key);
            if (w < 0) {
                throw new IllegalArgumentException("Weight of " + key + " must not be negative: " + w);
            }
            sorted.put(key, w);
        }
        long weightTotal = 0;
        for (long v : sorted.values()) {
            if (v > Long.MAX_VALUE - weightTotal) {
                throw new IllegalArgumentException("The weights add up to more than " + Long.MAX_VALUE);
            }
            weightTotal += v;
        }
        long[] w = new long[sorted.size()];
        int i = 0;
        for (long v : sorted.values()) {
            w[i++] = v;
        }
        long[] p = LargestRemainder.split(totalMinor, w, unit, distributeLeftover);
        Map<K, MonetaryAmount> parts = new LinkedHashMap<>();
        i = 0;
        long sum = 0;
        for (K key : sorted.keySet()) {
            parts.put(key, Amounts.of(p[i], currency));
            sum += p[i++];
        }
        return new Allocation<>(Amounts.of(totalMinor, currency), Amounts.of(unit, currency), Collections.unmodifiableMap(new LinkedHashMap<>(sorted)),
                Collections.unmodifiableMap(parts), Amounts.of(totalMinor - sum, currency));
    }

    /**
     * The sum that was split.
     *
     * @return the total, never null
     */
    public MonetaryAmount total() {
        return total;
    }

    /**
     * The smallest coin or note that the parts are whole numbers of.
     *
     * @return the cash unit, never null
     */
    public MonetaryAmount cashUnit() {
        return cashUnit;
    }

    /**
     * Each key's part, in the natural order of the keys.
     *
     * @return an unmodifiable map, never null
     */
    public Map<K, MonetaryAmount> parts() {
        return parts;
    }

    /**
     * One key's part.
     *
     * @param key the key, not null
     * @return its part, never null
     * @throws IllegalArgumentException if the key had no weight
     */
    public MonetaryAmount part(K key) {
        MonetaryAmount p = parts.get(Objects.requireNonNull(key, "key"));
        if (p == null) {
            throw new IllegalArgumentException("No weight was given for " + key);
        }
        return p;
    }

    /**
     * A key's exact share, {@code total × weight ÷ sum of weights}, to 10 decimal places beyond the minor
     * unit (half-even); zero if all weights are zero.
     *
     * @param key the key, not null
     * @return the exact share as a number in the currency's major unit, never null
     * @throws IllegalArgumentException if the key had no weight
     */
    public BigDecimal exactShare(K key) {
        part(key);
        long sum = 0;
        for (long w : weights.values()) {
            sum += w; // checked in of(): the weights add up to a long
        }
        return MinorUnits.exactPart(Amounts.minor(total, "total"), weights.get(key), sum, total.getCurrency());
    }

    /**
     * What was not handed out: less than one cash unit when the leftover was distributed.
     *
     * @return the leftover, never negative, never null
     */
    public MonetaryAmount leftover() {
        return leftover;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Allocation<?> other && total.equals(other.total) && cashUnit.equals(other.cashUnit)
                && weights.equals(other.weights) && parts.equals(other.parts) && leftover.equals(other.leftover);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, cashUnit, weights, parts, leftover);
    }

    /** Lists each part and the leftover, for example {@code "MAD 100.00 -> {a=MAD 34.00, ...}, leftover MAD 0.00"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(Amounts.format(total)).append(" -> {");
        String sep = "";
        for (Map.Entry<K, MonetaryAmount> e : parts.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(Amounts.format(e.getValue()));
            sep = ", ";
        }
        return sb.append("}, leftover ").append(Amounts.format(leftover)).toString();
    }
}

package org.avec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The allocation rule: parts sum exactly, each within one cash unit of its exact share, order does not matter. */
class AllocationProperties {

    @Provide
    Arbitrary<CurrencyUnit> currencies() {
        return Arbitraries.of(Generated.CURRENCIES).map(Monetary::getCurrency);
    }

    @Property(tries = 1000)
    void parts_sum_exactly_and_stay_within_one_cash_unit(@ForAll("currencies") CurrencyUnit cur,
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long total,
            @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 0, max = 100_000) Long> weights,
            @ForAll @IntRange(min = 1, max = 10_000) int unit, @ForAll boolean distribute) {
        Map<Integer, Long> w = new LinkedHashMap<>();
        for (int i = 0; i < weights.size(); i++) {
            w.put(i, weights.get(i));
        }
        Allocation<Integer> a = Allocation.of(Generated.money(total, cur), w, Generated.money(unit, cur), distribute);
        long sum = 0;
        long sumW = weights.stream().mapToLong(Long::longValue).sum();
        for (int i = 0; i < weights.size(); i++) {
            long part = Generated.minor(a.part(i));
            assertThat(part % unit).as("a whole number of cash units").isZero();
            assertThat(part).isNotNegative();
            sum += part;
            if (sumW > 0) {
                // |part - total*w/sumW| < unit, checked in integers: |part*sumW - total*w| < unit*sumW
                BigInteger diff = BigInteger.valueOf(part).multiply(BigInteger.valueOf(sumW))
                        .subtract(BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights.get(i)))).abs();
                assertThat(diff).isLessThan(BigInteger.valueOf(unit).multiply(BigInteger.valueOf(sumW)));
                if (!distribute) {
                    assertThat(BigInteger.valueOf(part).multiply(BigInteger.valueOf(sumW)))
                            .as("kept: rounded down").isLessThanOrEqualTo(
                                    BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights.get(i))));
                }
            }
        }
        long leftover = Generated.minor(a.leftover());
        assertThat(sum + leftover).as("parts + leftover = total").isEqualTo(total);
        assertThat(leftover).isNotNegative();
        if (distribute && sumW > 0) {
            assertThat(leftover).as("distributed: less than one cash unit left").isLessThan(unit);
        }
    }

    @Property(tries = 500)
    void the_order_of_the_weights_does_not_matter(@ForAll("currencies") CurrencyUnit cur,
            @ForAll @LongRange(min = 0, max = 10_000_000L) long total,
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 50) Long> weights,
            @ForAll @IntRange(min = 1, max = 100) int unit, @ForAll long seed) {
        Map<String, Long> forward = new LinkedHashMap<>();
        for (int i = 0; i < weights.size(); i++) {
            forward.put("k" + i, weights.get(i));
        }
        List<String> keys = new ArrayList<>(forward.keySet());
        Collections.shuffle(keys, new Random(seed));
        Map<String, Long> shuffled = new LinkedHashMap<>();
        for (String k : keys) {
            shuffled.put(k, forward.get(k));
        }
        Allocation<String> a = Allocation.of(Generated.money(total, cur), forward, Generated.money(unit, cur), true);
        Allocation<String> b = Allocation.of(Generated.money(total, cur), shuffled, Generated.money(unit, cur), true);
        assertThat(b.parts()).isEqualTo(a.parts());
        assertThat(b).isEqualTo(a);

        // the bare rule on arrays: permuting the weights permutes the (weight, part) pairs
        long[] w1 = weights.stream().mapToLong(Long::longValue).toArray();
        long[] p1 = LargestRemainder.split(total, w1, unit, true);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < w1.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        long[] w2 = new long[w1.length];
        for (int i = 0; i < w1.length; i++) {
            w2[i] = w1[order.get(i)];
        }
        long[] p2 = LargestRemainder.split(total, w2, unit, true);
        List<String> pairs1 = new ArrayList<>();
        List<String> pairs2 = new ArrayList<>();
        for (int i = 0; i < w1.length; i++) {
            pairs1.add(w1[i] + ":" + p1[i]);
            pairs2.add(w2[i] + ":" + p2[i]);
        }
        Collections.sort(pairs1);
        Collections.sort(pairs2);
        assertThat(pairs2).isEqualTo(pairs1);
    }

    @Property(tries = 500)
    void more_weight_never_gets_less(@ForAll @LongRange(min = 0, max = 10_000_000L) long total,
            @ForAll @Size(min = 2, max = 30) List<@LongRange(min = 0, max = 1000) Long> weights,
            @ForAll @IntRange(min = 1, max = 100) int unit) {
        long[] w = weights.stream().mapToLong(Long::longValue).toArray();
        long[] p = LargestRemainder.split(total, w, unit, true);
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (w[i] > w[j]) {
                    assertThat(p[i]).isGreaterThanOrEqualTo(p[j]);
                }
                if (w[i] == w[j]) {
                    assertThat(Math.abs(p[i] - p[j])).isLessThanOrEqualTo(unit);
                }
            }
        }
    }
}

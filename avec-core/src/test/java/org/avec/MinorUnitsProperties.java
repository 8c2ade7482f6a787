package org.avec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The arithmetic of money has a fast path in {@code long}s and an exact path side by side: a rate times an amount
 * (the service charge, the loan cap) and a part of a total by weight (a member's part of the box). This checks that
 * the fast path gives exactly what exact arithmetic gives, for every rounding mode a group can choose, and that it
 * steps aside rather than overflow.
 */
// the statistics are checked by coverage conditions in the properties; their tables stay out of the build log
@net.jqwik.api.statistics.StatisticsReport(net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode.OFF)
class MinorUnitsProperties {

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.longs().between(0, 1_000_000_000L).flatMap(unscaled ->
                Arbitraries.integers().between(0, 12).map(scale -> BigDecimal.valueOf(unscaled, scale)));
    }

    @Provide
    Arbitrary<Long> bases() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 10_000_000L),
                Arbitraries.longs().between(0, Long.MAX_VALUE));
    }

    @Provide
    Arbitrary<RoundingMode> modes() {
        return Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
                RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
    }

    @Property(tries = 400) // cheap: a few microseconds a try, and kept at 400 when PIT lowers the default
    void the_long_path_agrees_with_big_decimal(@ForAll("rates") BigDecimal rate, @ForAll("bases") long base,
            @ForAll @IntRange(min = 0, max = 60) int periods, @ForAll @LongRange(min = 1, max = 100_000) long unit,
            @ForAll("modes") RoundingMode mode) {
        long fast = MinorUnits.timesInLongs(rate, base, periods, unit, mode);
        BigDecimal units = rate.multiply(BigDecimal.valueOf(base)).multiply(BigDecimal.valueOf(periods))
                .divide(BigDecimal.valueOf(unit), 0, mode);
        BigDecimal exact = units.multiply(BigDecimal.valueOf(unit));
        boolean fits = exact.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
        Statistics.label("long path").collect(fast >= 0);
        if (fast >= 0) {
            assertThat(BigDecimal.valueOf(fast)).isEqualByComparingTo(exact);
        }
        if (base <= 10_000_000L && rate.scale() <= 12) {
            assertThat(fits).isTrue();
            assertThat(fast).as("small numbers always take the long path").isNotNegative();
        }
        Statistics.label("long path").coverage(c -> c.check(true).percentage(p -> p > 30));
    }

    @Property(tries = 400) // cheap: a few microseconds a try, and kept at 400 when PIT lowers the default
    void halves_are_rounded_as_the_mode_says(@ForAll("modes") RoundingMode mode, @ForAll @LongRange(min = 0, max = 1000) long q) {
        // (2q + 1) × 0.5 = q + 0.5 exactly: a tie between q and q + 1
        long fast = MinorUnits.timesInLongs(new BigDecimal("0.5"), 2 * q + 1, 1, 1, mode);
        long expected = new BigDecimal(q).add(new BigDecimal("0.5")).setScale(0, mode).longValueExact();
        assertThat(fast).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Long> amounts() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000_000L), Arbitraries.longs().between(0, Long.MAX_VALUE));
    }

    @Property(tries = 400) // cheap: a few microseconds a try, and kept at 400 when PIT lowers the default
    void a_part_by_weight_is_the_same_on_both_paths(@ForAll("amounts") long total, @ForAll("amounts") long weight,
            @ForAll("amounts") long extra, @ForAll @LongRange(min = 1, max = 100_000) long unit) {
        long totalWeight = weight > Long.MAX_VALUE - extra ? Long.MAX_VALUE : weight + extra;
        if (totalWeight == 0) {
            assertThat(MinorUnits.partDown(total, weight, totalWeight, unit)).isZero();
            return;
        }
        long exact = MinorUnits.partDownExact(total, weight, totalWeight, unit);
        assertThat(MinorUnits.partDown(total, weight, totalWeight, unit)).isEqualTo(exact);
        assertThat(exact % unit).isZero();
        assertThat(exact).isLessThanOrEqualTo(total);
        // rounded down by less than one unit from the exact part
        java.math.BigInteger lost = java.math.BigInteger.valueOf(total).multiply(java.math.BigInteger.valueOf(weight))
                .subtract(java.math.BigInteger.valueOf(exact).multiply(java.math.BigInteger.valueOf(totalWeight)));
        assertThat(lost.signum()).isNotNegative();
        assertThat(lost).isLessThan(java.math.BigInteger.valueOf(unit).multiply(java.math.BigInteger.valueOf(totalWeight)));
        Statistics.label("long path").collect(Math.multiplyHigh(total, weight) == 0 && total * weight >= 0);
        Statistics.label("long path").coverage(c -> c.check(true).percentage(p -> p > 30));
    }

    @Property(tries = 400) // cheap: a few microseconds a try, and kept at 400 when PIT lowers the default
    void the_exact_part_rounded_down_is_the_part_by_weight(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long total,
            @ForAll @LongRange(min = 0, max = 100_000) long weight, @ForAll @LongRange(min = 0, max = 100_000) long extra) {
        long totalWeight = weight + extra;
        BigDecimal exact = MinorUnits.exactPart(total, weight, totalWeight, Monetary.getCurrency("MAD"));
        assertThat(exact.scale()).isEqualTo(2 + MinorUnits.EXACT_DIGITS);
        long down = MinorUnits.partDown(total, weight, totalWeight, 1);
        // the exact part is within half a unit of the 10th extra digit of the true quotient, never below the floor
        assertThat(exact.movePointRight(2)).isGreaterThanOrEqualTo(BigDecimal.valueOf(down));
        assertThat(exact.movePointRight(2)).isLessThanOrEqualTo(BigDecimal.valueOf(down + 1));
    }

    @Provide
    Arbitrary<long[]> weightLists() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000), Arbitraries.longs().between(0, Long.MAX_VALUE / 64))
                .array(long[].class).ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 400) // cheap, and kept at 400 when PIT lowers the default
    void the_largest_remainder_split_is_the_same_as_an_exact_one(@ForAll("amounts") long total,
            @ForAll("weightLists") long[] weights, @ForAll @LongRange(min = 1, max = 1000) long unit) {
        java.math.BigInteger sum = java.math.BigInteger.ZERO;
        for (long w : weights) {
            sum = sum.add(java.math.BigInteger.valueOf(w));
        }
        net.jqwik.api.Assume.that(sum.bitLength() < 63);
        long[] parts = LargestRemainder.split(total, weights, unit, true);
        // the exact reference: floor in units, then one unit each to the largest remainders (ties: larger weight,
        // then earlier position)
        int n = weights.length;
        long[] expected = new long[n];
        java.math.BigInteger[] rest = new java.math.BigInteger[n];
        java.math.BigInteger den = sum.multiply(java.math.BigInteger.valueOf(unit));
        long given = 0;
        for (int i = 0; i < n; i++) {
            if (sum.signum() == 0 || total == 0) {
                rest[i] = java.math.BigInteger.ZERO;
                continue;
            }
            java.math.BigInteger[] qr = java.math.BigInteger.valueOf(total).multiply(java.math.BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(den);
            expected[i] = qr[0].longValueExact() * unit;
            rest[i] = qr[1];
            given += expected[i];
        }
        if (sum.signum() != 0 && total != 0) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> {
                int c = rest[b].compareTo(rest[a]);
                if (c != 0) {
                    return c;
                }
                c = Long.compare(weights[b], weights[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (long k = 0; k < (total - given) / unit; k++) {
                expected[order[(int) k]] += unit;
            }
        }
        assertThat(parts).containsExactly(expected);
        Statistics.label("remainders in longs").collect(total <= 1_000_000_000L);
    }
}

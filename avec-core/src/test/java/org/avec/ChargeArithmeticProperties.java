package org.avec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The service charge and the loan cap are worked out in {@code long}s when they fit; this checks that the
 * {@code long} path gives exactly what {@code BigDecimal} arithmetic gives, for every rounding mode a group can
 * choose, and that it steps aside (returns -1) rather than overflow.
 */
class ChargeArithmeticProperties {

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

    @Property
    void the_long_path_agrees_with_big_decimal(@ForAll("rates") BigDecimal rate, @ForAll("bases") long base,
            @ForAll @IntRange(min = 0, max = 60) int periods, @ForAll @LongRange(min = 1, max = 100_000) long unit,
            @ForAll("modes") RoundingMode mode) {
        long fast = Ledger.chargeInLongs(rate, base, periods, unit, mode);
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

    @Property
    void halves_are_rounded_as_the_mode_says(@ForAll("modes") RoundingMode mode, @ForAll @LongRange(min = 0, max = 1000) long q) {
        // (2q + 1) × 0.5 = q + 0.5 exactly: a tie between q and q + 1
        long fast = Ledger.chargeInLongs(new BigDecimal("0.5"), 2 * q + 1, 1, 1, mode);
        long expected = new BigDecimal(q).add(new BigDecimal("0.5")).setScale(0, mode).longValueExact();
        assertThat(fast).isEqualTo(expected);
    }
}

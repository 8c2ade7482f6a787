package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.avec.internal.Amounts;

/**
 * Reading an amount as minor units takes a short path for the usual amounts; whatever the path, the result is the
 * amount's exact value in minor units, and an amount finer than the minor unit or too large is refused.
 */
class ReadingAmountsProperties {

    @Provide
    Arbitrary<Long> unscaled() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-1_000_000, 1_000_000), Arbitraries.longs());
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("MAD", "XOF", "TND", "UGX", "EUR");
    }

    @Property(tries = 400) // cheap: a few microseconds a try, and kept at 400 when PIT lowers the default
    void minor_units_are_the_exact_value(@ForAll("unscaled") long unscaled, @ForAll @IntRange(min = -20, max = 20) int scale,
            @ForAll("currencies") String code) {
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        MonetaryAmount amount = Money.of(value, code);
        int digits = Monetary.getCurrency(code).getDefaultFractionDigits();
        BigDecimal minor = value.movePointRight(digits);
        boolean exact = minor.stripTrailingZeros().scale() <= 0;
        boolean fits = exact && minor.setScale(0, RoundingMode.UNNECESSARY).toBigInteger().bitLength() < 64;
        if (fits) {
            assertThat(Amounts.minor(amount, "x")).isEqualTo(minor.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } else if (!exact) {
            assertThatThrownBy(() -> Amounts.minor(amount, "x")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("finer than the smallest unit of " + code);
        } else {
            assertThatThrownBy(() -> Amounts.minor(amount, "x")).isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("too large");
        }
    }

    @Property(tries = 400) // cheap: a few microseconds a try, and kept at 400 when PIT lowers the default
    void other_implementations_of_amounts_read_the_same(@ForAll @IntRange(min = -1_000_000, max = 1_000_000) int cents) {
        BigDecimal value = BigDecimal.valueOf(cents, 2);
        assertThat(Amounts.minor(FastMoney.of(value, "MAD"), "x")).isEqualTo(Amounts.minor(Money.of(value, "MAD"), "x"))
                .isEqualTo(cents);
    }
}

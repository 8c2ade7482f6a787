package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AllocationTest {

    static MonetaryAmount mad(String s) {
        return Money.of(new BigDecimal(s), "MAD");
    }

    @Test
    void splits_to_the_minor_unit_with_the_extra_cent_to_the_smallest_key_on_a_tie() {
        Allocation<String> a = Allocation.of(mad("100.00"), Map.of("a", 1L, "b", 1L, "c", 1L));
        assertThat(a.parts()).containsExactly(Map.entry("a", mad("33.34")), Map.entry("b", mad("33.33")),
                Map.entry("c", mad("33.33")));
        assertThat(a.leftover()).isEqualTo(mad("0"));
    }

    @Test
    void javadoc_example_with_cash_units() {
        Map<String, Long> w = Map.of("c", 1L, "b", 1L, "a", 1L);
        Allocation<String> one = Allocation.of(mad("100"), w, mad("1"), true);
        assertThat(one.parts().values()).containsExactly(mad("34"), mad("33"), mad("33"));
        Allocation<String> five = Allocation.of(mad("100"), w, mad("5"), true);
        assertThat(five.parts().values()).containsExactly(mad("35"), mad("35"), mad("30"));
        assertThat(five.leftover()).isEqualTo(mad("0"));
        Allocation<String> kept = Allocation.of(mad("100"), w, mad("5"), false);
        assertThat(kept.parts().values()).containsExactly(mad("30"), mad("30"), mad("30"));
        assertThat(kept.leftover()).isEqualTo(mad("10"));
    }

    @Test
    void largest_remainder_wins_before_key_order() {
        // exact shares 16.6..., 33.3..., 50 of 100 with a cash unit of 10: floors 10, 30, 50, leftover 10
        // goes to "x" (remainder 6.67 beats 3.33)
        Allocation<String> a = Allocation.of(mad("100"), Map.of("x", 1L, "y", 2L, "z", 3L), mad("10"), true);
        assertThat(a.part("x")).isEqualTo(mad("20"));
        assertThat(a.part("y")).isEqualTo(mad("30"));
        assertThat(a.part("z")).isEqualTo(mad("50"));
        assertThat(a.exactShare("x")).isEqualByComparingTo("16.666666666667");
    }

    @Test
    void a_total_below_one_cash_unit_is_all_leftover() {
        Allocation<String> a = Allocation.of(mad("0.99"), Map.of("a", 5L), mad("1"), true);
        assertThat(a.part("a")).isEqualTo(mad("0"));
        assertThat(a.leftover()).isEqualTo(mad("0.99"));
    }

    @Test
    void zero_weights_leave_everything_over() {
        Allocation<String> a = Allocation.of(mad("7"), Map.of("a", 0L, "b", 0L));
        assertThat(a.parts().values()).containsOnly(mad("0"));
        assertThat(a.leftover()).isEqualTo(mad("7"));
        assertThat(a.exactShare("a")).isZero();
    }

    @Test
    void zero_decimal_currency() {
        MonetaryAmount total = Money.of(1001, "UGX");
        Allocation<String> a = Allocation.of(total, Map.of("a", 1L, "b", 1L), Money.of(50, "UGX"), true);
        assertThat(a.part("a")).isEqualTo(Money.of(500, "UGX"));
        assertThat(a.part("b")).isEqualTo(Money.of(500, "UGX"));
        assertThat(a.leftover()).isEqualTo(Money.of(1, "UGX"));
        assertThat(a).hasToString("UGX 1001 -> {a=UGX 500, b=UGX 500}, leftover UGX 1");
    }

    @Test
    void refuses_bad_input() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Allocation.of(mad("-1"), Map.of("a", 1L))).withMessageContaining("must not be negative");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Allocation.of(mad("1"), Map.of("a", -1L))).withMessage("Weight of a must not be negative: -1");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Allocation.of(mad("1.001"), Map.of("a", 1L))).withMessageContaining("finer than the smallest unit of MAD");
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> Allocation.of(mad("1"), Map.of("a", 1L), Money.of(1, "EUR"), true))
                .withMessageEndingWith("currencies differ: the cash unit is EUR 1.00 but the group saves in MAD");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Allocation.of(mad("1"), Map.of("a", 1L), mad("0"), true)).withMessageContaining("more than zero");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Allocation.of(mad("1"), Map.of("a", 1L)).part("b")).withMessage("No weight was given for b");
        assertThatNullPointerException().isThrownBy(() -> Allocation.of(null, Map.of("a", 1L)));
        assertThatNullPointerException().isThrownBy(() -> Allocation.of(mad("1"), null));
    }

    @Test
    void weights_may_add_up_to_the_largest_long_and_no_more() {
        assertThat(Allocation.of(mad("10"), Map.of("a", Long.MAX_VALUE - 1, "b", 1L)).parts()).hasSize(2);
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Allocation.of(mad("10"), Map.of("a", Long.MAX_VALUE, "b", 1L)))
                .withMessageContaining("The weights add up to more than");
    }

    @Test
    void equal_allocations_are_equal() {
        Allocation<String> a = Allocation.of(mad("10"), Map.of("a", 1L, "b", 3L));
        Allocation<String> b = Allocation.of(mad("10.00"), new java.util.TreeMap<>(Map.of("b", 3L, "a", 1L)));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Allocation.of(mad("11"), Map.of("a", 1L, "b", 3L)));
    }
}

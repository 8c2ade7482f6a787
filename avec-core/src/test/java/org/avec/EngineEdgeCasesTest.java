package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.avec.internal.Amounts;

/**
 * The edges of the engine's short cuts, case by case: amounts read to minor units, charges in {@code long}s, the
 * member table. The properties cover the ordinary ranges; these pin the boundaries where a short cut must step
 * aside or give way to a refusal.
 */
class EngineEdgeCasesTest {

    @ParameterizedTest(name = "{0} {1} = {2} minor units")
    @CsvSource({
        "MAD, 0.00, 0", "MAD, 5.00, 500", "MAD, 12.5, 1250", "MAD, 1E+3, 100000", "MAD, -7.05, -705",
        "XOF, 1500, 1500", "TND, 1.234, 1234",
        "MAD, 92233720368547758.07, 9223372036854775807",    // the largest amount a long of centimes holds
        "MAD, -92233720368547758.08, -9223372036854775808",
        "MAD, 92233720368547758, 9223372036854775800"        // 17 digits and two more places: still fits
    })
    void amounts_are_read_exactly(String currency, String value, long minor) {
        assertThat(Amounts.minor(Money.of(new BigDecimal(value), currency), "x")).isEqualTo(minor);
    }

    @ParameterizedTest(name = "{0} {1} is too large")
    @CsvSource({"MAD, 999999999999999999", "MAD, -999999999999999999", "MAD, 92233720368547759",
        "XOF, 99999999999999999999", "MAD, 1E+17"})
    void amounts_too_large_for_minor_units_are_refused(String currency, String value) {
        assertThatThrownBy(() -> Amounts.minor(Money.of(new BigDecimal(value), currency), "the loan"))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("the loan")
                .hasMessageContaining("too large to count in minor units");
    }

    @Test
    void amounts_finer_than_the_minor_unit_are_refused() {
        assertThatThrownBy(() -> Amounts.minor(Money.of(new BigDecimal("0.001"), "MAD"), "the fine"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "the fine MAD 0.001 is finer than the smallest unit of MAD (2 decimal places)");
        assertThatThrownBy(() -> Amounts.minor(Money.of(new BigDecimal("5.5"), "XOF"), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0 decimal places)");
    }

    @ParameterizedTest(name = "{0} x {1} x {2} periods / unit {3}, {4} = {5}")
    @CsvSource({
        // rate, base, periods, unit, mode, expected (-1: the long path steps aside)
        "0.10, 1000, 1, 1, HALF_UP, 100",
        "1, 1000, 3, 1, HALF_UP, 3000",                         // a whole-number rate (scale 0)
        "0.000000000000000001, 1000000000000000000, 1, 1, HALF_UP, 1",   // scale 18 still fits
        "0.0000000000000000001, 10, 1, 1, HALF_UP, -1",          // scale 19 does not
        "1E+1, 10, 1, 1, HALF_UP, -1",                           // negative scale
        "-0.10, 1000, 1, 1, HALF_UP, -1",                        // negative rate
        "0.10, -1000, 1, 1, HALF_UP, -1",
        "0.10, 1000, -1, 1, HALF_UP, -1",
        "1234567890123456789, 1, 1, 1, HALF_UP, -1",             // 19 digits of rate
        "0.5, 9223372036854775807, 1, 1, HALF_UP, -1",           // rate x base overflows
        "0.05, 4611686018427387904, 1, 1, HALF_UP, -1",          // rate x base overflows into the sign bit
        "0.5, 4611686018427387903, 3, 1, HALF_UP, -1",           // x periods overflows
        "0.000000000000000001, 1, 1, 100, HALF_UP, -1",          // 10^18 x unit overflows
        "1, 9223372036854775807, 1, 3, UP, -1",                  // the rounded charge x unit overflows
        "0.10, 35, 1, 1, HALF_UP, 4",    // 3.5 -> 4
        "0.10, 35, 1, 1, HALF_DOWN, 3",  // 3.5 -> 3
        "0.10, 35, 1, 1, HALF_EVEN, 4",  // 3.5 -> 4 (even)
        "0.10, 25, 1, 1, HALF_EVEN, 2",  // 2.5 -> 2 (even)
        "0.10, 36, 1, 1, HALF_DOWN, 4",  // 3.6 -> 4
        "0.10, 34, 1, 1, HALF_UP, 3",    // 3.4 -> 3
        "0.10, 36, 1, 1, HALF_EVEN, 4",
        "0.10, 34, 1, 1, HALF_EVEN, 3",
        "0.10, 31, 1, 1, UP, 4", "0.10, 31, 1, 1, CEILING, 4", "0.10, 39, 1, 1, DOWN, 3", "0.10, 39, 1, 1, FLOOR, 3",
        "0.10, 1250, 1, 50, HALF_UP, 150",    // 125 -> 2.5 cash units of 50 -> 3 units = 150
        "0.10, 1250, 1, 50, HALF_EVEN, 100",  // 2.5 -> 2 units = 100
        "0.10, 1300, 3, 3, HALF_UP, 390"      // 390 / 3 = 130 units exactly
    })
    void charges_in_longs(String rate, long base, int periods, long unit, RoundingMode mode, long expected) {
        assertThat(MinorUnits.timesInLongs(new BigDecimal(rate), base, periods, unit, mode)).isEqualTo(expected);
    }

    @Test
    void members_joining_one_by_one_are_all_found_and_strangers_are_not() {
        Constitution c = Constitution.builder(Money.of(10, "MAD")).build();
        Cycle cycle = Cycle.start(c).openMeeting(LocalDate.of(2026, 1, 5));
        for (int i = 0; i < 40; i++) {
            cycle = cycle.join("m" + i, "Member " + i);
        }
        for (int i = 39; i >= 0; i--) { // backwards, so that no lookup is the one after the last
            cycle = cycle.buyShares("m" + i, 1 + i % 5);
        }
        for (int i = 0; i < 40; i++) {
            assertThat(cycle.member("m" + i).shares()).isEqualTo(1 + i % 5);
        }
        Cycle before = cycle;
        assertThatThrownBy(() -> before.buyShares("m40", 1)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("MEMBER_UNKNOWN");
        assertThatThrownBy(() -> before.join("m7", "Again")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("MEMBER_ALREADY_JOINED");
    }

    @Test
    void a_large_founding_list_is_indexed_and_a_repeated_founder_is_named() {
        List<Member> founders = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            founders.add(Member.of("f" + i, "F" + i));
        }
        Cycle cycle = Cycle.start(Constitution.builder(Money.of(10, "MAD")).build(), Money.of(0, "MAD"),
                Money.of(0, "MAD"), founders).openMeeting(LocalDate.of(2026, 1, 5)).buyShares("f299", 2).buyShares("f0", 3);
        assertThat(cycle.member("f299").shares()).isEqualTo(2);
        assertThat(cycle.member("f0").shares()).isEqualTo(3);
        founders.add(Member.of("f150", "Again"));
        assertThatThrownBy(() -> Cycle.start(Constitution.builder(Money.of(10, "MAD")).build(), Money.of(0, "MAD"),
                Money.of(0, "MAD"), founders)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Member f150 is listed twice");
    }

    @Test
    void a_batch_replayed_in_several_parts_gives_the_same_cycle_as_one_batch() {
        Cycle whole = ShareOutTest.rulesExample();
        List<Event> events = whole.events();
        assertThat(events).hasSizeGreaterThan(10);
        Cycle parts = Cycle.start(whole.constitution(), whole.carriedCapital(), whole.carriedSocialFund(), whole.founders())
                .recordAll(events.subList(0, events.size() / 3)).recordAll(List.of()).recordAll(events.subList(events.size() / 3, events.size()));
        assertThat(parts).isEqualTo(whole).hasSameHashCodeAs(whole);
        assertThat(parts.events()).containsExactlyElementsOf(events);
    }
}

package org.avec.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.Event;
import org.avec.Member;
import org.avec.Profile;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** What an independent check of the indicators found, tried as a user would. */
class IndicatorsAsUsersNeedThemTest {

    static Money mad(String v) {
        return Money.of(new BigDecimal(v), "MAD");
    }

    static Cycle tenFoundersTwoJoinersOneLeaver() {
        Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 12).build();
        List<Member> founders = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            founders.add(Member.of("m" + i, "M" + i));
        }
        return Cycle.start(c, mad("0"), mad("0"), founders).openMeeting(LocalDate.of(2026, 1, 5))
                .buyShares("m1", 1).join("j1", "J1").join("j2", "J2").leave("m10");
    }

    @Test
    void drop_out_is_counted_against_the_members_at_the_start_and_the_other_convention_is_named() {
        Indicators i = Indicators.of(tenFoundersTwoJoinersOneLeaver());
        assertThat(i.dropOut().percent()).isEqualByComparingTo("10.00"); // 1 of 10 founders (section 9)
        assertThat(i.dropOutOfEveryone().percent()).isEqualByComparingTo("8.33"); // 1 of 12 ever members
    }

    @Test
    void attendance_and_women_not_recorded_are_not_zero() {
        Cycle none = tenFoundersTwoJoinersOneLeaver();
        Indicators i = Indicators.of(none);
        assertThat(i.attendance().isDefined()).as("no attendance was taken").isFalse();
        assertThat(i.attendanceRecent().isDefined()).isFalse();
        assertThat(i.womenShare().isDefined()).as("no member's sex is recorded").isFalse();
        // once taken, attendance counts the members at that meeting
        Indicators taken = Indicators.of(none.attend("m1", Event.Presence.PRESENT).attend("m2", Event.Presence.ABSENT));
        // 1 of the 12 members at that meeting (the founder who left at it included)
        assertThat(taken.attendance().percent()).isEqualByComparingTo("8.33");
        Indicators women = Indicators.of(none.join("w", "W", Profile.of(Profile.Sex.FEMALE, 1990))
                .join("x", "X", Profile.of(Profile.Sex.MALE, 1991)));
        assertThat(women.womenShare().percent()).isEqualByComparingTo("50.00"); // of the 2 whose sex is recorded
    }

    @Test
    void amounts_print_as_money_and_ratios_at_any_scale() {
        Indicators i = Indicators.of(tenFoundersTwoJoinersOneLeaver());
        assertThat(i.toString()).contains("savings=10.00").contains("loanFundCash=10.00").contains("members=11");
        assertThat(Ratio.of(5, 800).percent()).isEqualByComparingTo("0.62");
        assertThat(Ratio.of(5, 800).percent(3)).isEqualByComparingTo("0.625");
        assertThat(Ratio.of(5, 800).percent(0)).isEqualByComparingTo("1");
        assertThatThrownBy(() -> Ratio.of(1, 3).percent(31)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.avec.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.Member;
import org.avec.RuleViolationException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Returns on dated cash flows, against the rules reference's section 12 and hand-worked cycles. */
class CashFlowReturnsTest {

    static Money mad(String v) {
        return Money.of(new BigDecimal(v), "MAD");
    }

    @Test
    void section12_ten_dirhams_a_week_for_52_weeks_and_624_received_is_43_44_percent_a_year() {
        // 10 MAD (1,000 centimes) saved at each of 52 weekly meetings (t = 0 to 51), 624 received at the last
        long[] flows = new long[52];
        java.util.Arrays.fill(flows, -1000);
        flows[51] += 62400;
        CashFlowReturns.Rate r = CashFlowReturns.solve(flows, 52);
        assertThat(r.perMeeting()).isCloseTo(new BigDecimal("0.006961644661"), org.assertj.core.data.Offset.offset(
                new BigDecimal("2E-12")));
        assertThat(r.toString()).isEqualTo("0.6962% a meeting, 43.44% a year");
        // the simple return on the same savings: 104 of profit on 520 saved
        assertThat(new BigDecimal(104).divide(new BigDecimal(520))).isEqualByComparingTo("0.20");
    }

    @Test
    void flows_that_never_change_sign_have_no_rate() {
        assertThat(CashFlowReturns.solve(new long[] {-100, -100, 0}, 52)).isNull();
        assertThat(CashFlowReturns.solve(new long[] {0, 0, 0}, 52)).isNull();
        // paid back exactly what was saved: no return at all
        assertThat(CashFlowReturns.solve(new long[] {-100, -100, 200}, 12).perMeeting()).isEqualByComparingTo("0");
        // a loss: 150 back for 200 saved over one meeting is -25% a meeting
        assertThat(CashFlowReturns.solve(new long[] {-200, 150}, 12).perMeeting()).isEqualByComparingTo("-0.25");
    }

    /** Two members of a monthly group; Amina saves early, Badia late; the profit is a fine Badia pays. */
    static Cycle twoMembers() {
        Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.MONTHLY, 3)
                .fine("late", mad("30")).cashUnit(mad("0.01"))
                .loans(org.avec.LoanPolicy.builder().closingMeetings(0).build()).build();
        return Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("amina", "Amina"), Member.of("badia", "Badia")))
                .openMeeting(LocalDate.of(2026, 1, 5)).buyShares("amina", 5)
                .openMeeting(LocalDate.of(2026, 2, 2)).buyShares("amina", 5)
                .openMeeting(LocalDate.of(2026, 3, 2)).buyShares("badia", 5).fine("badia", "late")
                .payFine("badia", mad("30"));
    }

    @Test
    void each_member_s_rate_is_on_her_own_dates_and_the_group_s_on_the_sum() {
        // loan fund 180 = savings 150 + fine 30, shared by shares: Amina 10/15 → 120, Badia 5/15 → 60
        // Amina: -50 at meeting 1, -50 at 2, +120 at 3: (1+r)^2·50 + (1+r)·50 = 120 → r = 0.130662...
        // Badia: -50 and +60 at meeting 3: nothing in between, no rate can balance them (no time passes)
        CashFlowReturns r = CashFlowReturns.of(twoMembers());
        double amina = (-50 + Math.sqrt(50 * 50 + 4 * 50 * 120.0)) / (2 * 50) - 1;
        assertThat(r.member("amina").orElseThrow().perMeeting().doubleValue()).isCloseTo(amina,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.member("amina").orElseThrow().perYear().doubleValue()).isCloseTo(Math.pow(1 + amina, 12) - 1,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.member("badia")).as("saved and paid back at the same meeting: no rate").isEmpty();
        // the group: -50 (opening? no: meeting 1), -50, +180 - 50 = +130 at meeting 3
        assertThat(r.group()).isPresent();
        assertThat(r.group().orElseThrow().perMeeting().signum()).isPositive();
        assertThat(r.members()).containsOnlyKeys(org.avec.MemberId.of("amina"));
        // the group's rate alone, as a programme's report asks it, is the same rate
        assertThat(CashFlowReturns.ofGroup(twoMembers())).isEqualTo(r.group());
    }

    @Test
    void a_cycle_that_cannot_be_shared_out_has_no_returns_yet() {
        Cycle early = twoMembers();
        Cycle notYet = Cycle.replay(early.constitution(), early.opening(), early.events().subList(0, 4));
        assertThatThrownBy(() -> CashFlowReturns.of(notYet)).isInstanceOf(RuleViolationException.class);
    }
}

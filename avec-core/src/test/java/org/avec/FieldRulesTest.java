package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Rules that an independent check of 0.2.0 found missing or wrong against the rules reference: cash handed in beyond
 * the most shares (§2), a charge deducted at issue and the first period's charge at issue (§5), the cash count's
 * currency, and the message of a replay that forgot its founders.
 */
class FieldRulesTest {

    static final LocalDate D = LocalDate.of(2026, 1, 5);

    static Money ghs(int n) {
        return Money.of(n, "GHS");
    }

    static Money mad(String s) {
        return Money.of(new BigDecimal(s), "MAD");
    }

    // ---- §2 cash handed in beyond the most shares

    @Test
    void forty_ghs_at_five_a_share_buys_five_shares_and_fifteen_go_back_not_into_the_social_fund() {
        Constitution c = Constitution.builder(ghs(5)).sharesPerMeeting(1, 5)
                .leftover(Constitution.Leftover.SOCIAL_FUND).build();
        Cycle cycle = Cycle.start(c, ghs(0), ghs(0), List.of(Member.of("m", "M"))).openMeeting(D).handIn("m", ghs(40));
        assertThat(cycle.member("m").shares()).isEqualTo(5);
        assertThat(cycle.member("m").savings()).isEqualTo(ghs(25));
        assertThat(cycle.socialFund()).as("the 15 GHS beyond 5 shares are hers").isEqualTo(ghs(0));
        assertThat(cycle.cashInBox()).isEqualTo(ghs(25));
        // within the most shares, a leftover smaller than a share still goes to the social fund
        Cycle within = Cycle.start(c, ghs(0), ghs(0), List.of(Member.of("m", "M"))).openMeeting(D).handIn("m", ghs(23));
        assertThat(within.socialFund()).isEqualTo(ghs(3));
        Cycle atMost = Cycle.start(c, ghs(0), ghs(0), List.of(Member.of("m", "M"))).openMeeting(D).handIn("m", ghs(28));
        assertThat(atMost.member("m").shares()).isEqualTo(5);
        assertThat(atMost.socialFund()).isEqualTo(ghs(3));
    }

    // ---- §5 a charge deducted at issue: only the cash handed over leaves the box

    Cycle deductedGroup() {
        Constitution c = Constitution.builder(mad("10")).sharesPerMeeting(1, 50)
                .loans(LoanPolicy.builder().serviceCharge(new BigDecimal("0.10"), 4,
                        LoanPolicy.ChargingMethod.DEDUCTED_AT_ISSUE).build()).build();
        // 40 shares (cap 3 × 400 = 1,200); the box holds 700 = 400 of savings + 300 earned before the books
        Opening opening = Opening.builder(c.currency(), 5).loanFundCash(mad("700")).earnedBefore(mad("300"))
                .member(Member.of("m", "M"), 40).build();
        return Cycle.start(c, opening).openMeeting(D);
    }

    @Test
    void a_loan_of_1000_with_300_kept_back_needs_700_in_the_box() {
        Cycle open = deductedGroup();
        assertThat(open.borrowingCapacity("m")).as("for one period: 777.78 − 77.78 kept back = 700").isEqualTo(mad("777.78"));
        Cycle lent = open.lend("m", mad("1000"), 3);
        assertThat(lent.loanFund()).isEqualTo(mad("0"));
        assertThat(lent.loansOutstanding()).isEqualTo(mad("1000"));
        assertThat(lent.loanIncome()).isEqualTo(mad("300"));
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> open.lend("m", mad("1001"), 3))
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.LOAN_FUND_CASH))
                .withMessageContaining("a loan of MAD 1001.00, handing over MAD 700.70 after the charge kept back,"
                        + " is more than the MAD 700.00 cash in the loan fund");
    }

    // ---- §5 the first period's charge at issue

    Cycle repaidNextMeeting(LoanPolicy.FirstCharge first, LoanPolicy.ChargingMethod method) {
        Constitution c = Constitution.builder(mad("10")).sharesPerMeeting(1, 50)
                .loans(LoanPolicy.builder().serviceCharge(new BigDecimal("0.10"), 4, method).firstCharge(first).build())
                .build();
        Cycle lent = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("m", "M"))).openMeeting(D)
                .buyShares("m", 50).lend("m", mad("100"), 2);
        return lent.openMeeting(D.plusWeeks(1)).repayAll("m");
    }

    @Test
    void a_loan_repaid_at_the_next_meeting_pays_no_charge_by_default_and_the_first_period_if_charged_at_issue() {
        assertThat(repaidNextMeeting(LoanPolicy.FirstCharge.END_OF_PERIOD, LoanPolicy.ChargingMethod.FLAT).loanIncome())
                .isEqualTo(mad("0"));
        assertThat(repaidNextMeeting(LoanPolicy.FirstCharge.AT_ISSUE, LoanPolicy.ChargingMethod.FLAT).loanIncome())
                .isEqualTo(mad("10"));
        assertThat(repaidNextMeeting(LoanPolicy.FirstCharge.AT_ISSUE, LoanPolicy.ChargingMethod.DECLINING_BALANCE)
                .loanIncome()).isEqualTo(mad("10"));
        // the up-front methods fix the whole term's charge at issue either way
        assertThat(repaidNextMeeting(LoanPolicy.FirstCharge.AT_ISSUE, LoanPolicy.ChargingMethod.UP_FRONT).loanIncome())
                .isEqualTo(mad("20"));
    }

    @Test
    void charged_at_issue_a_full_term_pays_as_many_periods_as_by_default() {
        for (LoanPolicy.FirstCharge first : LoanPolicy.FirstCharge.values()) {
            Constitution c = Constitution.builder(mad("10")).sharesPerMeeting(1, 50)
                    .loans(LoanPolicy.builder().firstCharge(first).build()).build();
            Cycle cycle = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("m", "M"))).openMeeting(D)
                    .buyShares("m", 50).lend("m", mad("100"), 2);
            for (int m = 2; m <= 9; m++) {
                cycle = cycle.openMeeting(D.plusWeeks(m - 1));
            }
            assertThat(cycle.member("m").owedOnLoans()).as(first.toString()).isEqualTo(mad("120"));
        }
    }

    // ---- the cash count's currency is a rule of the group

    @Test
    void a_cash_count_in_another_currency_is_refused_by_the_group_currency_rule() {
        Constitution c = Constitution.builder(mad("10")).build();
        Cycle open = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("m", "M"))).openMeeting(D);
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> open.countCash(mad("0"), Money.of(0, "EUR")))
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.GROUP_CURRENCY))
                .withMessageContaining("the cash counted in the social fund is EUR 0.00 but the group saves in MAD");
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> open.countCash(Money.of(0, "EUR"), mad("0")))
                .withMessageContaining("the cash counted in the loan fund is EUR 0.00");
    }

    // ---- §11 representatives

    @Test
    void a_represented_member_is_counted_apart_and_not_fined_for_absence_unless_the_group_says_so() {
        Constitution c = Constitution.builder(mad("10")).fine("absent", mad("5")).absenceFine("absent", false).build();
        Cycle open = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("a", "A"), Member.of("r", "R"),
                Member.of("x", "X"))).openMeeting(D).attend("a", Event.Presence.PRESENT)
                .attend("r", Event.Presence.REPRESENTED).attend("x", Event.Presence.ABSENT)
                .buyShares("r", 2);
        assertThat(open.member("r").represented()).isEqualTo(1);
        assertThat(open.member("r").absent()).isZero();
        assertThat(open.meetingSummaries().get(0).represented()).isEqualTo(1);
        assertThat(open.meetingSummaries().get(0).toString()).contains("1 absent, 1 represented");
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> open.fine("r", "absent"))
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.FINE_ABSENCE))
                .withMessageContaining("a member who sent a representative is not fined")
                .withMessageContaining("her attendance is represented");
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> open.fine("a", "absent"))
                .withMessageContaining("her attendance is present");
        assertThat(open.fine("x", "absent").member("x").finesOwed()).isEqualTo(mad("5"));
        Cycle strict = Cycle.start(c.toBuilder().absenceFine("absent", true).build(), mad("0"), mad("0"),
                List.of(Member.of("r", "R"))).openMeeting(D).attend("r", Event.Presence.REPRESENTED).fine("r", "absent");
        assertThat(strict.member("r").finesOwed()).isEqualTo(mad("5"));
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Constitution.builder(mad("10")).absenceFine("missing", false).build())
                .withMessageContaining("The absence fine 'missing' is not in the fines' schedule");

        org.avec.indicators.Indicators ind = org.avec.indicators.Indicators.of(open);
        assertThat(ind.attendance().numerator()).as("only A came").isEqualTo(java.math.BigInteger.ONE);
        assertThat(ind.attendanceWithRepresentatives().numerator()).as("A came, R sent someone").isEqualTo(java.math.BigInteger.TWO);
        assertThat(ind.attendanceWithRepresentatives().denominator()).isEqualTo(java.math.BigInteger.valueOf(3));
    }

    // ---- each meeting's summary reconciles each box

    @Test
    void a_meeting_with_a_social_fund_loan_and_a_fine_to_the_social_fund_reconciles_its_boxes() {
        // the independent review's case: 10 in the social fund, 5 paid in, a social-fund loan of 6, a fine of 2 to it
        Constitution c = Constitution.builder(mad("10")).socialFund(mad("5")).fine("late", mad("2"))
                .finesTo(Constitution.FineDestination.SOCIAL_FUND).socialFundLoans(4).build();
        Cycle cycle = Cycle.start(c, mad("0"), mad("10"), List.of(Member.of("m", "M"))).openMeeting(D)
                .paySocialFund("m").lendFromSocialFund("m", mad("6")).fine("m", "late").payFine("m", mad("2"));
        MeetingSummary s = cycle.meetingSummaries().get(0);
        assertThat(cycle.socialFund()).isEqualTo(mad("11"));
        assertThat(s.socialFundCashAtStart()).isEqualTo(mad("10"));
        assertThat(s.socialFundIn()).isEqualTo(mad("5"));
        assertThat(s.socialFundLent()).isEqualTo(mad("6"));
        assertThat(s.finesToSocialFund()).isEqualTo(mad("2"));
        assertThat(s.finesPaid()).as("none into the loan fund").isEqualTo(mad("0"));
        assertThat(s.socialFundMovements()).isEqualTo(mad("1"));
        assertThat(s.socialFundCash()).isEqualTo(mad("11"));
        Cycle repaid = cycle.openMeeting(D.plusWeeks(1)).repaySocialFund("m", mad("6"));
        assertThat(repaid.meetingSummaries().get(1).socialFundRepaid()).isEqualTo(mad("6"));
        assertThat(repaid.meetingSummaries().get(1).socialFundCashAtStart()).isEqualTo(mad("11"));
    }

    // ---- rates and multiples are bounded, so that a charge or a cap can always be worked out

    @Test
    void a_rate_or_multiple_finer_than_18_decimals_is_refused_never_read_as_no_cap() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> LoanPolicy.builder().maxMultipleOfSavings(new BigDecimal("1e-999999999")).build())
                .withMessageContaining("maxMultipleOfSavings has at most 18 decimal places");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> LoanPolicy.builder().latePenaltyRate(new BigDecimal("1e-19")).build())
                .withMessageContaining("The late penalty rate has at most 18 decimal places");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> ShareOutPolicy.builder().leavingPenalty(new BigDecimal("1e-999999999")).build())
                .withMessageContaining("The leaving penalty has at most 18 decimal places");
        assertThat(LoanPolicy.builder().serviceCharge(new BigDecimal("0.100000000000000000000"), 4,
                LoanPolicy.ChargingMethod.FLAT).build().rate()).isEqualByComparingTo("0.1");
    }

    // ---- a refused setting is named as data

    @Test
    void a_refused_setting_names_itself_as_data() {
        assertThatExceptionOfType(SettingException.class)
                .isThrownBy(() -> Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 0)
                        .socialFundLoans(3).build())
                .satisfies(e -> assertThat(e.setting()).isEqualTo(SettingException.Setting.MEETINGS))
                .withMessage("A cycle has at least one meeting, not 0");
        assertThatExceptionOfType(SettingException.class)
                .isThrownBy(() -> Constitution.builder(mad("10")).fine("late", mad("0")).build())
                .satisfies(e -> {
                    assertThat(e.setting()).isEqualTo(SettingException.Setting.FINE);
                    assertThat(e.fine()).contains("late");
                });
        assertThatExceptionOfType(SettingException.class)
                .isThrownBy(() -> LoanPolicy.builder().maxLoansAtOnce(0).build())
                .satisfies(e -> assertThat(e.setting()).isEqualTo(SettingException.Setting.LOANS_AT_ONCE));
        assertThatExceptionOfType(SettingException.class)
                .isThrownBy(() -> ShareOutPolicy.builder().leavingPenalty(new BigDecimal("2")).build())
                .satisfies(e -> assertThat(e.setting()).isEqualTo(SettingException.Setting.LEAVING_PENALTY));
    }

    // ---- years of birth fit the meeting

    @Test
    void a_member_born_after_the_meeting_or_more_than_120_years_before_is_refused() {
        Constitution c = Constitution.builder(mad("10")).build();
        Member unborn = Member.of("u", "U").with(Profile.of(Profile.Sex.FEMALE, 2099));
        Cycle start = Cycle.start(c, mad("0"), mad("0"), List.of(unborn));
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> start.openMeeting(D))
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.MEMBER_PROFILE))
                .withMessageContaining("member u: born in 2099, but meeting 1 is in 2026: a year of birth is from 1906"
                        + " to 2026");
        Cycle open = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("m", "M"))).openMeeting(D);
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> open.join("old", "Old", Profile.of(Profile.Sex.MALE, 1905)))
                .withMessageContaining("born in 1905");
        assertThat(open.join("x", "X", Profile.of(Profile.Sex.FEMALE, 1906)).member("x").isActive()).isTrue();
        assertThat(open.join("y", "Y", Profile.of(Profile.Sex.FEMALE, 2026)).member("y").isActive()).isTrue();
    }

    // ---- a replay that forgot the founders says so

    @Test
    void replaying_without_the_founders_says_that_founders_are_given_at_the_start() {
        Constitution c = Constitution.builder(mad("10")).build();
        Cycle cycle = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("amina", "Amina"))).openMeeting(D)
                .buyShares("amina", 1);
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> Cycle.replay(c, cycle.events()))
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.MEMBER_UNKNOWN))
                .withMessageContaining("founding members are given when the cycle starts");
        assertThat(Cycle.replay(c, cycle.opening(), cycle.events())).isEqualTo(cycle);
    }
}

package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The edges of the rule variants: each test names the case a rule must get right at its boundary. */
class VariantEdgesTest {

    static final LocalDate D = LocalDate.of(2026, 1, 5);

    static Money mad(String s) {
        return Money.of(new BigDecimal(s), "MAD");
    }

    static Constitution.Builder small(int meetings) {
        return Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, meetings)
                .loans(LoanPolicy.builder().closingMeetings(0).serviceCharge(new BigDecimal("0.10"), 1,
                        LoanPolicy.ChargingMethod.FLAT).build());
    }

    static ShareOutPolicy method(ShareOutPolicy.Method m) {
        return ShareOutPolicy.builder().method(m).rounding(ShareOutPolicy.Rounding.EACH_PAYOUT_DOWN).build();
    }

    @Test
    void split_equally_the_profit_goes_only_to_members_with_shares() {
        Constitution c = small(2).shareOut(method(ShareOutPolicy.Method.FLAT_PROFIT)).build();
        ShareOut s = Cycle.start(c, mad("30"), mad("0"), List.of(Member.of("a", "A"), Member.of("b", "B"),
                Member.of("z", "Z"))).openMeeting(D).buyShares("a", 1).buyShares("b", 2).openMeeting(D.plusWeeks(1))
                .shareOut();
        assertThat(s.line("z").net()).isEqualTo(mad("0"));
        assertThat(s.line("a").net()).isEqualTo(mad("25"));
        assertThat(s.line("b").net()).isEqualTo(mad("35"));
        assertThat(s.totalWeight()).isEqualTo(2);
    }

    @Test
    void by_share_meetings_with_every_share_bought_at_the_share_out_the_profit_goes_by_shares() {
        Constitution c = small(2).shareOut(method(ShareOutPolicy.Method.TIME_WEIGHTED)).build();
        ShareOut s = Cycle.start(c, mad("30"), mad("0"), List.of(Member.of("a", "A"), Member.of("b", "B")))
                .openMeeting(D).openMeeting(D.plusWeeks(1)).buyShares("a", 1).buyShares("b", 2).shareOut();
        assertThat(s.totalWeight()).as("no share-meetings: shares").isEqualTo(3);
        assertThat(s.line("a").net()).isEqualTo(mad("20"));
        assertThat(s.line("b").net()).isEqualTo(mad("40"));
    }

    @Test
    void a_social_fund_shared_equally_with_no_one_left_is_carried() {
        Constitution c = small(3).socialFund(mad("5"))
                .shareOut(ShareOutPolicy.builder().socialFund(ShareOutPolicy.SocialFund.SHARED_EQUALLY).build()).build();
        Cycle cycle = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("a", "A"))).openMeeting(D).buyShares("a", 1)
                .paySocialFund("a").openMeeting(D.plusWeeks(1)).leave("a").openMeeting(D.plusWeeks(2));
        ShareOut s = cycle.shareOut();
        assertThat(s.lines()).isEmpty();
        assertThat(s.socialFundShared()).isEqualTo(mad("0"));
        assertThat(s.carriedSocialFund()).isEqualTo(mad("5"));
    }

    @Test
    void loan_based_gives_back_the_late_penalties_paid_too() {
        Constitution c = small(6).loans(LoanPolicy.builder().closingMeetings(0).latePenaltyRate(new BigDecimal("0.10"))
                .serviceCharge(new BigDecimal("0.10"), 1, LoanPolicy.ChargingMethod.FLAT).build())
                .shareOut(method(ShareOutPolicy.Method.LOAN_BASED)).build();
        // a borrows 20 at meeting 1 for 1 meeting: charged 2 at meetings 2 and 3; overdue at meeting 3: penalty 2
        Cycle cycle = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("a", "A"), Member.of("b", "B")))
                .openMeeting(D).buyShares("a", 1).buyShares("b", 1).lend("a", mad("20"), 1)
                .openMeeting(D.plusWeeks(1)).openMeeting(D.plusWeeks(2)).repayAll("a");
        for (int m = 4; m <= 6; m++) {
            cycle = cycle.openMeeting(D.plusWeeks(m - 1));
        }
        assertThat(cycle.member("a").chargesPaid()).isEqualTo(mad("4"));
        assertThat(cycle.member("a").penaltiesPaid()).isEqualTo(mad("2"));
        ShareOut s = cycle.shareOut();
        assertThat(s.line("a").net()).as("savings 10 + charges 4 + penalty 2").isEqualTo(mad("16"));
        assertThat(s.line("b").net()).isEqualTo(mad("10"));
    }

    @Test
    void the_share_out_refusal_names_loans_and_social_fund_loans() {
        Constitution c = small(3).socialFundLoans(1).build();
        Cycle cycle = Cycle.start(c, mad("0"), mad("20"), List.of(Member.of("a", "A"), Member.of("b", "B")))
                .openMeeting(D).buyShares("a", 1).buyShares("b", 1).openMeeting(D.plusWeeks(1)).lend("a", mad("10"), 1)
                .lendFromSocialFund("a", mad("5")).lendFromSocialFund("b", mad("15")).openMeeting(D.plusWeeks(2));
        Cycle end = cycle;
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(end::shareOut)
                .withMessageEndingWith("loans are still outstanding: a owes MAD 11.00, a owes the social fund MAD 5.00, "
                        + "b owes the social fund MAD 15.00");
    }

    @Test
    void cash_for_exactly_the_fewest_shares_is_accepted_and_without_a_contribution_the_message_says_so() {
        Constitution c = small(3).sharesPerMeeting(2, 5).socialFund(mad("2")).build();
        Cycle open = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("a", "A"))).openMeeting(D);
        assertThat(open.handIn("a", mad("22")).member("a").shares()).isEqualTo(2);
        Constitution none = small(3).sharesPerMeeting(2, 5).build();
        Cycle noFund = Cycle.start(none, mad("0"), mad("0"), List.of(Member.of("a", "A"))).openMeeting(D);
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> noFund.handIn("a", mad("19")))
                .withMessageEndingWith("MAD 19.00 handed in buys 1 shares of MAD 10.00, fewer than the 2 allowed in one purchase");
    }

    @Test
    void the_social_fund_may_lend_all_it_holds_but_not_one_unit_more() {
        Constitution c = small(4).socialFundLoans(2).build();
        Cycle cycle = Cycle.start(c, mad("0"), mad("20"), List.of(Member.of("a", "A"), Member.of("b", "B"))).openMeeting(D);
        assertThat(cycle.lendFromSocialFund("a", mad("20")).socialFund()).isEqualTo(mad("0"));
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> cycle.lendFromSocialFund("a", mad("20.01")))
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.SOCIAL_FUND_LOAN));
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> cycle.lendFromSocialFund("a", mad("5")).lendFromSocialFund("a", mad("5")))
                .withMessageContaining("the member already owes MAD 5.00 to the social fund");
    }

    @Test
    void a_leaver_s_fines_go_where_fines_go_and_the_loan_fund_must_cover_what_it_pays() {
        for (Constitution.FineDestination to : Constitution.FineDestination.values()) {
            Constitution c = small(4).fine("late", mad("2")).finesTo(to).build();
            // cash 100 - 51 lent = 49; a's settlement is 50, less a fine of 2 = 48 to her
            Cycle cycle = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("a", "A"), Member.of("b", "B")))
                    .openMeeting(D).buyShares("a", 5).buyShares("b", 5).lend("b", mad("51"), 1).fine("a", "late");
            if (to == Constitution.FineDestination.LOAN_FUND) {
                Cycle left = cycle.leave("a");
                assertThat(left.loanFund()).isEqualTo(mad("1"));
                assertThat(left.finesPaid()).isEqualTo(mad("2"));
                assertThat(left.meetingSummaries().get(0).finesPaid()).isEqualTo(mad("2"));
            } else {
                Cycle stays = cycle;
                assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> stays.leave("a"))
                        .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.LEAVER_SETTLEMENT))
                        .withMessageContaining("the settlement of MAD 50.00 is more than the MAD 49.00 cash");
                Cycle left = cycle.repay("b", mad("51")).leave("a");
                assertThat(left.socialFund()).isEqualTo(mad("2"));
                assertThat(left.loanFund()).isEqualTo(mad("50"));
                assertThat(left.meetingSummaries().get(0).finesToSocialFund()).isEqualTo(mad("2"));
                assertThat(left.meetingSummaries().get(0).finesPaid()).as("none into the loan fund").isEqualTo(mad("0"));
                assertThat(left.meetingSummaries().get(0).paidToLeavers()).as("her settlement; 48 handed to her")
                        .isEqualTo(mad("50"));
            }
        }
    }

    @Test
    void a_charge_kept_back_may_equal_the_loan() {
        Constitution c = small(5).loans(LoanPolicy.builder().closingMeetings(0).serviceCharge(new BigDecimal("0.5"), 1,
                LoanPolicy.ChargingMethod.DEDUCTED_AT_ISSUE).build()).build();
        Cycle cycle = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("a", "A"))).openMeeting(D).buyShares("a", 5)
                .lend("a", mad("20"), 2);
        assertThat(cycle.loanFund()).as("nothing handed over").isEqualTo(mad("50"));
        assertThat(cycle.member("a").owedOnLoans()).isEqualTo(mad("20"));
    }

    @Test
    @SuppressWarnings("removal")
    void the_deprecated_remainder_setting_still_means_what_it_meant() {
        ShareOutPolicy kept = ShareOutPolicy.builder().remainder(false, ShareOutPolicy.RemainderDestination.SOCIAL_FUND)
                .build();
        assertThat(kept).isEqualTo(ShareOutPolicy.builder().rounding(ShareOutPolicy.Rounding.EACH_PAYOUT_DOWN)
                .remainderTo(ShareOutPolicy.RemainderDestination.SOCIAL_FUND).build());
        assertThat(kept.distributeRemainder()).isFalse();
        assertThat(ShareOutPolicy.builder().remainder(true, ShareOutPolicy.RemainderDestination.NEXT_CYCLE).build())
                .isEqualTo(ShareOutPolicy.defaults());
        assertThat(ShareOutPolicy.defaults().distributeRemainder()).isTrue();
    }

    @Test
    void a_fine_is_changed_by_removing_it_first() {
        Constitution c = Constitution.builder(mad("10")).fine("late", mad("2")).build();
        Constitution changed = c.toBuilder().withoutFine("late").fine("late", mad("3")).build();
        assertThat(changed.fines()).containsEntry("late", mad("3"));
        assertThat(c.toBuilder().withoutFine("absent").build()).isEqualTo(c);
    }
}

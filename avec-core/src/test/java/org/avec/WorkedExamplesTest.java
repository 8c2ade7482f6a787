package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of the rules reference (RULES.md, sections 2 to 7), with the same numbers. Each nested class is
 * named after its section; the sources behind each rule are listed in docs/sources.md.
 */
class WorkedExamplesTest {

    static final LocalDate D = LocalDate.of(2026, 1, 5);

    static Money mad(String s) {
        return Money.of(new BigDecimal(s), "MAD");
    }

    static List<Member> members(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> Member.of(id, id.toUpperCase())).toList();
    }

    /** §2 Share purchase: whole shares, the leftover returned or kept in the social fund. */
    @Nested
    class Section2SharePurchase {

        Cycle handIn(Constitution.Leftover leftover) {
            Constitution c = Constitution.builder(mad("10")).socialFund(mad("2")).leftover(leftover).build();
            return Cycle.start(c, mad("0"), mad("0"), members("m")).openMeeting(D).handIn("m", mad("35"));
        }

        @Test
        void thirty_five_mad_buys_three_shares_pays_the_social_fund_and_three_are_returned() {
            Cycle cycle = handIn(Constitution.Leftover.RETURNED);
            assertThat(cycle.member("m").shares()).isEqualTo(3);
            assertThat(cycle.loanFund()).isEqualTo(mad("30"));
            assertThat(cycle.socialFund()).isEqualTo(mad("2"));
            assertThat(cycle.cashInBox()).as("the 3 MAD went back to her").isEqualTo(mad("32"));
        }

        @Test
        void or_the_leftover_goes_to_the_social_fund() {
            Cycle cycle = handIn(Constitution.Leftover.SOCIAL_FUND);
            assertThat(cycle.loanFund()).isEqualTo(mad("30"));
            assertThat(cycle.socialFund()).isEqualTo(mad("5"));
            assertThat(cycle.member("m").socialFundPaid()).isEqualTo(mad("5"));
            assertThat(cycle.meetingSummaries().get(0).socialFundIn()).isEqualTo(mad("5"));
        }

        @Test
        void agrocenta_twenty_three_at_five_a_share_buys_four_with_three_left() {
            Constitution c = Constitution.builder(Money.of(5, "GHS")).leftover(Constitution.Leftover.SOCIAL_FUND).build();
            Cycle cycle = Cycle.start(c, Money.of(0, "GHS"), Money.of(0, "GHS"), members("m")).openMeeting(D)
                    .handIn("m", Money.of(23, "GHS"));
            assertThat(cycle.member("m").shares()).isEqualTo(4);
            assertThat(cycle.socialFund()).isEqualTo(Money.of(3, "GHS"));
        }

        @Test
        void cash_for_fewer_than_the_fewest_shares_or_after_shares_were_bought_is_refused_and_changes_nothing() {
            Constitution c = Constitution.builder(mad("10")).socialFund(mad("2")).sharesPerMeeting(2, 5).build();
            Cycle open = Cycle.start(c, mad("0"), mad("0"), members("m")).openMeeting(D);
            assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> open.handIn("m", mad("21")))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.SAVINGS_HANDED_IN))
                    .withMessageContaining("MAD 21.00 handed in pays the social-fund contribution of MAD 2.00 and buys 1 shares");
            Cycle bought = open.buyShares("m", 2);
            assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> bought.handIn("m", mad("50")))
                    .withMessageContaining("already bought shares at this meeting");
            assertThat(open.loanFund()).isEqualTo(mad("0"));
            // the contribution is not taken twice, and more than the most shares is handed back
            Cycle paid = open.paySocialFund("m").handIn("m", mad("99"));
            assertThat(paid.member("m").shares()).isEqualTo(5);
            assertThat(paid.loanFund()).isEqualTo(mad("50"));
            assertThat(paid.socialFund()).isEqualTo(mad("2"));
        }
    }

    /** §3 Social fund: grants, and short interest-free loans repaid into it. */
    @Nested
    class Section3SocialFund {

        @Test
        void a_social_fund_loan_is_interest_free_and_repaid_into_the_social_fund() {
            Constitution c = Constitution.builder(mad("10")).socialFund(mad("20")).socialFundLoans(2)
                    .meetings(Constitution.Frequency.WEEKLY, 6).build();
            Cycle cycle = Cycle.start(c, mad("0"), mad("0"), members("a", "b")).openMeeting(D)
                    .paySocialFund("a").paySocialFund("b").lendFromSocialFund("a", mad("30"));
            assertThat(cycle.socialFund()).isEqualTo(mad("10"));
            assertThat(cycle.member("a").socialFundLoan()).isEqualTo(mad("30"));
            Cycle owing = cycle;
            assertThatExceptionOfType(RuleViolationException.class)
                    .isThrownBy(() -> owing.lendFromSocialFund("b", mad("11")))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.SOCIAL_FUND_LOAN))
                    .withMessageContaining("more than the MAD 10.00 in the social fund");
            assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> owing.leave("a"))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.LEAVER_HAS_LOAN));
            cycle = cycle.openMeeting(D.plusWeeks(1)).repaySocialFund("a", mad("30"));
            assertThat(cycle.socialFund()).isEqualTo(mad("40"));
            assertThat(cycle.member("a").socialFundLoan()).isEqualTo(mad("0"));
            assertThat(cycle.loanIncome()).as("no charge on a social-fund loan").isEqualTo(mad("0"));
        }

        @Test
        void a_group_that_does_not_lend_its_social_fund_refuses() {
            Constitution c = Constitution.builder(mad("10")).socialFund(mad("20")).build();
            Cycle cycle = Cycle.start(c, mad("0"), mad("0"), members("a")).openMeeting(D).paySocialFund("a");
            assertThatExceptionOfType(RuleViolationException.class)
                    .isThrownBy(() -> cycle.lendFromSocialFund("a", mad("5")))
                    .withMessageContaining("the constitution does not lend the social fund");
        }
    }

    /** §4 Fines: to the loan fund (profit) or to the social fund. */
    @Nested
    class Section4Fines {

        @Test
        void fines_go_to_the_loan_fund_or_to_the_social_fund() {
            for (Constitution.FineDestination to : Constitution.FineDestination.values()) {
                Constitution c = Constitution.builder(mad("10")).fine("late", mad("5")).finesTo(to).build();
                Cycle cycle = Cycle.start(c, mad("0"), mad("0"), members("a")).openMeeting(D).buyShares("a", 1)
                        .fine("a", "late").payFine("a", mad("5"));
                boolean social = to == Constitution.FineDestination.SOCIAL_FUND;
                assertThat(cycle.loanFund()).isEqualTo(mad(social ? "10" : "15"));
                assertThat(cycle.socialFund()).isEqualTo(mad(social ? "5" : "0"));
                assertThat(cycle.member("a").finesPaid()).isEqualTo(mad("5"));
                // the meeting's summary says which box each fine went into, so that each box reconciles
                MeetingSummary m = cycle.meetingSummaries().get(0);
                assertThat(m.finesPaid()).isEqualTo(mad(social ? "0" : "5"));
                assertThat(m.finesToSocialFund()).isEqualTo(mad(social ? "5" : "0"));
                assertThat(m.socialFundCashAtStart().add(m.socialFundMovements())).isEqualTo(m.socialFundCash());
            }
        }
    }

    /** §5 Loans: the table of four conventions on 1,000 MAD at 10% a month, principal repaid 400 / 300 / 300. */
    @Nested
    class Section5Loans {

        /** Two members with 500 saved each; monthly meetings, charged every meeting; 1,000 lent at meeting 1 for 3 months. */
        Cycle lent(LoanPolicy.ChargingMethod method) {
            Constitution c = Constitution.builder(mad("100")).meetings(Constitution.Frequency.MONTHLY, 5)
                    .loans(LoanPolicy.builder().closingMeetings(0).serviceCharge(new BigDecimal("0.10"), 1, method).build())
                    .build();
            return Cycle.start(c, mad("0"), mad("0"), members("a", "b")).openMeeting(D).buyShares("a", 5)
                    .buyShares("b", 5).lend("a", mad("1000"), 3);
        }

        /** Repays the principal 400 / 300 / 300 at months 1 to 3, with the charge due each time (charge first). */
        Cycle repaid(LoanPolicy.ChargingMethod method, long[] charges) {
            Cycle cycle = lent(method);
            long[] principal = {400, 300, 300};
            for (int month = 0; month < 3; month++) {
                cycle = cycle.openMeeting(D.plusMonths(month + 1));
                long owedCharge = cycle.member("a").owedOnLoans().subtract(cycle.member("a").principalOutstanding())
                        .getNumber().longValueExact();
                assertThat(owedCharge).as("charge due at month %d", month + 1).isEqualTo(charges[month]);
                cycle = cycle.repay("a", mad(String.valueOf(principal[month] + charges[month])));
            }
            assertThat(cycle.member("a").owedOnLoans()).isEqualTo(mad("0"));
            return cycle;
        }

        @Test
        void declining_balance_charges_100_60_30_and_the_borrower_pays_1190() {
            Cycle cycle = repaid(LoanPolicy.ChargingMethod.DECLINING_BALANCE, new long[] {100, 60, 30});
            assertThat(cycle.loanIncome()).isEqualTo(mad("190"));
            assertThat(cycle.member("a").chargesPaid()).isEqualTo(mad("190"));
            assertThat(cycle.loanFund()).isEqualTo(mad("1190"));
        }

        @Test
        void flat_on_the_original_principal_charges_100_a_month_and_the_borrower_pays_1300() {
            Cycle cycle = repaid(LoanPolicy.ChargingMethod.FLAT, new long[] {100, 100, 100});
            assertThat(cycle.loanIncome()).isEqualTo(mad("300"));
            assertThat(cycle.loanFund()).isEqualTo(mad("1300"));
        }

        @Test
        void up_front_added_makes_the_debt_1300_at_issue() {
            Cycle cycle = lent(LoanPolicy.ChargingMethod.UP_FRONT);
            assertThat(cycle.member("a").owedOnLoans()).isEqualTo(mad("1300"));
            assertThat(cycle.loanFund()).isEqualTo(mad("0"));
            cycle = cycle.openMeeting(D.plusMonths(1)).repay("a", mad("1300"));
            assertThat(cycle.loanIncome()).isEqualTo(mad("300"));
            assertThat(cycle.loanFund()).isEqualTo(mad("1300"));
        }

        @Test
        void up_front_deducted_hands_over_700_and_the_borrower_repays_1000() {
            Cycle cycle = lent(LoanPolicy.ChargingMethod.DEDUCTED_AT_ISSUE);
            assertThat(cycle.loanFund()).as("1,000 saved, 700 handed over").isEqualTo(mad("300"));
            assertThat(cycle.member("a").owedOnLoans()).isEqualTo(mad("1000"));
            assertThat(cycle.member("a").chargesPaid()).isEqualTo(mad("300"));
            assertThat(cycle.loanIncome()).as("paid at issue, so income at once").isEqualTo(mad("300"));
            assertThat(cycle.loans().get(0).chargesPaid()).isEqualTo(mad("300"));
            for (int month = 1; month <= 3; month++) {
                cycle = cycle.openMeeting(D.plusMonths(month));
                assertThat(cycle.member("a").owedOnLoans()).as("nothing more is charged").isEqualTo(
                        cycle.member("a").principalOutstanding());
            }
            cycle = cycle.repay("a", mad("1000"));
            assertThat(cycle.loanFund()).isEqualTo(mad("1300"));
        }

        @Test
        void a_charge_deducted_at_issue_is_never_more_than_the_loan() {
            Constitution c = Constitution.builder(mad("100")).meetings(Constitution.Frequency.MONTHLY, 5)
                    .loans(LoanPolicy.builder().closingMeetings(0).serviceCharge(new BigDecimal("0.4"), 1,
                            LoanPolicy.ChargingMethod.DEDUCTED_AT_ISSUE).build()).build();
            Cycle cycle = Cycle.start(c, mad("0"), mad("0"), members("a")).openMeeting(D).buyShares("a", 5);
            assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> cycle.lend("a", mad("100"), 3))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.LOAN_CHARGE_DEDUCTED))
                    .withMessageContaining("the charge of MAD 120.00 for 3 periods is more than the loan of MAD 100.00");
            assertThat(cycle.lend("a", mad("100"), 2).loanFund()).isEqualTo(mad("480"));
        }

        @Test
        void paying_250_at_month_2_under_declining_balance_pays_60_of_charge_then_190_of_principal() {
            Cycle cycle = lent(LoanPolicy.ChargingMethod.DECLINING_BALANCE).openMeeting(D.plusMonths(1))
                    .repay("a", mad("500")).openMeeting(D.plusMonths(2)).repay("a", mad("250"));
            assertThat(cycle.member("a").principalOutstanding()).isEqualTo(mad("410"));
            assertThat(cycle.loanIncome()).isEqualTo(mad("160"));
            assertThat(cycle.meetingSummaries().get(2).chargesPaid()).isEqualTo(mad("60"));
            assertThat(cycle.meetingSummaries().get(2).principalRepaid()).isEqualTo(mad("190"));
        }

        @Test
        void a_group_with_no_service_charge_lends_and_is_repaid_as_lent_and_says_so() {
            LoanPolicy none = LoanPolicy.builder().closingMeetings(0)
                    .serviceCharge(BigDecimal.ZERO, 1, LoanPolicy.ChargingMethod.FLAT).build();
            assertThat(none.toString()).startsWith("loans: no service charge, up to 3x savings");
            Constitution c = Constitution.builder(mad("100")).meetings(Constitution.Frequency.MONTHLY, 5).loans(none).build();
            Cycle cycle = Cycle.start(c, mad("0"), mad("0"), members("a", "b")).openMeeting(D).buyShares("a", 5)
                    .buyShares("b", 5).lend("a", mad("1000"), 3);
            for (int month = 1; month <= 4; month++) {
                cycle = cycle.openMeeting(D.plusMonths(month));
            }
            assertThat(cycle.member("a").owedOnLoans()).isEqualTo(mad("1000"));
            ShareOut s = cycle.repay("a", mad("1000")).shareOut();
            assertThat(s.line("a").net()).isEqualTo(mad("500"));
            assertThat(s.makeUp().serviceCharges()).isEqualTo(mad("0"));
        }
    }

    /** §6 Share-out: examples A (proportional, rounding, remainder), B (a debt at share-out) and C (time-weighted). */
    @Nested
    class Section6ShareOut {

        /**
         * Shares A 120, B 95, C 60, D 40, E 25 = 340 at 10 MAD; charges paid 590; fines 43; the loan fund 4,033. If
         * {@code dOwes}, D borrows 100 at meeting 2, pays its 20 charge and still owes the 100 at share-out (cash
         * 3,933). Charge 20% for one meeting, flat.
         */
        Cycle exampleA(ShareOutPolicy policy, String cashUnit, boolean dOwes) {
            Constitution c = Constitution.builder(mad("10")).sharesPerMeeting(1, 200).cashUnit(mad(cashUnit))
                    .meetings(Constitution.Frequency.MONTHLY, 3).fine("late", mad("43"))
                    .loans(LoanPolicy.builder().closingMeetings(0).serviceCharge(new BigDecimal("0.20"), 1,
                            LoanPolicy.ChargingMethod.FLAT).build())
                    .shareOut(policy).build();
            Cycle cycle = Cycle.start(c, mad("0"), mad("0"), members("a", "b", "c", "d", "e")).openMeeting(D)
                    .buyShares("a", 120).buyShares("b", 95).buyShares("c", 60).buyShares("d", 40).buyShares("e", 25)
                    .lend("a", mad(dOwes ? "2850" : "2950"), 1);
            cycle = cycle.openMeeting(D.plusMonths(1)).repayAll("a").fine("e", "late").payFine("e", mad("43"));
            if (dOwes) {
                cycle = cycle.lend("d", mad("100"), 1).openMeeting(D.plusMonths(2)).repay("d", mad("20"));
            } else {
                cycle = cycle.openMeeting(D.plusMonths(2));
            }
            return cycle;
        }

        ShareOutPolicy rounding(ShareOutPolicy.Rounding r) {
            return ShareOutPolicy.builder().rounding(r).build();
        }

        List<String> nets(ShareOut s) {
            return s.lines().stream().map(l -> l.net().getNumber().numberValue(BigDecimal.class).stripTrailingZeros()
                    .toPlainString()).toList();
        }

        @Test
        void example_A_exact_parts_and_each_payout_rounded_down_leave_3() {
            ShareOut s = exampleA(rounding(ShareOutPolicy.Rounding.EACH_PAYOUT_DOWN), "1", false).shareOut();
            assertThat(s.distributable()).isEqualTo(mad("4033"));
            assertThat(s.makeUp().serviceCharges()).isEqualTo(mad("590"));
            assertThat(s.makeUp().fines()).isEqualTo(mad("43"));
            assertThat(s.valuePerShare()).isEqualByComparingTo("11.861764705882");
            assertThat(s.lines()).extracting(l -> l.exactEntitlement().setScale(2, java.math.RoundingMode.HALF_EVEN))
                    .containsExactly(new BigDecimal("1423.41"), new BigDecimal("1126.87"), new BigDecimal("711.71"),
                            new BigDecimal("474.47"), new BigDecimal("296.54"));
            assertThat(nets(s)).containsExactly("1423", "1126", "711", "474", "296");
            assertThat(s.totalPaidOut()).isEqualTo(mad("4030"));
            assertThat(s.remainder()).isEqualTo(mad("3"));
        }

        @Test
        void example_A_value_per_share_rounded_down_first_to_11_80_or_to_11() {
            ShareOut tenth = exampleA(rounding(ShareOutPolicy.Rounding.VALUE_PER_SHARE_DOWN), "0.10", false).shareOut();
            assertThat(tenth.valuePerShareRounded()).isEqualTo(mad("11.80"));
            assertThat(nets(tenth)).containsExactly("1416", "1121", "708", "472", "295");
            assertThat(tenth.remainder()).isEqualTo(mad("21"));
            ShareOut whole = exampleA(rounding(ShareOutPolicy.Rounding.VALUE_PER_SHARE_DOWN), "1", false).shareOut();
            assertThat(whole.valuePerShareRounded()).isEqualTo(mad("11"));
            assertThat(nets(whole)).containsExactly("1320", "1045", "660", "440", "275");
            assertThat(whole.totalPaidOut()).isEqualTo(mad("3740"));
            assertThat(whole.remainder()).isEqualTo(mad("293"));
        }

        @Test
        void example_A_largest_remainder_gives_one_more_to_B_C_and_E_and_leaves_nothing() {
            ShareOut s = exampleA(rounding(ShareOutPolicy.Rounding.LARGEST_REMAINDER), "1", false).shareOut();
            assertThat(nets(s)).containsExactly("1423", "1127", "712", "474", "297");
            assertThat(s.remainder()).isEqualTo(mad("0"));
        }

        @Test
        void example_A_the_social_fund_is_not_in_the_4033_and_is_carried_over() {
            Constitution c = exampleA(ShareOutPolicy.defaults(), "1", false).constitution();
            ShareOut s = Cycle.start(c, mad("0"), mad("180"), exampleA(ShareOutPolicy.defaults(), "1", false).founders())
                    .recordAll(exampleA(ShareOutPolicy.defaults(), "1", false).events()).shareOut();
            assertThat(s.distributable()).isEqualTo(mad("4033"));
            assertThat(s.carriedSocialFund()).isEqualTo(mad("180"));
            assertThat(s.socialFundShared()).isEqualTo(mad("0"));
        }

        @Test
        void example_B_D_owes_100_and_it_is_netted_from_her_payout() {
            ShareOut s = exampleA(ShareOutPolicy.builder().rounding(ShareOutPolicy.Rounding.EACH_PAYOUT_DOWN)
                    .outstandingLoans(ShareOutPolicy.OutstandingLoans.DEDUCT_FROM_PAYOUT).build(), "1", true).shareOut();
            assertThat(s.loanFundCash()).isEqualTo(mad("3933"));
            assertThat(s.distributable()).isEqualTo(mad("4033"));
            assertThat(s.line("d").gross()).isEqualTo(mad("474"));
            assertThat(s.line("d").deduction()).isEqualTo(mad("100"));
            assertThat(s.line("d").net()).isEqualTo(mad("374"));
            assertThat(s.totalPaidOut()).isEqualTo(mad("3930"));
            assertThat(s.remainder()).isEqualTo(mad("3"));
            assertThat(s.makeUp().debtsDeducted()).isEqualTo(mad("100")).isEqualTo(s.totalDeductions());
        }

        @Test
        void example_B_or_D_s_loan_is_written_off_and_everyone_bears_it() {
            Cycle cycle = exampleA(ShareOutPolicy.builder().rounding(ShareOutPolicy.Rounding.EACH_PAYOUT_DOWN).build(),
                    "1", true).writeOff("d", "assembly", "cannot repay");
            ShareOut s = cycle.shareOut();
            assertThat(s.distributable()).isEqualTo(mad("3933"));
            assertThat(s.makeUp().writtenOff()).isEqualTo(mad("100"));
            assertThat(s.valuePerShare()).isEqualByComparingTo("11.567647058824");
            assertThat(nets(s)).containsExactly("1388", "1098", "694", "462", "289");
            assertThat(s.totalPaidOut()).isEqualTo(mad("3931"));
            assertThat(s.remainder()).isEqualTo(mad("2"));
        }

        @Test
        void example_C_time_weighted_by_meetings_after_each_deposit() {
            Constitution c = Constitution.builder(mad("10")).sharesPerMeeting(1, 8).meetings(Constitution.Frequency.WEEKLY, 4)
                    .loans(LoanPolicy.builder().closingMeetings(0).build())
                    .shareOut(ShareOutPolicy.builder().method(ShareOutPolicy.Method.TIME_WEIGHTED).build()).build();
            // the profit of 120, carried in
            Cycle cycle = Cycle.start(c, mad("120"), mad("0"), members("x", "y"));
            for (int m = 1; m <= 4; m++) {
                cycle = cycle.openMeeting(D.plusWeeks(m)).buyShares("x", 2);
                cycle = m == 3 ? cycle.buyShares("y", 8) : cycle;
            }
            ShareOut s = cycle.shareOut();
            assertThat(s.line("x").weight()).isEqualTo(12);
            assertThat(s.line("y").weight()).isEqualTo(8);
            assertThat(s.valuePerShare()).as("per share-meeting").isEqualByComparingTo("6");
            assertThat(s.line("x").net()).isEqualTo(mad("152"));
            assertThat(s.line("y").net()).isEqualTo(mad("128"));
            assertThat(cycle.member("x").shareMeetings()).isEqualTo(12);
            // proportional would give 140 each
            ShareOut p = Cycle.replay(c.toBuilder().shareOut(ShareOutPolicy.defaults()).build(), mad("120"), mad("0"),
                    cycle.founders(), cycle.events()).shareOut();
            assertThat(p.line("x").net()).isEqualTo(mad("140"));
            assertThat(p.line("y").net()).isEqualTo(mad("140"));
        }

        @Test
        void time_weighting_never_takes_savings_in_a_cycle_with_no_profit() {
            // a buys 2 shares at meeting 1 and 1 at meeting 3; b 3 at meeting 2; d joins at meeting 3 and buys 2
            Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 4)
                    .loans(LoanPolicy.builder().closingMeetings(0).build())
                    .shareOut(ShareOutPolicy.builder().method(ShareOutPolicy.Method.TIME_WEIGHTED).build()).build();
            Cycle cycle = Cycle.start(c, mad("0"), mad("0"), members("a", "b")).openMeeting(D).buyShares("a", 2)
                    .openMeeting(D.plusWeeks(1)).buyShares("b", 3).openMeeting(D.plusWeeks(2)).buyShares("a", 1)
                    .join("d", "D").buyShares("d", 2).openMeeting(D.plusWeeks(3));
            ShareOut s = cycle.shareOut();
            assertThat(s.line("a").net()).isEqualTo(mad("30"));
            assertThat(s.line("b").net()).isEqualTo(mad("30"));
            assertThat(s.line("d").net()).as("20 saved, 20 back").isEqualTo(mad("20"));
        }

        @Test
        void flat_profit_and_loan_based_give_savings_back_and_share_the_rest_their_way() {
            // Example A's group: savings 3,400, charges 590 (all paid by A), fines 43
            ShareOut flat = exampleA(ShareOutPolicy.builder().method(ShareOutPolicy.Method.FLAT_PROFIT)
                    .rounding(ShareOutPolicy.Rounding.EACH_PAYOUT_DOWN).build(), "1", false).shareOut();
            // profit 633 split 5 ways = 126.60 each
            assertThat(flat.shared()).isEqualTo(mad("633"));
            assertThat(nets(flat)).containsExactly("1326", "1076", "726", "526", "376");
            assertThat(flat.remainder()).isEqualTo(mad("3"));
            ShareOut loanBased = exampleA(ShareOutPolicy.builder().method(ShareOutPolicy.Method.LOAN_BASED)
                    .rounding(ShareOutPolicy.Rounding.EACH_PAYOUT_DOWN).build(), "1", false).shareOut();
            // A gets her 590 of charges back; the 43 of fines by shares: 43 / 340 = 0.1264... per share
            assertThat(loanBased.shared()).isEqualTo(mad("43"));
            assertThat(nets(loanBased)).containsExactly("1805", "962", "607", "405", "253");
            assertThat(loanBased.remainder()).isEqualTo(mad("1"));
        }

        @Test
        void the_social_fund_shared_equally_among_the_members() {
            Cycle base = exampleA(ShareOutPolicy.builder().socialFund(ShareOutPolicy.SocialFund.SHARED_EQUALLY).build(),
                    "1", false);
            ShareOut s = Cycle.start(base.constitution(), mad("0"), mad("182"), base.founders()).recordAll(base.events())
                    .shareOut();
            // 182 / 5 = 36.40, rounded down to the cash unit: 36 each, 2 kept
            assertThat(s.lines()).extracting(ShareOutLine::socialFundShare).containsOnly(mad("36"));
            assertThat(s.socialFundShared()).isEqualTo(mad("180"));
            assertThat(s.carriedSocialFund()).isEqualTo(mad("2"));
            assertThat(s.line("a").handedOver()).isEqualTo(mad("1459"));
            assertThat(s.toString()).contains("Social fund 182.00: 180.00 shared equally, 36.00 each");
        }
    }

    /** §7 Member exit mid-cycle: worth 4,200 for 350 shares, 12.00 a share; the leaver has 40 shares and owes 150. */
    @Nested
    class Section7MemberExit {

        Cycle leaving(ShareOutPolicy.LeaverSettlement settlement) {
            // 700 carried in, no service charge: cash 1,500 and loans out 2,700 once the loans are made
            Constitution c = Constitution.builder(mad("10")).sharesPerMeeting(1, 200)
                    .meetings(Constitution.Frequency.WEEKLY, 10)
                    .loans(LoanPolicy.builder().serviceCharge(BigDecimal.ZERO, 4, LoanPolicy.ChargingMethod.FLAT).build())
                    .shareOut(ShareOutPolicy.builder().leavers(settlement).build()).build();
            Cycle cycle = Cycle.start(c, mad("700"), mad("0"), members("l", "m", "n")).openMeeting(D)
                    .buyShares("l", 40).buyShares("m", 150).buyShares("n", 160).lend("l", mad("150"), 1)
                    .lend("m", mad("2550"), 1);
            assertThat(cycle.loanFund()).isEqualTo(mad("1500"));
            assertThat(cycle.loansOutstanding()).isEqualTo(mad("2700"));
            // she repays what she owes, then is paid for her shares: the same as paying her less her debt
            return cycle.openMeeting(D.plusWeeks(1)).repay("l", mad("150")).leave("l");
        }

        BigDecimal valuePerShare(Cycle cycle) {
            return cycle.loanFund().add(cycle.loansOutstanding()).getNumber().numberValue(BigDecimal.class)
                    .divide(BigDecimal.valueOf(cycle.totalShares()), 3, java.math.RoundingMode.HALF_EVEN);
        }

        @Test
        void savings_only_pays_400_less_150_and_the_others_value_per_share_rises_to_12_258() {
            Cycle cycle = leaving(ShareOutPolicy.LeaverSettlement.SAVINGS_ONLY);
            assertThat(cycle.member("l").settlement().subtract(mad("150"))).isEqualTo(mad("250"));
            assertThat(valuePerShare(cycle)).isEqualByComparingTo("12.258");
        }

        @Test
        void with_profit_pays_40_times_12_less_150_and_the_value_per_share_stays_12() {
            Cycle cycle = leaving(ShareOutPolicy.LeaverSettlement.SAVINGS_WITH_PROFIT);
            assertThat(cycle.member("l").settlement().subtract(mad("150"))).isEqualTo(mad("330"));
            assertThat(valuePerShare(cycle)).isEqualByComparingTo("12.000");
        }

        /** The same group, but the leaver does not repay first: her 150 is netted from her settlement. */
        Cycle netted(ShareOutPolicy.LeaverSettlement settlement, String penalty) {
            Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 10)
                    .loans(LoanPolicy.builder().serviceCharge(BigDecimal.ZERO, 4, LoanPolicy.ChargingMethod.FLAT).build())
                    .shareOut(ShareOutPolicy.builder().leavers(settlement)
                            .leaverLoans(ShareOutPolicy.LeaverLoans.NET_FROM_SETTLEMENT)
                            .leavingPenalty(new BigDecimal(penalty)).build()).build();
            // the group is digitised at meeting 2 with its position: 1,500 + 2,700 = 3,500 + 700 earned before
            Opening opening = Opening.builder(c.currency(), 2).loanFundCash(mad("1500")).earnedBefore(mad("700"))
                    .member(Member.of("l", "L"), 40).member(Member.of("m", "M"), 150).member(Member.of("n", "N"), 160)
                    .loan("l", mad("150"), mad("150"), mad("0"), 1, 5).loan("m", mad("2550"), mad("2550"), mad("0"), 1, 5)
                    .build();
            return Cycle.start(c, opening).openMeeting(D).leave("l");
        }

        @Test
        void netted_savings_only_pays_250_and_the_value_per_share_rises_to_12_258() {
            Cycle cycle = netted(ShareOutPolicy.LeaverSettlement.SAVINGS_ONLY, "0");
            assertThat(cycle.member("l").settlement()).isEqualTo(mad("400"));
            assertThat(cycle.loanFund()).as("1,500 − 250 paid out").isEqualTo(mad("1250"));
            assertThat(cycle.loansOutstanding()).isEqualTo(mad("2550"));
            assertThat(cycle.loans("l")).singleElement().satisfies(l -> assertThat(l.status())
                    .isEqualTo(LoanStatement.Status.REPAID));
            MeetingSummary m = cycle.meetingSummaries().get(0);
            assertThat(m.paidToLeavers()).as("her settlement left the box").isEqualTo(mad("400"));
            assertThat(m.principalRepaid()).as("and her loan came back from it").isEqualTo(mad("150"));
            assertThat(m.loanFundCashAtStart().add(m.loanFundMovements())).isEqualTo(m.loanFundCash());
            assertThat(valuePerShare(cycle)).isEqualByComparingTo("12.258");
        }

        @Test
        void netted_with_profit_pays_330_and_the_value_per_share_stays_12() {
            Cycle cycle = netted(ShareOutPolicy.LeaverSettlement.SAVINGS_WITH_PROFIT, "0");
            assertThat(cycle.member("l").settlement()).isEqualTo(mad("480"));
            assertThat(cycle.loanFund()).as("1,500 − 330 paid out").isEqualTo(mad("1170"));
            assertThat(valuePerShare(cycle)).isEqualByComparingTo("12.000");
        }

        @Test
        void a_leaving_penalty_of_10_percent_is_a_fine_kept_in_the_loan_fund() {
            Cycle cycle = netted(ShareOutPolicy.LeaverSettlement.SAVINGS_ONLY, "0.10");
            // 400 − 150 owed − 40 penalty = 210 handed to her; the 40 stays in the box as a fine
            assertThat(cycle.meetingSummaries().get(0).finesPaid()).isEqualTo(mad("40"));
            assertThat(cycle.loanFund()).isEqualTo(mad("1290"));
            assertThat(cycle.finesPaid()).isEqualTo(mad("40"));
            assertThat(cycle.member("l").finesPaid()).isEqualTo(mad("40"));
        }

        @Test
        void by_default_a_member_who_owes_cannot_leave_and_a_debt_beyond_the_settlement_is_refused() {
            Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 10).build();
            Opening opening = Opening.builder(c.currency(), 2).loanFundCash(mad("0")).earnedBefore(mad("100"))
                    .member(Member.of("l", "L"), 40).loan("l", mad("500"), mad("500"), mad("0"), 1, 5).build();
            Cycle open = Cycle.start(c, opening).openMeeting(D);
            assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> open.leave("l"))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.LEAVER_HAS_LOAN))
                    .withMessageContaining("still owes MAD 500.00 on loans");
            Constitution netting = c.toBuilder().shareOut(ShareOutPolicy.builder()
                    .leaverLoans(ShareOutPolicy.LeaverLoans.NET_FROM_SETTLEMENT).build()).build();
            Cycle open2 = Cycle.start(netting, opening).openMeeting(D);
            assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> open2.leave("l"))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.LEAVER_HAS_LOAN))
                    .withMessageContaining("owes MAD 500.00 on loans, more than her settlement of MAD 400.00");
            assertThat(open2.member("l").isActive()).isTrue();
        }
    }

    /** §11 Records as groups keep them in the field: a group digitised at meeting 21 of 52. */
    @Nested
    class Section11RecordsInTheField {

        final Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 52).build();

        Opening.Builder meeting21() {
            // B's loan was issued at meeting 18: no charge falls due at meeting 21 (every 4 meetings from 18)
            return Opening.builder(c.currency(), 21).loanFundCash(mad("820")).socialFund(mad("60"))
                    .earnedBefore(mad("120")).member(Member.of("a", "A"), 40).member(Member.of("b", "B"), 25)
                    .member(Member.of("c", "C"), 35).loan("b", mad("300"), mad("300"), mad("30"), 18, 30);
        }

        @Test
        void opened_at_meeting_21_b_repays_330_and_the_share_out_at_52_pays_11_50_a_share() {
            Cycle cycle = Cycle.start(c, meeting21().build());
            assertThat(cycle.meeting()).isEqualTo(20);
            assertThat(cycle.savings()).isEqualTo(mad("1000"));
            assertThat(cycle.member("b").owedOnLoans()).isEqualTo(mad("330"));
            cycle = cycle.openMeeting(D).repay("b", mad("330"));
            for (int m = 22; m <= 52; m++) {
                cycle = cycle.openMeeting(D.plusWeeks(m - 21));
            }
            ShareOut so = cycle.shareOut();
            assertThat(so.loanFundCash()).isEqualTo(mad("1150"));
            assertThat(so.valuePerShare()).isEqualByComparingTo("11.50");
            assertThat(so.line("a").net()).isEqualTo(mad("460"));
            assertThat(so.line("b").net()).isEqualTo(mad("287.50"));
            assertThat(so.line("c").net()).isEqualTo(mad("402.50"));
            assertThat(so.makeUp().earnedBefore()).isEqualTo(mad("120"));
            assertThat(so.makeUp().serviceCharges()).isEqualTo(mad("30"));
            assertThat(so.toString()).contains("earned before the books");
            assertThat(Cycle.replay(c, cycle.opening(), cycle.events())).isEqualTo(cycle);
        }

        @Test
        void at_a_visit_at_meeting_21_each_member_would_receive_her_part_of_the_group_s_worth_less_what_she_owes() {
            Cycle cycle = Cycle.start(c, meeting21().build()).openMeeting(D);
            ShareOut today = cycle.shareOutToday();
            assertThat(today.isProjection()).isTrue();
            // worth 820 + the 330 B owes = 1,150 for 100 shares: 11.50 a share; B's part (287.50) does not cover the
            // 330 she owes: she would pay in 42.50
            assertThat(today.distributable()).isEqualTo(mad("1150"));
            assertThat(today.line("a").net()).isEqualTo(mad("460"));
            assertThat(today.line("b").gross()).isEqualTo(mad("287.50"));
            assertThat(today.line("b").net()).isEqualTo(mad("-42.50"));
            assertThat(today.line("b").sharesSetAgainstDebt()).isFalse();
            assertThat(today.line("c").net()).isEqualTo(mad("402.50"));
            assertThat(today.totalPaidOut().add(today.remainder())).isEqualTo(cycle.loanFund());
            assertThat(today.toString()).startsWith("IF SHARED OUT TODAY, at meeting 21");
            // once B has repaid, today's position is the share-out the group will have at 52: 11.50 a share
            ShareOut repaid = cycle.repay("b", mad("330")).shareOutToday();
            assertThat(repaid.line("a").net()).isEqualTo(mad("460"));
            assertThat(repaid.line("b").net()).isEqualTo(mad("287.50"));
            assertThat(repaid.line("c").net()).isEqualTo(mad("402.50"));
            assertThatExceptionOfType(IllegalStateException.class).isThrownBy(today::nextCycle);
            assertThatExceptionOfType(RuleViolationException.class).isThrownBy(cycle::shareOut)
                    .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.SHARE_OUT_MEETING));
        }

        @Test
        void the_opening_holds_every_member_s_position_and_the_time_weighted_share_out_assumes_even_buying() {
            Opening opening = meeting21().finesOwed("a", mad("5")).socialFundLoan("c", mad("20"))
                    .shareMeetings("c", 1000).build();
            Cycle cycle = Cycle.start(c.toBuilder().socialFundLoans(10).build(), opening);
            // shares bought before meeting 21 count as bought evenly over meetings 1..20: 40 x (2 x 52 - 21) / 2
            assertThat(cycle.member("a").shareMeetings()).isEqualTo(1660);
            assertThat(cycle.member("b").shareMeetings()).as("25 x 83 / 2, rounded down").isEqualTo(1037);
            assertThat(cycle.member("c").shareMeetings()).as("as the paper records show").isEqualTo(1000);
            assertThat(cycle.member("a").finesOwed()).isEqualTo(mad("5"));
            assertThat(cycle.member("c").socialFundLoan()).isEqualTo(mad("20"));
            LoanStatement loan = cycle.loans("b").get(0);
            assertThat(loan.number()).isEqualTo(1);
            assertThat(loan.issuedAt()).isEqualTo(18);
            assertThat(loan.dueMeeting()).isEqualTo(30);
            assertThat(loan.termPeriods()).as("12 meetings of 4").isEqualTo(3);
            assertThat(loan.principalRepaid()).isEqualTo(mad("0"));
            assertThat(cycle.opening()).isEqualTo(opening);
            assertThat(opening.positions()).hasSize(3);
            assertThat(opening.members()).extracting(Member::name).containsExactly("A", "B", "C");
            assertThat(opening.loans()).singleElement().satisfies(l -> {
                assertThat(l.outstanding()).isEqualTo(30_000);
                assertThat(l.chargesDue()).isEqualTo(3_000);
            });
            assertThat(opening.loanFundCash()).isEqualTo(mad("820"));
            assertThat(opening.socialFund()).isEqualTo(mad("60"));
            assertThat(opening.earnedBefore()).isEqualTo(mad("120"));
            assertThat(opening.carriedCapital()).isEqualTo(mad("0"));
            assertThat(opening.firstMeeting()).isEqualTo(21);
            assertThat(opening.toString()).isEqualTo("Opening[first meeting 21, loan fund MAD 820.00, social fund MAD"
                    + " 60.00, carried MAD 0.00, earned before MAD 120.00, 3 members, 1 loans]");
            // a loan partly repaid before the books: the principal lent and the principal still owed
            Opening part = Opening.builder(c.currency(), 21).earnedBefore(mad("100")).member(Member.of("b", "B"), 0)
                    .loan("b", mad("300"), mad("100"), mad("0"), 18, 22).build();
            Cycle p = Cycle.start(c, part);
            assertThat(p.loans("b").get(0).principalRepaid()).isEqualTo(mad("200"));
            assertThat(p.loansOutstanding()).isEqualTo(mad("100"));
            assertThat(p.loans("b").get(0).termPeriods()).as("4 meetings: one period").isEqualTo(1);
        }

        @Test
        void an_opening_s_figures_are_checked_when_given() {
            Opening.Builder b = Opening.builder(c.currency(), 21).member(Member.of("b", "B"), 0);
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> b.loan("b", mad("100"), mad("101"), mad("0"), 18, 22))
                    .withMessageContaining("owes principal from 0 to the principal lent");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> b.loan("b", mad("100"), mad("0"), mad("0"), 18, 22))
                    .withMessageContaining("and owes something");
            assertThat(b.loan("b", mad("100"), mad("0"), mad("1"), 18, 22)).isSameAs(b);
            assertThat(b.loan("b", mad("100"), mad("100"), mad("0"), 20, 21)).as("issued at 20, due at 21").isSameAs(b);
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> b.loan("b", mad("100"), mad("100"), mad("0"), 21, 22))
                    .withMessageContaining("was issued before the books' first meeting 21, not at 21");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> b.loan("b", mad("100"), mad("100"), mad("0"), 18, 18))
                    .withMessageContaining("not issued at 18 and due at 18");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> b.loan("b", mad("100"), mad("100"), mad("0"), 0, 18))
                    .withMessageContaining("is issued at a meeting from 1");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> b.loan("x", mad("100"), mad("100"), mad("0"), 10, 18))
                    .withMessageContaining("Member x is not in the opening");
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> b.loanFundCash(mad("-1")))
                    .withMessageContaining("the loan-fund cash at opening must not be negative");
            assertThat(b.earnedBefore(mad("-5"))).as("a loss before the books").isSameAs(b);
            assertThat(b.shareMeetings("b", 0)).isSameAs(b);
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> b.shareMeetings("b", -1))
                    .withMessageContaining("has a negative figure");
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> b.member(Member.of("z", "Z"), -1))
                    .withMessageContaining("has a negative figure: -1 shares");
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Opening.builder(c.currency(), 0))
                    .withMessageContaining("The books' first meeting is at least 1, not 0");
            assertThatExceptionOfType(RuleViolationException.class)
                    .isThrownBy(() -> b.socialFund(Money.of(1, "EUR")))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.GROUP_CURRENCY));
        }

        @Test
        void an_opening_that_does_not_balance_is_refused_naming_the_difference() {
            assertThatExceptionOfType(RuleViolationException.class)
                    .isThrownBy(() -> Cycle.start(c, meeting21().loanFundCash(mad("800")).build()))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.OPENING_BALANCE))
                    .withMessageContaining("loan-fund cash MAD 800.00 + loans outstanding MAD 300.00 = MAD 1100.00")
                    .withMessageContaining("= MAD 1120.00 (difference MAD -20.00)");
        }

        @Test
        void an_opening_after_the_share_out_or_with_a_loan_due_after_it_is_refused() {
            assertThatExceptionOfType(RuleViolationException.class)
                    .isThrownBy(() -> Cycle.start(c, Opening.builder(c.currency(), 53).build()))
                    .withMessageContaining("the books open at meeting 53 but the cycle has 52 meetings");
            Opening late = Opening.builder(c.currency(), 21).earnedBefore(mad("100")).member(Member.of("b", "B"), 0)
                    .loan("b", mad("100"), mad("100"), mad("0"), 18, 60).build();
            assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> Cycle.start(c, late))
                    .withMessageContaining("falls due at meeting 60, after the share-out at meeting 52");
        }
    }
}

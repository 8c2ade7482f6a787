package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ShareOutTest {

    static MonetaryAmount mad(String s) {
        return Money.of(new BigDecimal(s), "MAD");
    }

    static final LocalDate D = LocalDate.of(2026, 1, 5);

    /**
     * A worked example of the standard share-out (numbers worked by hand): 20 members, 1,000 shares of 10 MAD = 10,000 MAD saved; service
     * charges 1,800 + fines 200 give a fund of 12,000 MAD; value per share 12.00 MAD; a member with 60 shares
     * receives 720 MAD.
     */
    static Cycle rulesExample() {
        Constitution c = Constitution.builder(mad("10")).sharesPerMeeting(1, 60)
                .meetings(Constitution.Frequency.WEEKLY, 13).fine("absent", mad("50")).cashUnit(mad("1"))
                .loans(LoanPolicy.builder().closingMeetings(0).build()).build();
        List<Member> members = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            members.add(Member.of(String.format("m%02d", i), "Member " + i));
        }
        Cycle cycle = Cycle.start(c, mad("0"), mad("0"), members).openMeeting(D);
        cycle = cycle.buyShares("m01", 60).buyShares("m20", 40);
        for (int i = 2; i <= 19; i++) {
            cycle = cycle.buyShares(String.format("m%02d", i), 50);
        }
        // six loans of 1,000 MAD for 3 periods of 4 meetings at 10% flat: 6 x 3 x 100 = 1,800 MAD of charges
        for (int i = 2; i <= 7; i++) {
            cycle = cycle.lend(String.format("m%02d", i), mad("1000"), 3);
        }
        for (int i = 8; i <= 11; i++) {
            cycle = cycle.fine(String.format("m%02d", i), "absent").payFine(String.format("m%02d", i), mad("50"));
        }
        for (int m = 2; m <= 13; m++) {
            cycle = cycle.openMeeting(D.plusWeeks(m - 1));
        }
        for (int i = 2; i <= 7; i++) {
            cycle = cycle.repay(String.format("m%02d", i), mad("1300"));
        }
        return cycle;
    }

    @Test
    void reproduces_the_worked_example_of_the_rules() {
        Cycle cycle = rulesExample();
        assertThat(cycle.savings()).isEqualTo(mad("10000"));
        assertThat(cycle.loanIncome()).isEqualTo(mad("1800"));
        assertThat(cycle.finesPaid()).isEqualTo(mad("200"));
        ShareOut s = cycle.shareOut();
        assertThat(s.totalShares()).isEqualTo(1000);
        assertThat(s.distributable()).isEqualTo(mad("12000"));
        assertThat(s.valuePerShare()).isEqualByComparingTo("12");
        assertThat(s.valuePerShareRounded()).isEqualTo(mad("12.00"));
        assertThat(s.line("m01").net()).isEqualTo(mad("720"));
        assertThat(s.line("m02").net()).isEqualTo(mad("600"));
        assertThat(s.line("m20").net()).isEqualTo(mad("480"));
        assertThat(s.totalPaidOut()).isEqualTo(mad("12000"));
        assertThat(s.remainder()).isEqualTo(mad("0"));
        assertThat(s.toString()).contains("value per share = 12000.00 / 1000 = 12.000000000000 (12.00 rounded down)")
                .contains("Net payouts 12000.00 + remainder 0.00 = loan fund cash 12000.00");
    }

    private static Cycle threeMembers(Constitution c, int a, int b, int d) {
        Cycle cycle = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("a", "A"), Member.of("b", "B"), Member.of("c", "C")))
                .openMeeting(D);
        return cycle.buyShares("a", a).buyShares("b", b).buyShares("c", d);
    }

    @Test
    void remainder_is_distributed_by_largest_remainder_or_kept_for_the_next_cycle() {
        // 100.00 MAD carried + 3 x 10 MAD = 130 MAD for 3 equal members: 43.33 each
        Constitution base = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 1).cashUnit(mad("1"))
                .loans(LoanPolicy.builder().closingMeetings(0).build()).build();
        Cycle distributed = Cycle.start(base, mad("100"), mad("0"),
                List.of(Member.of("a", "A"), Member.of("b", "B"), Member.of("c", "C"))).openMeeting(D)
                .buyShares("a", 1).buyShares("b", 1).buyShares("c", 1);
        ShareOut s = distributed.shareOut();
        assertThat(s.lines()).extracting(ShareOutLine::net).containsExactly(mad("44"), mad("43"), mad("43"));
        assertThat(s.remainder()).isEqualTo(mad("0"));

        Constitution kept = base.toBuilder().shareOut(ShareOutPolicy.builder()
                .rounding(ShareOutPolicy.Rounding.EACH_PAYOUT_DOWN).remainderTo(ShareOutPolicy.RemainderDestination.SOCIAL_FUND).build()).build();
        ShareOut k = Cycle.start(kept, mad("100"), mad("5"), List.of(Member.of("a", "A"), Member.of("b", "B"),
                Member.of("c", "C"))).openMeeting(D).buyShares("a", 1).buyShares("b", 1).buyShares("c", 1).shareOut();
        assertThat(k.lines()).extracting(ShareOutLine::net).containsOnly(mad("43"));
        assertThat(k.remainder()).isEqualTo(mad("1"));
        assertThat(k.carriedCapital()).isEqualTo(mad("0"));
        assertThat(k.carriedSocialFund()).isEqualTo(mad("6"));
        Cycle next = k.nextCycle();
        assertThat(next.socialFund()).isEqualTo(mad("6"));
        assertThat(next.members()).extracting(MemberAccount::id).containsExactly(MemberId.of("a"), MemberId.of("b"),
                MemberId.of("c"));
        assertThat(next.meeting()).isZero();
    }

    @Test
    void refused_before_the_last_meeting_and_while_loans_are_outstanding() {
        Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 6)
                .loans(LoanPolicy.builder().closingMeetings(0).build()).build();
        Cycle cycle = threeMembers(c, 5, 5, 5).lend("a", mad("100"), 1);
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(cycle::shareOut)
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.SHARE_OUT_MEETING))
                .withMessageContaining("the share-out is at meeting 6; meeting 1 is open");
        for (int m = 2; m <= 6; m++) {
            cycle = cycle.openMeeting(D.plusWeeks(m));
        }
        Cycle atEnd = cycle;
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(atEnd::shareOut)
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.SHARE_OUT_LOANS_OUTSTANDING))
                .satisfies(e -> assertThat(e.member()).contains(MemberId.of("a")))
                .withMessageContaining("a owes MAD 110.00");
    }

    @Test
    void debts_are_deducted_and_a_shortfall_is_named() {
        // a saves 10 and borrows 30 (3x); b and c save 50 each. Loan fund cash at the end: 100 + 10 = 110... the
        // loan is never repaid: a owes 30 + 3 charge = 33. a's shares (1 of 11) are worth less than 33.
        Constitution c = Constitution.builder(mad("10")).sharesPerMeeting(1, 5).meetings(Constitution.Frequency.WEEKLY, 6)
                .cashUnit(mad("1"))
                .loans(LoanPolicy.builder().closingMeetings(0).serviceCharge(new BigDecimal("0.10"), 4,
                        LoanPolicy.ChargingMethod.FLAT).build())
                .shareOut(ShareOutPolicy.builder().outstandingLoans(ShareOutPolicy.OutstandingLoans.DEDUCT_FROM_PAYOUT).build())
                .build();
        Cycle cycle = threeMembers(c, 1, 5, 5).lend("a", mad("30"), 1);
        for (int m = 2; m <= 6; m++) {
            cycle = cycle.openMeeting(D.plusWeeks(m));
        }
        ShareOut s = cycle.shareOut();
        // cash in the box: 110 - 30 = 80. a forfeits her share to b and c: value per share = 80 / 10 = 8.00; she is
        // paid nothing, nothing is deducted, and the 30 of principal she still owes is the group's loss
        assertThat(s.loanFundCash()).isEqualTo(mad("80"));
        assertThat(s.line("a").sharesSetAgainstDebt()).isTrue();
        assertThat(s.line("a").net()).isEqualTo(mad("0"));
        assertThat(s.line("a").gross()).isEqualTo(mad("0"));
        assertThat(s.line("a").deduction()).isEqualTo(mad("0"));
        assertThat(s.line("a").shortfall()).isEqualTo(mad("30"));
        // every column total is a make-up line: gross 0 + 40 + 40 = 80 = distributable, deductions 0 = debts deducted,
        // shortfall 30 = the loans out not recovered
        assertThat(s.totalGross()).isEqualTo(mad("80")).isEqualTo(s.makeUp().distributable());
        assertThat(s.totalDeductions()).isEqualTo(mad("0")).isEqualTo(s.makeUp().debtsDeducted());
        assertThat(s.totalPaidOut()).isEqualTo(mad("80"));
        assertThat(s.totalShortfall()).isEqualTo(mad("30")).isEqualTo(s.makeUp().notRecovered())
                .isEqualTo(s.makeUp().loansOut());
        assertThat(s.valuePerShare()).isEqualByComparingTo("8");
        assertThat(s.line("b").net()).isEqualTo(mad("40"));
        assertThat(s.line("c").net()).isEqualTo(mad("40"));
        assertThat(s.totalPaidOut()).isEqualTo(mad("80"));

        // when the debt is smaller than the payout, it is deducted: a saves 50 and owes 33
        Cycle rich = threeMembers(c, 5, 5, 5).lend("a", mad("30"), 1);
        for (int m = 2; m <= 6; m++) {
            rich = rich.openMeeting(D.plusWeeks(m));
        }
        ShareOut r = rich.shareOut();
        // cash 150 - 30 = 120, plus the 33 netted = 153 over 15 shares = 10.20 per share
        assertThat(r.distributable()).isEqualTo(mad("153"));
        assertThat(r.debtsNetted()).isEqualTo(mad("33"));
        assertThat(r.line("a").gross()).isEqualTo(mad("51"));
        assertThat(r.line("a").deduction()).isEqualTo(mad("33"));
        assertThat(r.line("a").net()).isEqualTo(mad("18"));
        assertThat(r.totalPaidOut()).isEqualTo(mad("120"));
        assertThat(r.valuePerShare()).isEqualByComparingTo("10.2");
        assertThat(r.valuePerShareRounded()).isEqualTo(mad("10.20"));
        assertThat(r.totalWeight()).isEqualTo(15);
        assertThat(s.totalWeight()).as("a's shares are not counted").isEqualTo(10);
        assertThat(s.totalShares()).isEqualTo(11);
        assertThat(r.cycle()).isSameAs(rich);
        assertThat(rich.shareOut()).isEqualTo(r).hasSameHashCodeAs(r).isNotEqualTo(s);
        assertThat(r.toString()).contains("a            A                      5          5 ")
                .contains("51.00        33.00        18.00         0.00");
    }

    @Test
    void the_refusal_names_every_member_who_owes() {
        Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 6)
                .loans(LoanPolicy.builder().closingMeetings(0).build()).build();
        Cycle cycle = threeMembers(c, 5, 5, 5).lend("a", mad("100"), 1).lend("c", mad("10"), 1);
        for (int m = 2; m <= 6; m++) {
            cycle = cycle.openMeeting(D.plusWeeks(m));
        }
        Cycle atEnd = cycle;
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(atEnd::shareOut)
                .withMessageEndingWith("loans are still outstanding: a owes MAD 110.00, c owes MAD 11.00")
                .satisfies(e -> assertThat(e.member()).contains(MemberId.of("a")));
    }

    @Test
    void time_weighted_pays_early_savers_more() {
        Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 4)
                .loans(LoanPolicy.builder().closingMeetings(0).build())
                .shareOut(ShareOutPolicy.builder().method(ShareOutPolicy.Method.TIME_WEIGHTED).build()).build();
        Cycle cycle = Cycle.start(c, mad("20"), mad("0"), List.of(Member.of("early", "E"), Member.of("late", "L")))
                .openMeeting(D).buyShares("early", 1);
        cycle = cycle.openMeeting(D.plusWeeks(1)).openMeeting(D.plusWeeks(2)).openMeeting(D.plusWeeks(3))
                .buyShares("late", 1);
        ShareOut s = cycle.shareOut();
        // savings back (10 each); the profit, 20 carried in, by share-meetings: early 1 share x 3 meetings after
        // meeting 1 = 3, late 1 x 0 (bought at the share-out meeting) = 0, so early gets all of it
        assertThat(s.line("early").weight()).isEqualTo(3);
        assertThat(s.line("late").weight()).isEqualTo(0);
        assertThat(s.shared()).isEqualTo(mad("20"));
        assertThat(s.line("early").net()).isEqualTo(mad("30"));
        assertThat(s.line("late").net()).as("her savings, in full").isEqualTo(mad("10"));
    }

    @Test
    void a_member_who_left_is_settled_then_and_not_paid_again() {
        Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 3).fine("late", mad("2"))
                .loans(LoanPolicy.builder().closingMeetings(0).build()).build();
        Cycle cycle = threeMembers(c, 5, 5, 5).fine("c", "late").openMeeting(D.plusWeeks(1)).leave("c");
        assertThat(cycle.member("c").settlement()).isEqualTo(mad("50"));
        assertThat(cycle.member("c").isActive()).isFalse();
        assertThat(cycle.loanFund()).isEqualTo(mad("102"));
        ShareOut s = cycle.openMeeting(D.plusWeeks(2)).shareOut();
        assertThat(s.lines()).extracting(ShareOutLine::member).containsExactly(MemberId.of("a"), MemberId.of("b"));
        assertThat(s.makeUp().paidToLeavers()).isEqualTo(mad("50"));
        assertThat(s.totalPaidOut()).isEqualTo(mad("102"));

        Constitution withProfit = c.toBuilder().shareOut(ShareOutPolicy.builder()
                .leavers(ShareOutPolicy.LeaverSettlement.SAVINGS_WITH_PROFIT).build()).build();
        Cycle p = Cycle.start(withProfit, mad("30"), mad("0"),
                List.of(Member.of("a", "A"), Member.of("b", "B"), Member.of("c", "C"))).openMeeting(D)
                .buyShares("a", 5).buyShares("b", 5).buyShares("c", 5).leave("c");
        // (30 + 150) / 15 shares x 5 = 60
        assertThat(p.member("c").settlement()).isEqualTo(mad("60"));
        assertThat(p.loanFund()).isEqualTo(mad("120"));
    }
}

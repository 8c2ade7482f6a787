package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Worked numbers for each charging method. The sources give the range (5-10% per month, flat or on
 * the outstanding balance; docs/sources.md, S2, S8, S17); these figures are worked by hand in each test's comment.
 */
class LoanTest {

    static MonetaryAmount mad(String s) {
        return Money.of(new BigDecimal(s), "MAD");
    }

    static final LocalDate D = LocalDate.of(2026, 1, 5);

    /** 10% per 4 weekly meetings, 20 meetings; member "b" has saved 500 and the fund holds 2,500. */
    static Cycle group(LoanPolicy.ChargingMethod method, LoanPolicy.Builder loans) {
        Constitution c = Constitution.builder(mad("100")).meetings(Constitution.Frequency.WEEKLY, 20)
                .socialFund(mad("10")).cashUnit(mad("1"))
                .loans(loans.serviceCharge(new BigDecimal("0.10"), 4, method).build()).build();
        return Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("a", "A"), Member.of("b", "B"), Member.of("c", "C"),
                Member.of("d", "D"), Member.of("e", "E"))).openMeeting(D)
                .buyShares("a", 5).buyShares("b", 5).buyShares("c", 5).buyShares("d", 5).buyShares("e", 5);
    }

    static Cycle meetings(Cycle cycle, int upTo) {
        while (cycle.meeting() < upTo) {
            cycle = cycle.openMeeting(cycle.date().plusWeeks(1));
        }
        return cycle;
    }

    @Test
    void flat_charge_is_the_rate_on_the_original_principal_each_period() {
        // 1,000 MAD for 3 periods at 10% flat: charges of 100 at meetings 5, 9 and 13; 1,300 repaid in all
        Cycle cycle = group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder()).lend("b", mad("1000"), 3);
        assertThat(cycle.loans("b").get(0).dueMeeting()).isEqualTo(13);
        cycle = meetings(cycle, 4);
        assertThat(cycle.loans("b").get(0).chargesDue()).isEqualTo(mad("0"));
        cycle = meetings(cycle, 5);
        assertThat(cycle.loans("b").get(0).chargesDue()).isEqualTo(mad("100"));
        cycle = meetings(cycle, 13);
        LoanStatement l = cycle.loans("b").get(0);
        assertThat(l.chargesDue()).isEqualTo(mad("300"));
        assertThat(l.owed()).isEqualTo(mad("1300"));
        assertThat(cycle.loanIncome()).as("charges due are not income until paid").isEqualTo(mad("0"));
        cycle = cycle.repay("b", mad("1300"));
        l = cycle.loans("b").get(0);
        assertThat(l.status()).isEqualTo(LoanStatement.Status.REPAID);
        assertThat(l.chargesPaid()).isEqualTo(mad("300"));
        assertThat(l.closedAt()).isEqualTo(13);
        assertThat(cycle.loanIncome()).isEqualTo(mad("300"));
        assertThat(cycle.loanFund()).isEqualTo(mad("2800"));
    }

    @Test
    void declining_balance_charges_the_rate_on_what_is_still_owed() {
        // 1,000 MAD repaid in thirds at meetings 5, 9, 13:
        //   meeting 5:  10% x 1,000.00 = 100.00; pays 100.00 + 333.33, owes 666.67
        //   meeting 9:  10% x   666.67 =  66.667 -> 66.67; pays 66.67 + 333.33, owes 333.34
        //   meeting 13: 10% x   333.34 =  33.334 -> 33.33; pays 33.33 + 333.34
        // charges 200.00, against 300.00 flat
        Cycle cycle = group(LoanPolicy.ChargingMethod.DECLINING_BALANCE, LoanPolicy.builder()).lend("b", mad("1000"), 3);
        cycle = meetings(cycle, 5).repay("b", mad("433.33"));
        assertThat(cycle.loans("b").get(0).principalOutstanding()).isEqualTo(mad("666.67"));
        cycle = meetings(cycle, 9);
        assertThat(cycle.member("b").owedOnLoans()).isEqualTo(mad("733.34"));
        cycle = cycle.repay("b", mad("400.00"));
        cycle = meetings(cycle, 13);
        assertThat(cycle.loans("b").get(0).chargesDue()).isEqualTo(mad("200.00"));
        cycle = cycle.repay("b", mad("366.67"));
        LoanStatement l = cycle.loans("b").get(0);
        assertThat(l.status()).isEqualTo(LoanStatement.Status.REPAID);
        assertThat(l.chargesPaid()).isEqualTo(mad("200.00"));
    }

    @Test
    void up_front_charge_is_fixed_at_issue_and_income_only_when_paid() {
        // 1,000 MAD for 3 periods: 10% x 1,000 x 3 = 300 due at once, whatever the repayment date
        Cycle cycle = group(LoanPolicy.ChargingMethod.UP_FRONT, LoanPolicy.builder()).lend("b", mad("1000"), 3);
        assertThat(cycle.loans("b").get(0).chargesDue()).isEqualTo(mad("300"));
        assertThat(cycle.loanIncome()).isEqualTo(mad("0"));
        cycle = meetings(cycle, 6).repay("b", mad("200"));
        assertThat(cycle.loanIncome()).isEqualTo(mad("200"));
        assertThat(cycle.loans("b").get(0).principalOutstanding()).isEqualTo(mad("1000"));
        cycle = meetings(cycle, 13);
        assertThat(cycle.loans("b").get(0).chargesDue()).as("no further charge").isEqualTo(mad("300"));
        cycle = cycle.repay("b", mad("1100"));
        assertThat(cycle.loans("b").get(0).status()).isEqualTo(LoanStatement.Status.REPAID);
        assertThat(cycle.loanIncome()).isEqualTo(mad("300"));
    }

    @Test
    void a_loan_repaid_early_is_not_charged_again() {
        Cycle cycle = group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder()).lend("b", mad("1000"), 3);
        cycle = meetings(cycle, 3).repay("b", mad("1000"));
        assertThat(cycle.loans("b").get(0).status()).isEqualTo(LoanStatement.Status.REPAID);
        assertThat(cycle.loans("b").get(0).chargesDue()).isEqualTo(mad("0"));
        cycle = meetings(cycle, 13);
        assertThat(cycle.loans("b").get(0).chargesDue()).isEqualTo(mad("0"));
        assertThat(cycle.member("b").owedOnLoans()).isEqualTo(mad("0"));
    }

    @Test
    void repayment_pays_charges_first_then_principal() {
        Cycle cycle = meetings(group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder()).lend("b", mad("1000"), 3), 5)
                .repay("b", mad("150"));
        LoanStatement l = cycle.loans("b").get(0);
        assertThat(l.chargesPaid()).isEqualTo(mad("100"));
        assertThat(l.principalRepaid()).isEqualTo(mad("50"));
        assertThat(l.principalOutstanding()).isEqualTo(mad("950"));
    }

    @Test
    void late_loans_pay_a_penalty_and_count_as_portfolio_at_risk() {
        // due at meeting 13; at meeting 14 a 5% penalty on the 1,000 outstanding falls due
        Cycle cycle = group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder().latePenaltyRate(new BigDecimal("0.05")))
                .lend("b", mad("1000"), 3).lend("c", mad("500"), 1);
        cycle = meetings(cycle, 5).repay("c", mad("550"));
        cycle = meetings(cycle, 13);
        assertThat(cycle.portfolioAtRisk()).isEqualByComparingTo("0");
        cycle = meetings(cycle, 14);
        LoanStatement l = cycle.loans("b").get(0);
        assertThat(l.penaltiesDue()).isEqualTo(mad("50"));
        assertThat(l.owed()).isEqualTo(mad("1350"));
        assertThat(l.meetingsLate()).isEqualTo(1);
        assertThat(l.daysLate()).isEqualTo(7);
        assertThat(l.isOverdue()).isTrue();
        assertThat(cycle.portfolioAtRisk()).isEqualByComparingTo("1.0000");
        cycle = cycle.repay("b", mad("1350"));
        assertThat(cycle.loanIncome()).as("50 from c, 300 + 50 from b").isEqualTo(mad("400"));
        assertThat(cycle.portfolioAtRisk()).isEqualByComparingTo("0");
    }

    @Test
    void charges_round_to_the_minor_unit_or_the_cash_unit_as_the_constitution_says() {
        // 10% of 1,234.56 = 123.456
        Cycle minor = group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder()).lend("b", mad("1234.56"), 1);
        assertThat(meetings(minor, 5).loans("b").get(0).chargesDue()).isEqualTo(mad("123.46"));
        Cycle cash = group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder()
                .rounding(RoundingMode.HALF_UP, LoanPolicy.ChargeRoundingUnit.CASH_UNIT)).lend("b", mad("1234.56"), 1);
        assertThat(meetings(cash, 5).loans("b").get(0).chargesDue()).isEqualTo(mad("123"));
        Cycle up = group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder()
                .rounding(RoundingMode.UP, LoanPolicy.ChargeRoundingUnit.CASH_UNIT)).lend("b", mad("1234.56"), 1);
        assertThat(meetings(up, 5).loans("b").get(0).chargesDue()).isEqualTo(mad("124"));
    }

    @Test
    void write_off_is_covered_by_the_social_fund_as_far_as_it_goes() {
        // social fund: 5 members x 10 MAD = 50; the 1,000 written off: 50 covered, 950 lost
        Cycle cycle = group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder()
                .writeOffCover(LoanPolicy.WriteOffCover.SOCIAL_FUND)).lend("b", mad("1000"), 3);
        for (String m : new String[] {"a", "b", "c", "d", "e"}) {
            cycle = cycle.paySocialFund(m);
        }
        cycle = meetings(cycle, 5).writeOff("b", "general assembly", "death of the member");
        LoanStatement l = cycle.loans("b").get(0);
        assertThat(l.status()).isEqualTo(LoanStatement.Status.WRITTEN_OFF);
        assertThat(l.principalWrittenOff()).isEqualTo(mad("1000"));
        assertThat(l.writtenOffCovered()).isEqualTo(mad("50"));
        assertThat(l.owed()).as("the unpaid charge is cancelled too").isEqualTo(mad("0"));
        assertThat(l.writtenOffBy()).isEqualTo("general assembly");
        assertThat(cycle.socialFund()).isEqualTo(mad("0"));
        assertThat(cycle.loanFund()).isEqualTo(mad("1550"));
        assertThat(cycle.writeOffLosses()).isEqualTo(mad("950"));
        assertThat(cycle.loansOutstanding()).isEqualTo(mad("0"));
    }

    @Test
    void borrowing_capacity_is_the_multiple_of_savings_less_what_is_owed_within_the_cash() {
        Cycle cycle = group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder().maxLoansAtOnce(2));
        assertThat(cycle.borrowingCapacity("b")).isEqualTo(mad("1500"));
        cycle = cycle.lend("b", mad("1000"), 3);
        assertThat(cycle.borrowingCapacity("b")).isEqualTo(mad("500"));
        assertThat(cycle.borrowingCapacity("c")).isEqualTo(mad("1500"));
        cycle = cycle.lend("c", mad("1400"), 3);
        assertThat(cycle.borrowingCapacity("d")).as("limited by the cash in the box").isEqualTo(mad("100"));
        cycle = meetings(cycle, 16);
        assertThat(cycle.borrowingCapacity("e").isPositive()).as("the last meeting before the closing ones").isTrue();
        assertThat(cycle.lend("e", mad("1"), 1).loans("e").get(0).dueMeeting()).isEqualTo(20);
        cycle = meetings(cycle, 17);
        assertThat(cycle.borrowingCapacity("e")).as("closing meetings").isEqualTo(mad("0"));
    }

    @Test
    void reschedule_extends_the_term() {
        Cycle cycle = group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder()).lend("b", mad("500"), 1);
        cycle = meetings(cycle, 5).reschedule("b", 2, "management committee");
        LoanStatement l = cycle.loans("b").get(0);
        assertThat(l.dueMeeting()).isEqualTo(13);
        assertThat(l.termPeriods()).isEqualTo(3);
        assertThat(l.rescheduledBy()).isEqualTo("management committee");
        assertThat(l.isOverdue()).isFalse();
        assertThat(l.meetingsLate()).isZero();
    }

    @Test
    void a_second_loan_counts_what_the_first_still_owes_against_the_cap() {
        // b saved 500: cap 1,500. With 1,000 out, a second loan of 600 would make 1,600 > 1,500; 500 is the most
        Cycle cycle = group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder().maxLoansAtOnce(2)).lend("b", mad("1000"), 3);
        Cycle before = cycle;
        assertThatThrownBy(() -> before.lend("b", mad("600"), 1)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("LOAN_CAP").hasMessageContaining("with MAD 1000.00 already outstanding")
                .hasMessageContaining("= MAD 1500.00");
        cycle = cycle.lend("b", mad("500"), 1);
        assertThat(cycle.member("b").principalOutstanding()).isEqualTo(mad("1500"));
        assertThat(cycle.borrowingCapacity("b")).isEqualTo(mad("0"));
    }

    @Test
    void loans_are_numbered_in_the_order_they_are_made() {
        Cycle cycle = group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder()).lend("b", mad("100"), 1)
                .lend("a", mad("200"), 1);
        // a's loan (2) is repaid before b's (1): the list is still in loan order
        cycle = meetings(cycle, 5).repayAll("a").lend("c", mad("300"), 1);
        assertThat(cycle.loans()).extracting(LoanStatement::number).containsExactly(1, 2, 3);
        assertThat(cycle.loans()).extracting(l -> l.member().value()).containsExactly("b", "a", "c");
        assertThat(cycle.loans("c").get(0).number()).isEqualTo(3);
        assertThat(cycle.loans("b").get(0).rescheduledBy()).isEmpty();
        assertThat(cycle.loans("b").get(0).writtenOffBy()).isEmpty();
        assertThat(cycle.loans("b").get(0).writeOffReason()).isEmpty();
        // b's loan fell due at meeting 5; two meetings (14 days) later it is late
        cycle = meetings(cycle, 7);
        LoanStatement late = cycle.loans("b").get(0);
        assertThat(late.meetingsLate()).isEqualTo(2);
        assertThat(late.daysLate()).isEqualTo(14);
        assertThat(late.isOverdue()).isTrue();
    }

    @Test
    void a_member_who_left_may_borrow_nothing() {
        Cycle cycle = group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder()).leave("e");
        assertThat(cycle.member("e").borrowingCapacity()).isEqualTo(mad("0"));
        assertThat(cycle.members().get(4).borrowingCapacity()).isEqualTo(mad("0"));
        assertThat(cycle.borrowingCapacity("d")).isEqualTo(mad("1500"));
    }

    @Test
    void a_repayment_of_exactly_what_is_owed_closes_the_loan_and_one_minor_unit_more_is_refused() {
        Cycle cycle = meetings(group(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.builder()).lend("b", mad("1000"), 1), 5);
        // 1,000 + 10% = 1,100 owed at meeting 5
        Cycle owing = cycle;
        assertThatThrownBy(() -> owing.repay("b", mad("1100.01"))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("LOAN_OVERPAYMENT");
        cycle = cycle.repay("b", mad("1100"));
        assertThat(cycle.loans("b").get(0).status()).isEqualTo(LoanStatement.Status.REPAID);
        assertThat(cycle.member("b").owedOnLoans()).isEqualTo(mad("0"));
    }

    @Test
    void a_late_penalty_falls_due_the_meeting_after_the_due_meeting() {
        // charging period of 1 meeting, 5% late penalty: a loan of 100 for 1 period issued at meeting 1 is due at
        // meeting 2; no penalty at meeting 2, 5% of 100 at meeting 3, again at meeting 4
        Constitution c = Constitution.builder(mad("100")).meetings(Constitution.Frequency.WEEKLY, 20).cashUnit(mad("1"))
                .loans(LoanPolicy.builder().serviceCharge(BigDecimal.ZERO, 1, LoanPolicy.ChargingMethod.FLAT)
                        .latePenaltyRate(new BigDecimal("0.05")).build()).build();
        Cycle cycle = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("a", "A"))).openMeeting(D).buyShares("a", 5)
                .lend("a", mad("100"), 1);
        assertThat(cycle.loans("a").get(0).dueMeeting()).isEqualTo(2);
        cycle = meetings(cycle, 2);
        assertThat(cycle.loans("a").get(0).penaltiesDue()).isEqualTo(mad("0"));
        cycle = meetings(cycle, 3);
        assertThat(cycle.loans("a").get(0).penaltiesDue()).isEqualTo(mad("5"));
        cycle = meetings(cycle, 4);
        assertThat(cycle.loans("a").get(0).penaltiesDue()).isEqualTo(mad("10"));
    }

    @Test
    void a_member_who_leaves_is_paid_her_savings_less_the_fines_she_owes() {
        // e saved 500 and owes a fine of 20; she leaves: 480 paid, the fine counted as paid, 500 settled
        Constitution c = Constitution.builder(mad("100")).meetings(Constitution.Frequency.WEEKLY, 20).cashUnit(mad("1"))
                .socialFund(mad("10")).fine("late", mad("20")).build();
        Cycle cycle = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("d", "D"), Member.of("e", "E")))
                .openMeeting(D).buyShares("d", 5).buyShares("e", 5).paySocialFund("e").fine("e", "late");
        assertThat(cycle.totalShares()).isEqualTo(10);
        cycle = cycle.leave("e");
        MemberAccount e = cycle.member("e");
        assertThat(e.settlement()).isEqualTo(mad("500"));
        assertThat(e.finesPaid()).isEqualTo(mad("20"));
        assertThat(e.finesOwed()).isEqualTo(mad("0"));
        assertThat(e.isActive()).isFalse();
        assertThat(e.socialFundPaid()).isEqualTo(c.socialFund());
        assertThat(cycle.totalShares()).as("her shares leave with her").isEqualTo(5);
        assertThat(cycle.loanFund()).as("1,000 saved, 480 paid out, the 20 fine stays").isEqualTo(mad("520"));
        assertThat(cycle.finesPaid()).isEqualTo(mad("20"));
        assertThat(cycle.meetingSummaries().get(0).paidToLeavers()).as("the settlement; the fine came back from it")
                .isEqualTo(mad("500"));
    }

    @Test
    void a_fine_bigger_than_the_settlement_is_waived_beyond_it() {
        // a saved 100 (one share) and owes fines of 150: she is paid nothing, 100 of the fines are paid, 50 waived
        Constitution c = Constitution.builder(mad("100")).meetings(Constitution.Frequency.WEEKLY, 20).cashUnit(mad("1"))
                .fine("absent", mad("150")).build();
        Cycle cycle = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("a", "A"), Member.of("b", "B")))
                .openMeeting(D).buyShares("a", 1).buyShares("b", 1).fine("a", "absent").leave("a");
        assertThat(cycle.member("a").finesPaid()).isEqualTo(mad("100"));
        assertThat(cycle.member("a").finesOwed()).isEqualTo(mad("0"));
        assertThat(cycle.loanFund()).isEqualTo(mad("200"));
    }
}

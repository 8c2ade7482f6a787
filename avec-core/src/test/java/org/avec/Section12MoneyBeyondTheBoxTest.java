package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Rules reference §12, the group's money beyond the box: a bank account and a mobile wallet, a loan to the group, expenses
 * and other income, property; the group's balance. The numbers of each test are worked by hand in its comments.
 */
class Section12MoneyBeyondTheBoxTest {

    static final LocalDate D = LocalDate.of(2026, 1, 5);

    static Money mad(String s) {
        return Money.of(new BigDecimal(s), "MAD");
    }

    static Constitution constitution(ShareOutPolicy.GroupDebt debt) {
        return Constitution.builder(mad("10")).socialFund(mad("5")).meetings(Constitution.Frequency.WEEKLY, 4)
                .place("bank").place("wallet")
                .loans(LoanPolicy.builder().serviceCharge(new BigDecimal("0.10"), 1, LoanPolicy.ChargingMethod.FLAT).maxTermPeriods(3)
                        .closingMeetings(1).maxMultipleOfSavingsWithGroupLoan(BigDecimal.valueOf(5)).build())
                .shareOut(ShareOutPolicy.builder().groupDebt(debt).build())
                .build();
    }

    static List<Member> abc() {
        return List.of(Member.of("a", "Aicha"), Member.of("b", "Badia"), Member.of("c", "Chama"));
    }

    static Cycle shares(Cycle cy) {
        for (String id : List.of("a", "b", "c")) {
            cy = cy.buyShares(id, 5).paySocialFund(id);
        }
        return cy;
    }

    /**
     * A group with a bank account, a mobile wallet, a loan from Al Amana, two expenses, bank interest and a mill, over
     * four meetings; share 10 MAD, 10% a meeting, flat.
     */
    static Cycle group(ShareOutPolicy.GroupDebt debt) {
        Cycle cy = Cycle.start(constitution(debt), mad("0"), mad("0"), abc());
        // meeting 1: 3 × 5 shares = 150 in the box, social fund 15
        cy = shares(cy.openMeeting(D));
        cy = cy.receiveGroupLoan("Al Amana", "bank", mad("1000"))     // bank 1,000
                .moveCash("bank", Constitution.BOX, mad("600"))         // box 750, bank 400
                .payExpense(Constitution.BOX, mad("20"), "padlock", "assembly") // box 730
                .lend("a", mad("250"), 2);                              // 5 × 50 while the group owes: box 480
        // meeting 2: shares 150 (box 630, social 30); A's first charge of 25 falls due
        cy = shares(cy.openMeeting(D.plusWeeks(1)));
        cy = cy.receiveIncome("bank", mad("4"), "bank interest", "treasurer")   // bank 404
                .moveCash(Constitution.BOX, "wallet", mad("300"))                 // box 330, wallet 300
                .buyProperty("mill", "bank", mad("350"), "assembly");             // bank 54
        // meeting 3: A repays 250 + 2 × 25 charges (box 630), shares 150 (box 780, social 45)
        cy = shares(cy.openMeeting(D.plusWeeks(2)));
        cy = cy.repay("a", mad("300"))
                .payExpense("wallet", mad("60"), "trainer's fee", "assembly")     // wallet 240
                .repayGroupLoan("Al Amana", Constitution.BOX, mad("520"), mad("20")); // box 560, owes 500
        return cy.openMeeting(D.plusWeeks(3));
    }

    @Test
    void section_12_balance_example() {
        // box 1,200 + bank 2,500 + wallet 300 + loans 4,000 + mill 6,000 + social fund 450 = 14,450; owes 3,000
        Balance b = new Balance(Map.of("box", mad("1200"), "bank", mad("2500"), "wallet", mad("300")), mad("4000"),
                Map.of("mill", mad("6000")), mad("450"), Map.of("bank", mad("3000")));
        assertThat(b.assets()).isEqualTo(mad("14450"));
        assertThat(b.liabilities()).isEqualTo(mad("3000"));
        assertThat(b.equity()).isEqualTo(mad("11450"));
    }

    @Test
    void section_12_balance_example_recorded() {
        // a group digitised at meeting 21: 500 shares (5,000 saved), 4,000 out on loan to A, 4,000 of cash, owes the
        // bank 3,000, holds a mill worth 6,000; it takes 2,500 to the bank and 300 to the wallet
        Constitution c = constitution(ShareOutPolicy.GroupDebt.REPAID_FIRST).toBuilder()
                .meetings(Constitution.Frequency.WEEKLY, 52).build();
        Opening o = Opening.builder(c.currency(), 21).loanFundCash(mad("4000")).socialFund(mad("450"))
                .member(Member.of("a", "Aicha"), 300).member(Member.of("b", "Badia"), 200)
                .loan("a", mad("4000"), mad("4000"), mad("0"), 18, 24)
                .groupLoan("bank", mad("3000")).property("mill", mad("6000")).build();
        Cycle cy = Cycle.start(c, o).openMeeting(D).moveCash("box", "bank", mad("2500")).moveCash("box", "wallet",
                mad("300"));
        Balance b = cy.balance();
        assertThat(b.cash()).containsExactly(Map.entry("box", mad("1200")), Map.entry("bank", mad("2500")),
                Map.entry("wallet", mad("300")));
        assertThat(b.assets()).isEqualTo(mad("14450"));
        assertThat(b.liabilities()).isEqualTo(mad("3000"));
        assertThat(b.equity()).isEqualTo(mad("11450"));
        assertThat(cy.loanFund()).as("moving cash changes no fund's total").isEqualTo(mad("4000"));
        assertThat(cy.cashInBox()).as("the box: 1,200 of the loan fund and the social fund").isEqualTo(mad("1650"));
    }

    @Test
    void section_12_balance_example_in_the_indicators() {
        // the same figures entered by hand, as a programme would from a group's paper balance
        org.avec.indicators.Indicators i = org.avec.indicators.Indicators.builder(Monetary.getCurrency("MAD"))
                .loanFundCash(mad("4000")).cashBeyondTheBox(mad("2800")).loansDisbursed(1, mad("4000"))
                .loansOutstanding(mad("4000")).portfolio(mad("0"), mad("4000"))
                .property(mad("6000")).socialFund(mad("450")).liabilities(mad("3000")).build();
        assertThat(i.assets()).isEqualTo(mad("14450"));
        assertThat(i.liabilities()).isEqualTo(mad("3000"));
        assertThat(i.netWorth()).isEqualTo(mad("11450"));
        assertThat(i.equity()).as("the members' fund, without the social fund").isEqualTo(mad("11000"));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> org.avec.indicators.Indicators
                .builder(Monetary.getCurrency("MAD")).loanFundCash(mad("100")).cashBeyondTheBox(mad("101")).build())
                .withMessageContaining("cash beyond the box");
    }

    @Test
    void books_opened_with_cash_at_the_bank() {
        Constitution c = constitution(ShareOutPolicy.GroupDebt.REPAID_FIRST).toBuilder()
                .meetings(Constitution.Frequency.WEEKLY, 52).build();
        Opening.Builder o = Opening.builder(c.currency(), 21).loanFundCash(mad("4000")).socialFund(mad("450"))
                .member(Member.of("a", "Aicha"), 300).member(Member.of("b", "Badia"), 200)
                .loan("a", mad("4000"), mad("4000"), mad("0"), 18, 24)
                .groupLoan("bank", mad("3000")).property("mill", mad("6000"));
        Cycle cy = Cycle.start(c, o.cashAt("bank", mad("2500")).cashAt("wallet", mad("300")).build());
        assertThat(cy.balance().cash()).containsExactly(Map.entry("box", mad("1200")), Map.entry("bank", mad("2500")),
                Map.entry("wallet", mad("300")));
        assertThat(cy.balance().equity()).isEqualTo(mad("11450"));
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> Cycle.start(c, Opening.builder(
                c.currency(), 21).loanFundCash(mad("100")).cashAt("safe", mad("10")).build()))
                .satisfies(x -> assertThat(x.rule()).isEqualTo(Rule.PLACE_UNKNOWN)).withMessageContaining("'safe'");
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> Cycle.start(c, Opening.builder(
                c.currency(), 21).loanFundCash(mad("100")).cashAt("bank", mad("101")).build()))
                .satisfies(x -> assertThat(x.rule()).isEqualTo(Rule.OPENING_BALANCE))
                .withMessageContaining("keeps MAD 101.00 of the loan fund at the other places, more than its cash of MAD 100.00");
    }

    @Test
    void the_group_is_recorded_place_by_place() {
        Cycle cy = group(ShareOutPolicy.GroupDebt.REPAID_FIRST);
        Balance b = cy.balance();
        assertThat(b.cash()).containsExactly(Map.entry("box", mad("260")), Map.entry("bank", mad("54")),
                Map.entry("wallet", mad("240")));
        // 450 savings + 50 charges + 4 interest − 80 expenses − 20 interest paid + 1,000 borrowed − 500 repaid − 350 mill
        assertThat(cy.loanFund()).isEqualTo(mad("554"));
        assertThat(b.property()).containsExactly(Map.entry("mill", mad("350")));
        assertThat(b.owedToLenders()).containsExactly(Map.entry("Al Amana", mad("500")));
        assertThat(b.socialFund()).isEqualTo(mad("45"));
        assertThat(b.assets()).isEqualTo(mad("949"));
        assertThat(b.equity()).isEqualTo(mad("449"));
        assertThat(cy.otherIncome()).isEqualTo(mad("4"));
        assertThat(cy.expenses()).as("padlock 20 + trainer 60 + interest 20").isEqualTo(mad("100"));
        // the meeting summaries reconcile with the new movements
        for (MeetingSummary s : cy.meetingSummaries()) {
            assertThat(s.loanFundCashAtStart().add(s.loanFundMovements())).isEqualTo(s.loanFundCash());
        }
        assertThat(cy.meetingSummaries().get(0).groupLoansReceived()).isEqualTo(mad("1000"));
        assertThat(cy.meetingSummaries().get(2).groupLoanInterest()).isEqualTo(mad("20"));
    }

    @Test
    void the_share_out_repays_the_lender_first_and_divides_the_cash_left() {
        ShareOut s = group(ShareOutPolicy.GroupDebt.REPAID_FIRST).shareOut();
        // 554 cash − 500 owed to Al Amana = 54 for 45 shares: 1.20 a share, 18 each, nothing left
        assertThat(s.groupDebt()).isEqualTo(mad("500"));
        assertThat(s.distributable()).isEqualTo(mad("54"));
        assertThat(s.valuePerShare()).isEqualByComparingTo("1.2");
        assertThat(s.lines()).allSatisfy(l -> assertThat(l.net()).isEqualTo(mad("18")));
        assertThat(s.remainder()).isEqualTo(mad("0"));
        ShareOut.MakeUp m = s.makeUp();
        assertThat(m.propertyKept()).isEqualTo(mad("350"));
        assertThat(m.profit()).as("charges 50 + income 4 − expenses 80 − interest 20").isEqualTo(mad("-46"));
        // the make-up adds up to the cash, line by line
        assertThat(m.carriedIn().add(m.earnedBefore()).add(m.savings()).add(m.serviceCharges()).add(m.latePenalties())
                .add(m.fines()).subtract(m.writtenOff()).subtract(m.paidToLeavers()).subtract(m.loansOut())
                .add(m.otherIncome()).subtract(m.expenses()).subtract(m.groupLoanInterest()).add(m.groupLoansReceived())
                .subtract(m.groupLoansRepaid()).subtract(m.propertyBought()).add(m.propertySold()))
                .isEqualTo(m.loanFundCash());
        assertThat(m.loanFundCash().add(m.debtsDeducted()).subtract(m.groupDebt())).isEqualTo(m.distributable());
        assertThat(s.cashAt()).containsEntry("bank", mad("54")).containsEntry("wallet", mad("240"));
        // repaid first: the next cycle owes nothing and keeps the mill
        Cycle next = s.nextCycle();
        assertThat(next.balance().owedToLenders()).isEmpty();
        assertThat(next.balance().property()).containsExactly(Map.entry("mill", mad("350")));
        assertThat(next.loanFund()).isEqualTo(mad("0"));
    }

    @Test
    void the_mill_kept_counts_in_the_members_dated_returns() {
        // each member paid 50 at meetings 1, 2 and 3 and receives 18 in cash at meeting 4 and her part of the mill kept,
        // 350 x 15 / 45 = 116.66 (116.66 in minor units, rounded down): -50, -50, -50, +134.66 a meeting apart
        Cycle cy = group(ShareOutPolicy.GroupDebt.REPAID_FIRST);
        org.avec.indicators.CashFlowReturns.Rate r = org.avec.indicators.CashFlowReturns.of(cy).member("a").orElseThrow();
        BigDecimal x = BigDecimal.ONE.add(r.perMeeting());
        java.math.MathContext mc = java.math.MathContext.DECIMAL128;
        // value at meeting 4 of every flow: zero at the rate found, to within the tolerance's effect on these sums
        BigDecimal npv = new BigDecimal("13466").subtract(new BigDecimal("5000").multiply(x.pow(3, mc).add(x.pow(2, mc))
                .add(x), mc));
        assertThat(npv.abs()).isLessThan(new BigDecimal("0.001"));
        assertThat(r.perMeeting()).isNegative();
    }

    @Test
    void or_carries_the_debt_with_its_cash_into_the_next_cycle() {
        ShareOut s = group(ShareOutPolicy.GroupDebt.CARRIED).shareOut();
        assertThat(s.distributable()).isEqualTo(mad("54"));
        Cycle next = s.nextCycle();
        assertThat(next.balance().owedToLenders()).containsExactly(Map.entry("Al Amana", mad("500")));
        assertThat(next.loanFund()).as("the cash kept back for the debt").isEqualTo(mad("500"));
        assertThat(next.balance().equity()).as("the mill and the social fund 45").isEqualTo(mad("395"));
        // the next cycle can repay it
        next = next.openMeeting(D.plusWeeks(10)).buyShares("a", 5).repayGroupLoan("Al Amana", "box", mad("510"),
                mad("10"));
        assertThat(next.balance().liabilities()).isEqualTo(mad("0"));
    }

    @Test
    void a_member_may_borrow_five_times_her_savings_while_the_group_owes() {
        Cycle cy = shares(Cycle.start(constitution(ShareOutPolicy.GroupDebt.REPAID_FIRST), mad("0"), mad("0"), abc())
                .openMeeting(D));
        assertThat(cy.borrowingCapacity("a")).as("3 × 50, the box holding 150").isEqualTo(mad("150"));
        cy = cy.receiveGroupLoan("Al Amana", "box", mad("1000"));
        assertThat(cy.borrowingCapacity("a")).as("5 × 50").isEqualTo(mad("250"));
        Cycle owing = cy;
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> owing.lend("a", mad("260"), 1))
                .satisfies(x -> assertThat(x.rule()).isEqualTo(Rule.LOAN_CAP))
                .withMessageContaining("5 x savings (the cap while the group owes a loan) of MAD 50.00");
    }

    @Nested
    class Refusals {
        final Cycle cy = shares(Cycle.start(constitution(ShareOutPolicy.GroupDebt.REPAID_FIRST), mad("0"), mad("0"),
                abc()).openMeeting(D)).moveCash("box", "bank", mad("100"));

        void refused(Rule rule, String words, java.util.function.Function<Cycle, Cycle> action) {
            String before = cy.balance() + "|" + cy.events().size();
            assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> action.apply(cy))
                    .satisfies(x -> assertThat(x.rule()).isEqualTo(rule)).withMessageContaining(words);
            assertThat(cy.balance() + "|" + cy.events().size()).isEqualTo(before);
        }

        @Test
        void a_loan_is_paid_from_the_box_only() {
            // box 50, bank 100: a loan of 60 needs cash moved to the box first
            refused(Rule.LOAN_FUND_CASH, "MAD 100.00 is kept at the other places", c -> c.lend("a", mad("60"), 1));
            assertThat(cy.moveCash("bank", "box", mad("10")).lend("a", mad("60"), 1).loanFund()).isEqualTo(mad("90"));
        }

        @Test
        void cash_is_taken_only_from_a_place_that_holds_it() {
            refused(Rule.PLACE_CASH, "more than the MAD 100.00 of the loan fund at bank",
                    c -> c.payExpense("bank", mad("101"), "fees", "bank"));
            refused(Rule.PLACE_CASH, "at wallet", c -> c.moveCash("wallet", "box", mad("1")));
        }

        @Test
        void only_the_places_of_the_constitution() {
            refused(Rule.PLACE_UNKNOWN, "no place named 'safe'", c -> c.moveCash("box", "safe", mad("1")));
        }

        @Test
        void a_bank_statement_that_differs_is_named() {
            refused(Rule.PLACE_CASH, "the records say MAD 100.00 (difference MAD -1.00)",
                    c -> c.countCashAt("bank", mad("99")));
            assertThat(cy.countCashAt("bank", mad("100")).events()).hasSize(cy.events().size() + 1);
            refused(Rule.CASH_COUNT, "kept at the other places", c -> c.countCash(mad("150"), mad("15")));
        }

        @Test
        void the_group_repays_no_more_than_it_owes() {
            refused(Rule.GROUP_LOAN, "owes nothing to that lender", c -> c.repayGroupLoan("Al Amana", "box",
                    mad("10"), mad("0")));
            refused(Rule.GROUP_LOAN, "the group owes MAD 20.00", c -> c.receiveGroupLoan("Al Amana", "box", mad("20"))
                    .repayGroupLoan("Al Amana", "box", mad("30"), mad("5")));
        }

        @Test
        void property_is_named_once_and_sold_only_if_held() {
            refused(Rule.PROPERTY, "holds no property named 'mill'", c -> c.sellProperty("mill", "box", mad("5"), "a"));
            refused(Rule.PROPERTY, "already holds property named 'mill'", c -> c.receiveProperty("mill", mad("500"),
                    "INDH").buyProperty("mill", "box", mad("10"), "assembly"));
        }

        @Test
        void the_share_out_waits_until_the_debt_is_covered() {
            // box 50 + 500 borrowed − 540 for the mill = 10, bank 100: 110 of cash for a debt of 500
            Cycle owing = cy.receiveGroupLoan("Al Amana", "box", mad("500")).buyProperty("mill", "box", mad("540"),
                    "assembly");
            for (int m = 2; m <= 4; m++) {
                owing = owing.openMeeting(D.plusWeeks(m));
            }
            Cycle last = owing;
            assertThatExceptionOfType(RuleViolationException.class).isThrownBy(last::shareOut)
                    .satisfies(x -> assertThat(x.rule()).isEqualTo(Rule.SHARE_OUT_GROUP_DEBT))
                    .withMessageContaining("owes its lenders MAD 500.00 but the loan fund holds MAD 110.00");
        }
    }

    @Test
    void a_sale_gains_or_loses_against_the_value() {
        Cycle cy = shares(Cycle.start(constitution(ShareOutPolicy.GroupDebt.REPAID_FIRST), mad("0"), mad("0"), abc())
                .openMeeting(D)).receiveProperty("sewing machine", mad("100"), "INDH")
                .sellProperty("sewing machine", "wallet", mad("130"), "assembly");
        // a gift of 100 sold for 130: the loan fund gains 130 of cash, held at the wallet
        assertThat(cy.balance().cash().get("wallet")).isEqualTo(mad("130"));
        assertThat(cy.balance().property()).isEmpty();
        assertThat(cy.loanFund()).isEqualTo(mad("280"));
    }
}

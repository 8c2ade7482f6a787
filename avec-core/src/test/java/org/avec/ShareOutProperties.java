package org.avec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Properties of the share-out over generated cycles. */
// the statistics are checked by coverage conditions in the properties; their tables stay out of the build log
@net.jqwik.api.statistics.StatisticsReport(net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode.OFF)
class ShareOutProperties {

    @Provide
    Arbitrary<Constitution> constitutions() {
        return Generated.constitutions();
    }

    @Provide
    Arbitrary<List<Member>> founders() {
        return Generated.founders();
    }

    @Provide
    Arbitrary<List<Generated.Action>> actions() {
        return Generated.actionLists();
    }

    static long m(javax.money.MonetaryAmount a) {
        return Generated.minor(a);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void pays_out_exactly_what_is_in_the_box(@ForAll("constitutions") Constitution c,
            @ForAll("founders") List<Member> founders, @ForAll("actions") List<Generated.Action> actions,
            @ForAll @IntRange(min = 0, max = 50_000) int carried, @ForAll long seed) {
        Driver d = new Driver(c, founders, carried, 0);
        d.run(actions);
        boolean refuse = c.shareOut().outstandingLoans() == ShareOutPolicy.OutstandingLoans.REFUSE;
        d.closeCycle(refuse);
        long owed = m(d.cycle.balance().liabilities());
        if (owed > m(d.cycle.loanFund())) {
            return; // the group cannot cover its own debt: CycleProperties checks the refusal
        }
        ShareOut s = d.cycle.shareOut();
        long unit = m(c.cashUnit());

        long net = 0;
        long gross = 0;
        long deducted = 0;
        long shortfall = 0;
        long social = 0;
        ShareOutPolicy.Rounding rounding = c.shareOut().rounding();
        for (ShareOutLine line : s.lines()) {
            MemberAccount a = d.cycle.member(line.member());
            long debt = m(a.owedOnLoans()) + m(a.finesOwed());
            assertThat(m(line.net())).isNotNegative();
            assertThat(m(line.gross()) % unit).as("payouts in whole cash units").isZero();
            assertThat(m(line.net())).isEqualTo(m(line.gross()) - m(line.deduction()));
            if (line.sharesSetAgainstDebt()) {
                // forfeited: nothing paid, nothing deducted, the principal still owed is the group's loss
                assertThat(m(line.gross()) + m(line.deduction()) + line.weight()).isZero();
                assertThat(m(line.shortfall())).isEqualTo(m(a.principalOutstanding()));
            } else if (line.shares() > 0) {
                BigDecimal exactMinor = line.exactEntitlement().movePointRight(d.digits());
                BigDecimal below = exactMinor.subtract(BigDecimal.valueOf(m(line.gross())));
                long slack = rounding == ShareOutPolicy.Rounding.VALUE_PER_SHARE_DOWN ? (line.weight() + 1) * unit : unit;
                assertThat(below.abs()).as("payout near the exact part").isLessThan(BigDecimal.valueOf(slack));
                if (rounding != ShareOutPolicy.Rounding.LARGEST_REMAINDER) {
                    assertThat(below.signum()).as("rounded down, never up").isNotNegative();
                }
                assertThat(m(line.deduction())).isEqualTo(debt);
                assertThat(m(line.shortfall())).isZero();
            } else {
                assertThat(m(line.gross())).isZero();
            }
            net += m(line.net());
            gross += m(line.gross());
            deducted += m(line.deduction());
            shortfall += m(line.shortfall());
            social += m(line.socialFundShare());
            assertThat(line.handedOver()).isEqualTo(line.net().add(line.socialFundShare()));
        }
        long remainder = m(s.remainder());
        assertThat(remainder).isNotNegative();
        assertThat(net + remainder + owed).as("net payouts + remainder + the group's debt = loan fund cash")
                .isEqualTo(m(d.cycle.loanFund()));
        assertThat(m(s.groupDebt())).isEqualTo(owed);
        assertThat(gross + remainder).as("gross payouts + remainder = distributable").isEqualTo(m(s.distributable()));
        ShareOut.MakeUp mu = s.makeUp();
        assertThat(deducted).as("the Deduction column = debts deducted").isEqualTo(m(mu.debtsDeducted()))
                .isEqualTo(m(s.debtsNetted())).isEqualTo(m(s.totalDeductions()));
        assertThat(shortfall).as("the Shortfall column = loans not recovered").isEqualTo(m(mu.notRecovered()))
                .isLessThanOrEqualTo(m(mu.loansOut()));
        assertThat(gross).isEqualTo(m(s.totalGross()));
        assertThat(net).isEqualTo(m(s.totalPaidOut()));
        assertThat(m(mu.carriedIn()) + m(mu.earnedBefore()) + m(mu.savings()) + m(mu.serviceCharges()) + m(mu.latePenalties()) + m(mu.fines())
                - m(mu.writtenOff()) - m(mu.paidToLeavers()) - m(mu.loansOut()) + m(mu.otherIncome()) - m(mu.expenses())
                - m(mu.groupLoanInterest()) + m(mu.groupLoansReceived()) - m(mu.groupLoansRepaid())
                - m(mu.propertyBought()) + m(mu.propertySold()))
                .as("the make-up adds up to the loan fund's cash").isEqualTo(m(mu.loanFundCash())).isEqualTo(m(s.loanFundCash()));
        assertThat(m(mu.loanFundCash()) + m(mu.debtsDeducted()) - m(mu.groupDebt())).isEqualTo(m(mu.distributable()))
                .isEqualTo(m(s.distributable()));
        if (rounding == ShareOutPolicy.Rounding.LARGEST_REMAINDER && s.totalWeight() > 0) {
            assertThat(remainder).isLessThan(unit);
        }
        // the social fund: shared equally or carried, never more than it holds
        assertThat(social).isEqualTo(m(s.socialFundShared())).isLessThanOrEqualTo(m(d.cycle.socialFund()));
        if (c.shareOut().socialFund() == ShareOutPolicy.SocialFund.CARRIED_OVER) {
            assertThat(social).isZero();
        } else if (!s.lines().isEmpty()) {
            assertThat(m(d.cycle.socialFund()) - social).as("less than a cash unit per member kept")
                    .isLessThan(unit * s.lines().size());
        }
        // carried: nothing is lost between this cycle and the next (the debt repaid first is paid to the lender)
        Cycle next = s.nextCycle();
        long repaidToLender = c.shareOut().groupDebt() == ShareOutPolicy.GroupDebt.CARRIED ? 0 : owed;
        assertThat(m(next.loanFund()) + m(next.socialFund()) + net + social + repaidToLender)
                .isEqualTo(m(d.cycle.loanFund()) + m(d.cycle.socialFund()));

        // the same events with the members listed in another order give the same share-out
        List<Member> shuffled = new ArrayList<>(founders);
        Collections.shuffle(shuffled, new Random(seed));
        Cycle reordered = Cycle.start(c, Generated.money(carried, c.currency()), Generated.money(0, c.currency()), shuffled)
                .recordAll(d.cycle.events());
        assertThat(reordered.shareOut().lines()).isEqualTo(s.lines());
        assertThat(reordered.shareOut().remainder()).isEqualTo(s.remainder());

        Statistics.label("debts").collect(s.debtsNetted().isPositive() ? "some" : "none");
        Statistics.label("remainder").collect(remainder > 0 ? "some" : "none");
    }

    /**
     * Who can never lose what, method by method, in any cycle where every loan was repaid, nothing was written off and
     * no one left: with a profit (the shared amount not negative), by shares no one gets back less than her savings;
     * by the other methods no one gets back less than her base (her savings; under loan-based also the charges and
     * penalties she paid), to the cash unit; split equally, every member's profit is the same to one cash unit (the
     * value rounded first: exactly).
     */
    @Property(edgeCases = EdgeCasesMode.NONE)
    void with_a_profit_no_one_gets_back_less_than_her_base(@ForAll("constitutions") Constitution c,
            @ForAll("founders") List<Member> founders, @ForAll("actions") List<Generated.Action> actions) {
        Constitution refusing = c.toBuilder().shareOut(c.shareOut().toBuilder()
                .outstandingLoans(ShareOutPolicy.OutstandingLoans.REFUSE).build()).build();
        Driver d = new Driver(refusing, founders, 0, 0);
        // no fines, write-offs, leavers, expenses, interest paid, property bought or sold: the cycles where no one may lose
        d.run(actions.stream().filter(a -> !java.util.Set.of(5, 11, 12, 22, 24, 25, 27).contains(Driver.KINDS[a.kind()]))
                .toList());
        d.closeCycle(true);
        boolean clean = d.writtenOffTotal == 0 && d.cycle.members().stream().allMatch(MemberAccount::isActive)
                && d.cycle.members().stream().allMatch(a -> a.finesOwed().isZero());
        Statistics.label("clean cycles").collect(clean);
        if (Generated.manyTries()) {
            Statistics.label("clean cycles").coverage(k -> k.check(true).percentage(p -> p > 80));
        }
        if (!clean) {
            return;
        }
        ShareOut s = d.cycle.shareOut();
        long unit = m(c.cashUnit());
        ShareOutPolicy.Method method = c.shareOut().method();
        Statistics.label("profit").collect(s.shared().isNegative() ? "loss" : "profit");
        if (s.shared().isNegative()) {
            return;
        }
        Long profitEach = null;
        for (ShareOutLine line : s.lines()) {
            MemberAccount a = d.cycle.member(line.member());
            long base = method == ShareOutPolicy.Method.LOAN_BASED
                    ? m(a.savings()) + m(a.chargesPaid()) + m(a.penaltiesPaid()) : m(a.savings());
            assertThat(m(line.net())).as("%s gets back at least her base, to the cash unit", line.member())
                    .isGreaterThanOrEqualTo(base / unit * unit);
            if (method == ShareOutPolicy.Method.FLAT_PROFIT && line.shares() > 0) {
                long profit = m(line.net()) - m(a.savings());
                if (profitEach != null) {
                    assertThat(Math.abs(profit - profitEach)).as("the same profit for everyone")
                            .isLessThanOrEqualTo(c.shareOut().rounding() == ShareOutPolicy.Rounding.VALUE_PER_SHARE_DOWN
                                    ? 0 : unit);
                }
                profitEach = profit;
            }
        }
    }

    @Property
    void more_shares_never_less_and_equal_shares_within_one_cash_unit(@ForAll("constitutions") Constitution c,
            @ForAll("purchases") List<List<Integer>> purchases) {
        Constitution proportional = noDebtRules(c).toBuilder()
                .shareOut(c.shareOut().toBuilder().method(ShareOutPolicy.Method.PROPORTIONAL).build()).build();
        ShareOut s = savingsOnly(proportional, purchases).shareOut();
        long unit = m(c.cashUnit());
        for (ShareOutLine a : s.lines()) {
            for (ShareOutLine b : s.lines()) {
                if (a.weight() > b.weight()) {
                    assertThat(m(a.gross())).isGreaterThanOrEqualTo(m(b.gross()));
                }
                if (a.weight() == b.weight()) {
                    assertThat(Math.abs(m(a.gross()) - m(b.gross()))).isLessThanOrEqualTo(unit);
                }
            }
        }
    }

    @Property
    void with_no_loans_and_no_fines_everyone_gets_back_at_least_the_savings(
            @ForAll("constitutions") Constitution c, @ForAll("purchases") List<List<Integer>> purchases) {
        // every method, every rounding: with no loans and no fines, no one gets back less than she saved
        ShareOut s = savingsOnly(noDebtRules(c), purchases).shareOut();
        for (ShareOutLine line : s.lines()) {
            assertThat(m(line.net())).as("no profit, no loss").isGreaterThanOrEqualTo(m(line.savings()));
        }
        if (s.totalShares() > 0 && s.method() == ShareOutPolicy.Method.PROPORTIONAL) {
            assertThat(s.valuePerShare().movePointRight(Math.max(0, c.currency().getDefaultFractionDigits())))
                    .isGreaterThanOrEqualTo(BigDecimal.valueOf(m(c.shareValue())));
        }
    }

    @Provide
    Arbitrary<List<List<Integer>>> purchases() {
        // for each of 1..8 members, shares bought at each meeting (0 = none)
        return Arbitraries.integers().between(0, 6).list().ofMinSize(1).ofMaxSize(30).list().ofMinSize(1).ofMaxSize(8);
    }

    private static Constitution noDebtRules(Constitution c) {
        return c.toBuilder().sharesPerMeeting(1, 6).build();
    }

    /** A cycle where members only buy shares: purchases.get(member).get(meeting) shares, 0 for none. */
    private static Cycle savingsOnly(Constitution c, List<List<Integer>> purchases) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < purchases.size(); i++) {
            members.add(Member.of("p" + i, "P" + i));
        }
        Cycle cycle = Cycle.start(c, Generated.money(0, c.currency()), Generated.money(0, c.currency()), members);
        for (int meeting = 1; meeting <= c.meetings(); meeting++) {
            cycle = cycle.openMeeting(Generated.START.plusWeeks(meeting));
            for (int i = 0; i < purchases.size(); i++) {
                List<Integer> row = purchases.get(i);
                int n = meeting <= row.size() ? row.get(meeting - 1) : 0;
                if (n > 0) {
                    cycle = cycle.buyShares("p" + i, n);
                }
            }
        }
        return cycle;
    }
}

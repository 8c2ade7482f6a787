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
        ShareOut s = d.cycle.shareOut();
        long unit = m(c.cashUnit());

        long net = 0;
        long deductedFromPaid = 0;
        for (ShareOutLine line : s.lines()) {
            long gross = m(line.gross());
            long deduction = m(line.deduction());
            assertThat(m(line.net())).isNotNegative();
            assertThat(m(line.shortfall())).isNotNegative();
            long debt = m(d.cycle.member(line.member()).owedOnLoans()) + m(d.cycle.member(line.member()).finesOwed());
            if (line.sharesSetAgainstDebt()) {
                assertThat(m(line.net())).isZero();
                assertThat(deduction + m(line.shortfall())).isEqualTo(debt);
                assertThat(BigDecimal.valueOf(deduction)).isLessThanOrEqualTo(line.exactEntitlement().movePointRight(d.digits()));
            } else if (line.weight() > 0) {
                // a paid member: gross within one cash unit of the exact entitlement, net = gross - deduction
                BigDecimal exactMinor = line.exactEntitlement().movePointRight(d.digits());
                assertThat(exactMinor.subtract(BigDecimal.valueOf(gross)).abs()).isLessThan(BigDecimal.valueOf(unit));
                assertThat(m(line.net())).isEqualTo(gross - deduction);
                assertThat(gross % unit).isZero();
                assertThat(deduction).isEqualTo(debt);
                assertThat(m(line.shortfall())).isZero();
                deductedFromPaid += deduction;
            }
            net += m(line.net());
        }
        long remainder = m(s.remainder());
        assertThat(remainder).isNotNegative();
        assertThat(net + remainder).as("net payouts + remainder = loan fund cash").isEqualTo(m(d.cycle.loanFund()));
        assertThat(net + remainder + m(s.debtsNetted())).as("+ debts netted = distributable")
                .isEqualTo(m(s.distributable()));
        assertThat(deductedFromPaid).isEqualTo(m(s.debtsNetted()));
        long makeUp = s.makeUp().values().stream().mapToLong(ShareOutProperties::m).sum();
        assertThat(makeUp).as("the make-up adds up to the distributable cash").isEqualTo(m(s.distributable()));
        if (c.shareOut().distributeRemainder() && s.totalWeight() > 0) {
            assertThat(remainder).isLessThan(unit);
        }
        // carried: nothing is lost between this cycle and the next
        Cycle next = s.nextCycle();
        assertThat(m(next.loanFund()) + m(next.socialFund()) + net)
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

    @Property
    void more_shares_never_less_and_equal_shares_within_one_cash_unit(@ForAll("constitutions") Constitution c,
            @ForAll("purchases") List<List<Integer>> purchases) {
        Cycle cycle = savingsOnly(noDebtRules(c), purchases);
        ShareOut s = cycle.shareOut();
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
        Constitution proportional = noDebtRules(c).toBuilder()
                .shareOut(c.shareOut().toBuilder().method(ShareOutPolicy.Method.PROPORTIONAL).build()).build();
        ShareOut s = savingsOnly(proportional, purchases).shareOut();
        for (ShareOutLine line : s.lines()) {
            assertThat(m(line.net())).as("no profit, no loss").isGreaterThanOrEqualTo(m(line.savings()));
        }
        if (s.totalShares() > 0) {
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

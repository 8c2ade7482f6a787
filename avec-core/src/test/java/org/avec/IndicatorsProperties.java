package org.avec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.money.CurrencyUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.avec.indicators.Indicators;
import org.avec.indicators.ProgrammeReport;
import org.avec.indicators.Ratio;

/**
 * The indicators of any generated cycle never throw and stay within their stated bounds, agree with the cycle's own
 * figures; a programme's report adds up in any order and grouping and equals the sums taken over all groups at once.
 */
class IndicatorsProperties {

    /** One generated group: its constitution, founders and random actions, run by the driver. */
    record Group(Constitution constitution, List<Member> founders, List<Generated.Action> actions) {
        Cycle run() {
            Driver d = new Driver(constitution, founders, 0, 0);
            d.run(actions);
            return d.cycle;
        }
    }

    @Provide
    Arbitrary<Group> group() {
        return Combinators.combine(Generated.constitutions(), Generated.founders(),
                Generated.actions().list().ofMinSize(20).ofMaxSize(Generated.manyTries() ? 200 : 80)).as(Group::new);
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    void every_indicator_of_any_cycle_is_within_its_bounds_at_every_meeting(@ForAll("group") Group g) {
        Cycle cycle = g.run();
        for (int m = 0; m <= cycle.meeting(); m += Math.max(1, cycle.meeting() / 3)) {
            Indicators i = Indicators.at(cycle, m, Indicators.Settings.DEFAULTS);
            for (Ratio share : List.of(i.loanFundUtilisation(), i.portfolioAtRisk(), i.portfolioAtRiskOfOriginalPrincipal(),
                    i.attendance(), i.attendanceRecent(), i.dropOutOfEveryone(), i.womenShare(), i.youthShare(),
                    i.socialFundShareOfAssets(), i.writtenOffByCount(), i.writtenOffByValue())) {
                assertThat(share.isWithin(0, 1)).as("%s at meeting %d: %s", share, m, i).isTrue();
            }
            // members at the start of the cycle (section 9): above 1 only when joiners left too
            assertThat(i.dropOut().isWithin(0, 1) || i.left() > i.membersAtStart()).as("%s", i.dropOut()).isTrue();
            assertThat(i.capitalTurnover().isWithin(0, Long.MAX_VALUE)).isTrue();
            assertThat(i.incomeGeneratingLoansPerMember().isWithin(0, Long.MAX_VALUE)).isTrue();
            assertThat(i.returnOnSavings().value().signum()).isEqualTo(i.returnOnSavingsAnnualised().isDefined()
                    ? i.returnOnSavingsAnnualised().value().signum() : i.returnOnSavings().value().signum());
            assertThat(i.women() + i.men()).isLessThanOrEqualTo(i.members());
            assertThat(i.incomeGeneratingLoans()).isLessThanOrEqualTo(i.loans());
            assertThat(i.bySector().values().stream().mapToLong(Indicators.Sector::loans).sum())
                    .isEqualTo(i.incomeGeneratingLoans());
        }
        Indicators now = Indicators.of(cycle);
        assertThat(now.members()).isEqualTo(cycle.members().stream().filter(MemberAccount::isActive).count());
        assertThat(now.membersAtStart() + now.joined() - now.left()).isEqualTo(now.members());
        assertThat(now.loans()).isEqualTo(cycle.loans().size());
        assertThat(now.loansOutstanding()).isEqualTo(cycle.loansOutstanding());
        // the indicators' balance is the cycle's (rules reference §12)
        assertThat(now.assets()).isEqualTo(cycle.balance().assets());
        assertThat(now.liabilities()).isEqualTo(cycle.balance().liabilities());
        assertThat(now.netWorth()).isEqualTo(cycle.balance().equity());
        assertThat(now.assets()).isEqualTo(cycle.loanFund().add(cycle.loansOutstanding()).add(cycle.socialFund())
                .add(now.socialFundLoans()).add(now.property()));
        assertThat(now.savings()).isEqualTo(cycle.members().stream().filter(MemberAccount::isActive)
                .map(MemberAccount::savings).reduce(Generated.money(0, cycle.constitution().currency()), (a, b) -> a.add(b)));
        // the group's return on dated flows alone is the one every member's returns give
        if (cycle.meeting() == cycle.constitution().meetings()) {
            org.avec.indicators.CashFlowReturns returns = null;
            try {
                returns = org.avec.indicators.CashFlowReturns.of(cycle);
            } catch (RuleViolationException notShared) {
                // loans outstanding the constitution does not deduct: no share-out, no returns
            }
            net.jqwik.api.statistics.Statistics.label("returns at share-out").collect(returns != null);
            if (returns != null) {
                assertThat(org.avec.indicators.CashFlowReturns.ofGroup(cycle)).isEqualTo(returns.group());
            }
        }
    }

    @Provide
    Arbitrary<List<Group>> programme() {
        return Generated.constitutions().flatMap(c -> Combinators.combine(Arbitraries.just(c), Generated.founders(),
                Generated.actions().list().ofMinSize(10).ofMaxSize(60)).as(Group::new).list().ofMinSize(1).ofMaxSize(6));
    }

    @Property(tries = 30, edgeCases = EdgeCasesMode.NONE)
    void a_programme_adds_up_in_any_order_and_grouping(@ForAll("programme") List<Group> groups, @ForAll long seed) {
        CurrencyUnit cur = groups.get(0).constitution().currency();
        List<Cycle> cycles = groups.stream().map(Group::run).toList();
        List<ProgrammeReport.Group> tagged = new ArrayList<>();
        for (int k = 0; k < cycles.size(); k++) {
            tagged.add(new ProgrammeReport.Group("G" + k, k % 3 == 0 ? "A" : "B", k % 2 == 0 ? "Oriental" : "Fès-Meknès", "P" + k % 3,
                    Indicators.of(cycles.get(k)).withCooperatives(k % 2)));
        }
        ProgrammeReport all = ProgrammeReport.of(cur, tagged);
        // any order, any grouping: shuffle, cut into random runs, add each run, then add the runs right to left
        Random random = new Random(seed);
        List<ProgrammeReport.Group> shuffled = new ArrayList<>(tagged);
        Collections.shuffle(shuffled, random);
        List<ProgrammeReport> runs = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); ) {
            int n = 1 + random.nextInt(shuffled.size() - i);
            ProgrammeReport run = ProgrammeReport.none(cur);
            for (ProgrammeReport.Group g : shuffled.subList(i, i + n)) {
                run = run.plus(ProgrammeReport.of(g));
            }
            runs.add(run);
            i += n;
        }
        ProgrammeReport fromRuns = ProgrammeReport.none(cur);
        for (int i = runs.size() - 1; i >= 0; i--) {
            fromRuns = runs.get(i).plus(fromRuns);
        }
        assertThat(fromRuns).isEqualTo(all);
        // the sum of the regions is the whole
        Indicators regions = all.byRegion().values().stream().reduce(Indicators.none(cur), Indicators::plus);
        assertThat(regions).isEqualTo(all.total());
        Indicators programmes = all.byProgramme().values().stream().reduce(Indicators.none(cur), Indicators::plus);
        assertThat(programmes).isEqualTo(all.total());
        Indicators provinces = all.byProvince().values().stream().reduce(Indicators.none(cur), Indicators::plus);
        assertThat(provinces).isEqualTo(all.total());
        // and the totals are the sums over every group's cycle, taken at once
        Indicators t = all.total();
        assertThat(t.groups()).isEqualTo(cycles.size());
        assertThat(t.members()).isEqualTo(cycles.stream().flatMap(c -> c.members().stream()).filter(MemberAccount::isActive).count());
        assertThat(t.women()).isEqualTo(cycles.stream().flatMap(c -> c.members().stream()).filter(MemberAccount::isActive)
                .filter(a -> a.profile().sex().filter(s -> s == Profile.Sex.FEMALE).isPresent()).count());
        assertThat(t.loans()).isEqualTo(cycles.stream().mapToLong(c -> c.loans().size()).sum());
        assertThat(t.incomeGeneratingLoans()).isEqualTo(cycles.stream().flatMap(c -> c.loans().stream())
                .filter(l -> l.purpose().isIncomeGenerating()).count());
        assertThat(Generated.minor(t.loansOutstanding()))
                .isEqualTo(cycles.stream().mapToLong(c -> Generated.minor(c.loansOutstanding())).sum());
        assertThat(Generated.minor(t.loansDisbursed())).isEqualTo(cycles.stream().flatMap(c -> c.loans().stream())
                .mapToLong(l -> Generated.minor(l.principal())).sum());
        assertThat(t.cooperatives()).isEqualTo(cycles.size() / 2);
        assertThat(t.membersPerGroup()).isEqualTo(Ratio.of(t.members(), cycles.size()));
    }
}

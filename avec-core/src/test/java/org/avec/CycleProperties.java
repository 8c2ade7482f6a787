package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the cycle ledger over generated cycles: random sequences of valid and invalid events under
 * random constitutions. The {@link Driver} checks conservation, non-negative balances and the loan book
 * after every event, and that every refused event left the cycle unchanged.
 */
// the statistics are checked by coverage conditions in the properties; their tables stay out of the build log
@net.jqwik.api.statistics.StatisticsReport(net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode.OFF)
class CycleProperties {

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

    @Provide
    Arbitrary<Opened> opened() {
        return Generated.constitutions().flatMap(c -> Generated.founders().flatMap(founders ->
                Generated.openings(c, founders).map(o -> new Opened(c, o))));
    }

    /** A constitution and the books' opening under it: at meeting 1, or part-way through the cycle. */
    record Opened(Constitution constitution, Opening opening) {}

    @Property(edgeCases = EdgeCasesMode.NONE)
    void money_is_conserved_at_every_step_and_refusals_change_nothing(@ForAll("opened") Opened opened,
            @ForAll("actions") List<Generated.Action> actions) {
        Driver d = new Driver(opened.constitution(), opened.opening());
        d.check();
        d.run(actions);
        d.closeCycle(true);
        // from any opening, the share-out pays out exactly the box, and its make-up explains the box
        long debt = Driver.m(d.cycle.balance().liabilities());
        Statistics.label("money beyond the box").collect(d.cycle.events().stream().anyMatch(e -> e.kind().compareTo(
                Event.Kind.CASH_MOVED) >= 0) ? "some" : "none");
        Statistics.label("owes at share-out").collect(debt > 0 ? "yes" : "no");
        if (debt > Driver.m(d.cycle.loanFund())) {
            // the group cannot cover its own debt: nothing is divided
            assertThatThrownBy(d.cycle::shareOut).isInstanceOf(RuleViolationException.class)
                    .satisfies(x -> assertThat(((RuleViolationException) x).rule()).isEqualTo(Rule.SHARE_OUT_GROUP_DEBT));
            return;
        }
        ShareOut s = d.cycle.shareOut();
        ShareOut.MakeUp mu = s.makeUp();
        assertThat(Driver.m(s.totalPaidOut()) + Driver.m(s.remainder()) + Driver.m(s.groupDebt()))
                .as("the cash is paid out, left as the remainder, or covers the group's debt")
                .isEqualTo(Driver.m(d.cycle.loanFund()));
        assertThat(Driver.m(mu.carriedIn()) + Driver.m(mu.earnedBefore()) + Driver.m(mu.savings())
                + Driver.m(mu.serviceCharges()) + Driver.m(mu.latePenalties()) + Driver.m(mu.fines())
                - Driver.m(mu.writtenOff()) - Driver.m(mu.paidToLeavers()) - Driver.m(mu.loansOut())
                + Driver.m(mu.otherIncome()) - Driver.m(mu.expenses()) - Driver.m(mu.groupLoanInterest())
                + Driver.m(mu.groupLoansReceived()) - Driver.m(mu.groupLoansRepaid()) - Driver.m(mu.propertyBought())
                + Driver.m(mu.propertySold()))
                .as("the make-up adds up to the loan fund's cash").isEqualTo(Driver.m(mu.loanFundCash()));
        // nothing is lost into the next cycle: the property held and the debt carried go with it
        Cycle next = s.nextCycle();
        assertThat(next.balance().property()).isEqualTo(d.cycle.balance().property());
        boolean carried = d.cycle.constitution().shareOut().groupDebt() == ShareOutPolicy.GroupDebt.CARRIED;
        assertThat(Driver.m(next.balance().liabilities())).isEqualTo(carried ? debt : 0);
        assertThat(Driver.m(next.loanFund())).isEqualTo(Driver.m(s.carriedCapital()) + (carried ? debt : 0));
        // the generator must really exercise refusals, loans and write-offs, not only the easy paths
        Statistics.label("refused").collect(d.refusals.size() >= 5 ? "5+ rules" : "fewer");
        Statistics.label("loans").collect(d.cycle.loans().size() >= 3 ? "3+" : "fewer");
        Statistics.label("loan income").collect(d.cycle.loanIncome().isPositive() ? "some" : "none");
        Statistics.label("cash handed in").collect(d.cycle.events().stream().anyMatch(e -> e instanceof Event.SavingsHandedIn));
        Statistics.label("social-fund loans").collect(
                d.cycle.events().stream().anyMatch(e -> e instanceof Event.SocialFundLoanIssued));
        Statistics.label("opened mid-cycle").collect(opened.opening().firstMeeting() > 1);
        if (Generated.manyTries()) {
            Statistics.label("refused").coverage(k -> k.check("5+ rules").percentage(p -> p > 50));
            Statistics.label("cash handed in").coverage(k -> k.check(true).percentage(p -> p > 30));
            Statistics.label("social-fund loans").coverage(k -> k.check(true).percentage(p -> p > 10));
            Statistics.label("loans").coverage(k -> k.check("3+").percentage(p -> p > 30));
            Statistics.label("loan income").coverage(k -> k.check("some").percentage(p -> p > 20));
            Statistics.label("opened mid-cycle").coverage(k -> k.check(true).percentage(p -> p > 30));
            Statistics.label("money beyond the box").coverage(k -> k.check("some").percentage(p -> p > 80));
            Statistics.label("owes at share-out").coverage(k -> k.check("yes").percentage(p -> p > 5));
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void replaying_the_same_events_gives_an_equal_cycle(@ForAll("opened") Opened opened,
            @ForAll("actions") List<Generated.Action> actions) {
        Constitution c = opened.constitution();
        Driver d = new Driver(c, opened.opening());
        d.run(actions);
        // the cycle's own record is enough to rebuild it
        Cycle own = d.cycle;
        Cycle replayed = Cycle.replay(own.constitution(), own.opening(), own.events());
        assertThat(replayed).isEqualTo(d.cycle).hasSameHashCodeAs(d.cycle);
        assertThat(Driver.fingerprint(replayed)).isEqualTo(Driver.fingerprint(d.cycle));
        Cycle oneByOne = Cycle.start(c, opened.opening());
        for (Event e : d.cycle.events()) {
            oneByOne = oneByOne.record(e);
        }
        assertThat(oneByOne).isEqualTo(d.cycle);
        assertThat(Driver.fingerprint(oneByOne)).isEqualTo(Driver.fingerprint(d.cycle));
    }

    @Property
    void recordAll_refuses_as_a_whole(@ForAll("constitutions") Constitution c, @ForAll("founders") List<Member> founders,
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 9) Integer> shares) {
        Cycle start = Cycle.start(c, Generated.money(0, c.currency()), Generated.money(0, c.currency()), founders)
                .openMeeting(Generated.START);
        String before = Driver.fingerprint(start);
        List<Event> events = new java.util.ArrayList<>();
        for (int s : shares) {
            events.add(new Event.SharesBought(1, founders.get(0).id(), s));
        }
        events.add(new Event.SharesBought(1, MemberId.of("stranger"), 1));
        try {
            start.recordAll(events);
            throw new AssertionError("a stranger's purchase was accepted");
        } catch (RuleViolationException expected) {
            assertThat(expected.rule()).isIn(Rule.MEMBER_UNKNOWN, Rule.SHARES_PER_MEETING);
        }
        assertThat(Driver.fingerprint(start)).isEqualTo(before);
    }
}

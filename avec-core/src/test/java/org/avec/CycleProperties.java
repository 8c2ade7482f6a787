package org.avec;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Property(edgeCases = EdgeCasesMode.NONE)
    void money_is_conserved_at_every_step_and_refusals_change_nothing(@ForAll("constitutions") Constitution c,
            @ForAll("founders") List<Member> founders, @ForAll("actions") List<Generated.Action> actions,
            @ForAll @IntRange(min = 0, max = 100_000) int carriedCapital,
            @ForAll @IntRange(min = 0, max = 5_000) int carriedSocial) {
        Driver d = new Driver(c, founders, carriedCapital, carriedSocial);
        d.check();
        d.run(actions);
        d.closeCycle(false);
        // the generator must really exercise refusals, loans and write-offs, not only the easy paths
        Statistics.label("refused").collect(d.refusals.size() >= 5 ? "5+ rules" : "fewer");
        Statistics.label("loans").collect(d.cycle.loans().size() >= 3 ? "3+" : "fewer");
        Statistics.label("loan income").collect(d.cycle.loanIncome().isPositive() ? "some" : "none");
        Statistics.label("cash handed in").collect(d.cycle.events().stream().anyMatch(e -> e instanceof Event.SavingsHandedIn));
        Statistics.label("social-fund loans").collect(
                d.cycle.events().stream().anyMatch(e -> e instanceof Event.SocialFundLoanIssued));
        if (Generated.manyTries()) {
            Statistics.label("refused").coverage(k -> k.check("5+ rules").percentage(p -> p > 50));
            Statistics.label("cash handed in").coverage(k -> k.check(true).percentage(p -> p > 30));
            Statistics.label("social-fund loans").coverage(k -> k.check(true).percentage(p -> p > 10));
            Statistics.label("loans").coverage(k -> k.check("3+").percentage(p -> p > 30));
            Statistics.label("loan income").coverage(k -> k.check("some").percentage(p -> p > 20));
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void replaying_the_same_events_gives_an_equal_cycle(@ForAll("constitutions") Constitution c,
            @ForAll("founders") List<Member> founders, @ForAll("actions") List<Generated.Action> actions,
            @ForAll @IntRange(min = 0, max = 20_000) int carriedCapital,
            @ForAll @IntRange(min = 0, max = 2_000) int carriedSocial) {
        Driver d = new Driver(c, founders, carriedCapital, carriedSocial);
        d.run(actions);
        // the cycle's own record is enough to rebuild it
        Cycle own = d.cycle;
        Cycle replayed = Cycle.replay(own.constitution(), own.carriedCapital(), own.carriedSocialFund(), own.founders(),
                own.events());
        assertThat(replayed).isEqualTo(d.cycle).hasSameHashCodeAs(d.cycle);
        assertThat(Driver.fingerprint(replayed)).isEqualTo(Driver.fingerprint(d.cycle));
        Cycle oneByOne = Cycle.start(c, own.carriedCapital(), own.carriedSocialFund(), founders);
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

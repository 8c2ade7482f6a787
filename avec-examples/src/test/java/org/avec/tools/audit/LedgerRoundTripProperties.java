package org.avec.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.money.Monetary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.Entry;
import org.avec.Event;
import org.avec.Ledger;
import org.avec.LoanStatement;
import org.avec.Member;
import org.avec.MemberAccount;
import org.avec.Opening;

/**
 * A group's ledger written by {@link RecordsExport#csv(Ledger)} and read back by {@link RecordsFile} is the same
 * ledger: books opened part-way through the cycle (shares, loans owed with their charges, fines and social-fund loans,
 * the profit before the books), every entry with its identity, a correction and a void.
 */
@net.jqwik.api.statistics.StatisticsReport(net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode.OFF)
class LedgerRoundTripProperties {

    /** The books as they stood after meeting {@code k} of a cycle, opened at meeting k + 1. */
    static Opening openingAfter(Cycle at) {
        Constitution c = at.constitution();
        Opening.Builder b = Opening.builder(c.currency(), at.meeting() + 1).carriedCapital(at.carriedCapital())
                .socialFund(at.socialFund()).loanFundCash(at.loanFund());
        javax.money.MonetaryAmount savings = at.loanFund().multiply(0);
        for (MemberAccount a : at.members()) {
            if (!a.isActive()) {
                continue;
            }
            b.member(new Member(a.id(), a.name(), a.profile()), a.shares());
            savings = savings.add(a.savings());
            if (a.finesOwed().isPositive()) {
                b.finesOwed(a.id().value(), a.finesOwed());
            }
            if (a.socialFundLoan().isPositive()) {
                b.socialFundLoan(a.id().value(), a.socialFundLoan());
            }
        }
        for (LoanStatement l : at.loans()) {
            if (l.status() == LoanStatement.Status.OPEN) {
                b.loan(l.member().value(), l.principal(), l.principalOutstanding(),
                        l.owed().subtract(l.principalOutstanding()), l.issuedAt(), l.dueMeeting());
            }
        }
        // the group's own money (rules reference §12): what it owes its lenders, its property, the cash at each place
        org.avec.Balance balance = at.balance();
        balance.owedToLenders().forEach(b::groupLoan);
        balance.property().forEach(b::property);
        balance.cash().forEach((place, cash) -> {
            if (!place.equals(Constitution.BOX) && cash.isPositive()) {
                b.cashAt(place, cash);
            }
        });
        // what makes it balance: cash + loans out = savings + earned before + carried + owed to lenders
        return b.earnedBefore(at.loanFund().add(at.loansOutstanding()).subtract(savings).subtract(at.carriedCapital())
                .subtract(balance.liabilities())).build();
    }

    @Property(tries = 40, seed = "20261206")
    void a_ledger_opened_mid_cycle_with_corrections_reads_back_as_the_same_ledger(
            @ForAll @Size(min = 1, max = 8) List<@From("names") String> names, @ForAll("currencies") String currency,
            @ForAll @IntRange(min = 0, max = 31) int variant, @ForAll long seed) {
        Cycle whole = RecordsRoundTripProperties.group(names, Monetary.getCurrency(currency), variant, seed);
        Random r = new Random(seed);
        int k = 1 + r.nextInt(Math.max(1, whole.meeting() - 1));
        Cycle at = Cycle.replay(whole.constitution(), whole.opening(),
                whole.events().stream().filter(e -> e.meeting() <= k).toList());
        Opening opening = openingAfter(at);
        List<Entry> entries = new ArrayList<>();
        for (Event e : whole.events()) {
            if (e.meeting() > k) {
                entries.add(Entry.of("tel-" + entries.size(), e));
            }
        }
        Ledger ledger = Ledger.start(whole.constitution(), opening).recordAll(entries);
        assertThat(ledger.cycle().loanFund()).as("the opening carries the state on").isEqualTo(whole.loanFund());
        List<Entry> attendance = entries.stream().filter(e -> e.event().orElseThrow() instanceof Event.Attendance).toList();
        if (attendance.size() >= 2) {
            Event.Attendance first = (Event.Attendance) attendance.get(0).event().orElseThrow();
            ledger = ledger.recordAll(List.of(
                    Entry.correcting("fix", attendance.get(0).id(), new Event.Attendance(first.meeting(), first.member(),
                            first.presence() == Event.Presence.LATE ? Event.Presence.PRESENT : Event.Presence.LATE),
                            "the secretary", "she came, \"late\""),
                    Entry.voiding("void", attendance.get(1).id(), "the secretary", "taken twice")));
        }
        String csv = RecordsExport.csv(ledger);
        List<Problem> problems = new ArrayList<>();
        RecordsFile.Read read = RecordsFile.read("r.csv", csv.lines().toList(), whole.constitution(), problems);
        assertThat(problems).as(csv).isEmpty();
        Opening back = read.opening(whole.constitution(), opening.carriedCapital(), opening.socialFund());
        assertThat(back).isEqualTo(opening);
        Ledger again = Ledger.start(whole.constitution(), back)
                .recordAll(read.rows().stream().map(RecordsFile.Row::entry).toList());
        assertThat(again).isEqualTo(ledger);
        assertThat(again.cycle()).isEqualTo(ledger.cycle());
        // the generated ledgers really hold loans owed at the opening and corrections
        net.jqwik.api.statistics.Statistics.label("loans owed at the opening").collect(!opening.loans().isEmpty());
        net.jqwik.api.statistics.Statistics.label("corrected").collect(!ledger.corrections().isEmpty());
        net.jqwik.api.statistics.Statistics.label("loans owed at the opening")
                .coverage(x -> x.check(true).percentage(p -> p > 20));
        net.jqwik.api.statistics.Statistics.label("corrected").coverage(x -> x.check(true).percentage(p -> p > 50));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> names() {
        return new RecordsRoundTripProperties().names();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> currencies() {
        return new RecordsRoundTripProperties().currencies();
    }
}

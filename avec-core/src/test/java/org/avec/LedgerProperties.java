package org.avec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the group's record over generated cycles (any constitution, any opening): merging is commutative and
 * idempotent and a merge of two copies is the record; correcting an entry and correcting it back gives the cycle
 * before; a refused correction changes nothing.
 */
class LedgerProperties {

    @Provide
    Arbitrary<CycleProperties.Opened> opened() {
        return new CycleProperties().opened();
    }

    @Provide
    Arbitrary<List<Generated.Action>> actions() {
        return Generated.actionLists();
    }

    /** The generated cycle's events as a record, each entry named by its position. */
    static Ledger ledgerOf(CycleProperties.Opened opened, List<Generated.Action> actions) {
        Driver d = new Driver(opened.constitution(), opened.opening());
        d.run(actions);
        List<Entry> entries = new ArrayList<>();
        for (Event e : d.cycle.events()) {
            entries.add(Entry.of("e" + entries.size(), e));
        }
        return Ledger.start(opened.constitution(), opened.opening()).recordAll(entries);
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    void merging_is_commutative_and_idempotent(@ForAll("opened") CycleProperties.Opened opened,
            @ForAll("actions") List<Generated.Action> actions, @ForAll long seed) {
        Ledger ledger = ledgerOf(opened, actions);
        List<Entry> all = ledger.entries();
        Random r = new Random(seed);
        // two phones: each has the first entries, then its own choice of the later ones, in the record's order
        int shared = r.nextInt(all.size() + 1);
        List<Entry> a = new ArrayList<>(all.subList(0, shared));
        List<Entry> b = new ArrayList<>(a);
        for (Entry e : all.subList(shared, all.size())) {
            int where = r.nextInt(3);
            (where == 0 ? a : b).add(e);
            if (where == 2) {
                a.add(e);
            }
        }
        List<Ledger.Conflict> none = new ArrayList<>();
        List<Entry> ab = Merging.entries(a, b, index(a), index(b), none);
        List<Entry> ba = Merging.entries(b, a, index(b), index(a), none);
        assertThat(none).isEmpty();
        assertThat(ab).isEqualTo(ba).hasSize(all.size()).containsExactlyInAnyOrderElementsOf(all);
        assertThat(Merging.entries(a, a, index(a), index(a), none)).isEqualTo(a);
        // two copies of the same record merge into the record
        Ledger.Merged copies = Ledger.merge(ledger, Ledger.start(ledger.constitution(), ledger.recordedOpening())
                .recordAll(all));
        assertThat(copies.conflicts()).isEmpty();
        assertThat(copies.ledger()).contains(ledger);
        // a phone that has only the first entries adds nothing and takes nothing away
        Ledger prefix = Ledger.start(ledger.constitution(), ledger.recordedOpening()).recordAll(all.subList(0, shared));
        assertThat(Ledger.merge(prefix, ledger).ledger().orElseThrow().cycle()).isEqualTo(ledger.cycle());
        assertThat(Ledger.merge(ledger, prefix).ledger().orElseThrow().cycle()).isEqualTo(ledger.cycle());
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    void correcting_and_correcting_back_gives_the_cycle_before(@ForAll("opened") CycleProperties.Opened opened,
            @ForAll("actions") List<Generated.Action> actions, @ForAll long seed) {
        Ledger ledger = ledgerOf(opened, actions);
        List<Entry> purchases = ledger.entries().stream()
                .filter(e -> e.event().orElseThrow() instanceof Event.SharesBought).toList();
        if (purchases.isEmpty()) {
            return;
        }
        Random r = new Random(seed);
        Entry target = purchases.get(r.nextInt(purchases.size()));
        Event.SharesBought was = (Event.SharesBought) target.event().orElseThrow();
        Constitution c = ledger.constitution();
        int other = c.minSharesPerMeeting() + r.nextInt(c.maxSharesPerMeeting() - c.minSharesPerMeeting() + 1);
        String before = Driver.fingerprint(ledger.cycle());
        Entry fix = Entry.correcting("fix", target.id(), new Event.SharesBought(was.meeting(), was.member(), other),
                "assembly", "recounted");
        Ledger corrected;
        try {
            corrected = ledger.record(fix);
        } catch (RuleViolationException refused) {
            // fewer savings can make a later loan break the cap, or a later payment break the cash: named, nothing changed
            assertThat(refused.entry()).isPresent();
            assertThat(Driver.fingerprint(ledger.cycle())).isEqualTo(before);
            assertThat(ledger.entries()).doesNotContain(fix);
            return;
        }
        assertThat(corrected.cycle().member(was.member()).shares() - ledger.cycle().member(was.member()).shares())
                .isEqualTo(other - was.shares());
        Ledger back = corrected.record(Entry.correcting("back", target.id(), was, "assembly", "it was right"));
        assertThat(back.cycle()).isEqualTo(ledger.cycle());
        assertThat(Driver.fingerprint(back.cycle())).isEqualTo(before);
        assertThat(back.entries()).hasSize(ledger.entries().size() + 2);
    }

    private static Map<String, Entry> index(List<Entry> entries) {
        Map<String, Entry> m = new HashMap<>();
        for (Entry e : entries) {
            m.put(e.id(), e);
        }
        return m;
    }
}

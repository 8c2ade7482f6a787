package org.avec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A group's record as the group keeps it: the constitution, the opening balances, and every {@link Entry} in the order
 * it was written, corrections and voids included. The {@linkplain #cycle() cycle} is the replay of the record as
 * corrected; nothing is ever erased from the record itself.
 *
 * <p><b>The rules.</b> "Every entry has its own identity; the same entry written twice is one entry, and the same
 * identity with other content is refused. A correction names the entry it replaces and takes its place; a void
 * names the entry that counts for nothing. A correction that would make a later entry break a rule is refused, naming
 * that later entry, until it is corrected too: corrections can be made together ({@link #recordAll})." (§11: A's 5
 * shares at meeting 5 were really 3; a loan at meeting 6 of 150 to A, 3 × her 50 of savings, now exceeds 3 × 30 =
 * 90, so the correction is refused naming that loan.)
 *
 * <p><b>Two phones.</b> {@link #merge(Ledger, Ledger)} joins two devices' records of one group: the same entry on
 * both is kept once; the same identity with other content, two different meetings with one number or on one date,
 * or two different corrections of one entry, are conflicts listed with both versions, never added up.
 *
 * <p>Recording an entry returns a new ledger; this one is unchanged, and a refused entry changes nothing. Recording
 * a plain entry costs what {@link Cycle#record(Event)} costs; a correction replays the record.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ledger {

    private final Constitution constitution;
    private final Opening recordedOpening;
    /** The entries and the identities of the events, shared with the ledgers this one extends or is extended by. */
    private final Tip tip;
    /** How many of the tip's entries are this ledger's. */
    private final int size;
    /** How many of the tip's event identities are this ledger's. */
    private final int events;
    private final Cycle cycle;

    /**
     * The entries of a line of ledgers, each extending the last: append-only, so that recording an entry copies
     * nothing. A ledger sees only its first {@code size} entries; a ledger that is not the newest of its line and is
     * extended copies its part into a tip of its own. Every access holds the tip's lock.
     */
    private static final class Tip {
        final ArrayList<Entry> entries = new ArrayList<>();
        HashMap<String, Integer> positions = new HashMap<>();
        /** The identity of the entry whose event stands at each position of the cycle's events. */
        final ArrayList<String> eventIds = new ArrayList<>();

        void add(Entry e) {
            positions.put(e.id(), entries.size());
            entries.add(e);
        }
    }

    private Ledger(Constitution constitution, Opening recordedOpening, Tip tip, int size, int events, Cycle cycle) {
        this.constitution = constitution;
        this.recordedOpening = recordedOpening;
        this.tip = tip;
        this.size = size;
        this.events = events;
        this.cycle = cycle;
    }

    /** This ledger's entry with the identity, or null. */
    private Entry find(String id) {
        synchronized (tip) {
            Integer at = tip.positions.get(id);
            return at == null || at >= size ? null : tip.entries.get(at);
        }
    }

    /**
     * A new record, before any entry.
     *
     * @param constitution the group's rules, not null
     * @param opening what the books hold when they open, not null
     * @return the empty record, never null
     * @throws RuleViolationException as {@link Cycle#start(Constitution, Opening)}
     */
    public static Ledger start(Constitution constitution, Opening opening) {
        return new Ledger(constitution, opening, new Tip(), 0, 0, Cycle.start(constitution, opening));
    }

    /**
     * Records one entry.
     *
     * <p>This ledger is immutable and unaffected by this method.
     *
     * @param entry the entry, not null
     * @return a new ledger with the entry, or this ledger if the very same entry is already in it, never null
     * @throws RuleViolationException if the entry, or the record as it corrects it, breaks a rule; it names the entry
     *     refused ({@link RuleViolationException#entry()})
     */
    public Ledger record(Entry entry) {
        return recordAll(List.of(Objects.requireNonNull(entry, "entry")));
    }

    /**
     * Records entries together, in order: several corrections that only agree with the rules together are made this
     * way. Entries already in the record (the same identity and content) are skipped.
     *
     * <p>This ledger is immutable and unaffected by this method: if any entry is refused, none is recorded.
     *
     * @param more the entries, not null
     * @return a new ledger with the entries, never null
     * @throws RuleViolationException at the first entry that breaks a rule, naming it
     */
    public Ledger recordAll(List<Entry> more) {
        Objects.requireNonNull(more, "entries");
        // sized for the entries at once: a whole file's records are one batch
        Map<String, Entry> ids = new HashMap<>(Math.max(16, more.size() * 4 / 3 + 1));
        List<Entry> added = new ArrayList<>(more.size());
        boolean corrects = false;
        for (Entry e : more) {
            Objects.requireNonNull(e, "entry");
            Entry same = ids.get(e.id());
            if (same == null && size > 0) {
                same = find(e.id());
            }
            if (same != null) {
                if (same.equals(e)) {
                    continue;
                }
                throw new RuleViolationException(Rule.ENTRY_IDENTITY, cycle.meeting(), null, "entry '"
                        + SafeText.of(e.id()) + "' is already in the record with other content: " + same + ", not " + e);
            }
            if (e.kind() != Entry.Kind.RECORDED && e.corrects().isPresent() && !ids.containsKey(e.corrects().get())
                    && find(e.corrects().get()) == null) {
                throw new RuleViolationException(Rule.ENTRY_CORRECTION, cycle.meeting(), null, SafeText.of(e.id())
                        + " corrects entry '" + SafeText.of(e.corrects().get()) + "', which is not in the record");
            }
            corrects |= e.kind() != Entry.Kind.RECORDED;
            ids.put(e.id(), e);
            added.add(e);
        }
        if (added.isEmpty()) {
            return this;
        }
        if (corrects) {
            List<Entry> all = new ArrayList<>(entries());
            all.addAll(added);
            return replay(constitution, recordedOpening, all, added);
        }
        List<Event> batch = new ArrayList<>(added.size());
        for (Entry e : added) {
            batch.add(e.eventOrNull());
        }
        Cycle next;
        try {
            next = cycle.recordAll(batch);
        } catch (RuleViolationException refused) {
            throw refused.naming(added.get(Math.max(0, refused.position)).id(), "");
        }
        Tip into = tip;
        // checking that this ledger is the newest of its line and appending are one step under the tip's lock, so
        // that two threads extending one ledger never append to the same tip
        synchronized (tip) {
            if (tip.entries.size() == size && tip.eventIds.size() == events) {
                appendTo(tip, added);
            } else {
                // this ledger was extended already: its entries go on in a tip of their own
                into = new Tip();
                for (int i = 0; i < size; i++) {
                    into.add(tip.entries.get(i));
                }
                into.eventIds.addAll(tip.eventIds.subList(0, events));
            }
        }
        if (into != tip) {
            synchronized (into) {
                appendTo(into, added);
            }
        }
        return new Ledger(constitution, recordedOpening, into, size + added.size(), events + added.size(), next);
    }

    private static void appendTo(Tip tip, List<Entry> added) {
        if (tip.entries.isEmpty() && added.size() > 12) {
            // a first batch (a whole file's records): the index made at its size rather than grown
            tip.positions = new HashMap<>(added.size() * 4 / 3 + 1);
        }
        tip.entries.ensureCapacity(tip.entries.size() + added.size());
        tip.eventIds.ensureCapacity(tip.eventIds.size() + added.size());
        for (Entry e : added) {
            tip.add(e);
            tip.eventIds.add(e.id());
        }
    }

    /** The record replayed from its opening, every correction and void applied in place. */
    private static Ledger replay(Constitution constitution, Opening recorded, List<Entry> all, List<Entry> added) {
        Opening opening = recorded;
        String openingBy = null;
        List<Event> events = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        // the entry that put the event at each place: the entry recorded, or the last correction of it
        List<String> setBy = new ArrayList<>();
        Map<String, Integer> place = new HashMap<>();
        for (Entry e : all) {
            switch (e.kind()) {
                case RECORDED -> {
                    place.put(e.id(), events.size());
                    events.add(e.eventOrNull());
                    eventIds.add(e.id());
                    setBy.add(e.id());
                }
                case CORRECTION, VOID -> {
                    Integer at = place.get(e.corrects().get());
                    if (at == null) {
                        throw new RuleViolationException(Rule.ENTRY_CORRECTION, 0, null, SafeText.of(e.id())
                                + " names entry '" + SafeText.of(e.corrects().get()) + "', a correction of the opening:"
                                + " correct the opening again instead").naming(e.id(), "");
                    }
                    // a correction takes the place of the entry it names, and of any earlier correction of it
                    place.put(e.id(), at);
                    events.set(at, e.eventOrNull());
                    setBy.set(at, e.id());
                }
                case OPENING_CORRECTION -> {
                    opening = e.opening().get();
                    openingBy = e.id();
                }
            }
        }
        List<Event> kept = new ArrayList<>(events.size());
        List<String> keptIds = new ArrayList<>(events.size());
        List<String> keptBy = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) != null) {
                kept.add(events.get(i));
                keptIds.add(eventIds.get(i));
                keptBy.add(setBy.get(i));
            }
        }
        Cycle start;
        try {
            start = Cycle.start(constitution, opening);
        } catch (RuleViolationException refused) {
            throw openingBy == null ? refused : refused.naming(openingBy, "");
        }
        Cycle cycle;
        try {
            cycle = start.recordAll(kept);
        } catch (RuleViolationException refused) {
            String id = keptBy.get(Math.max(0, refused.position));
            boolean isNew = added.stream().anyMatch(e -> e.id().equals(id));
            throw refused.naming(id, isNew ? "" : " (entry '" + SafeText.of(id) + "' no longer agrees with the record"
                    + " as corrected; correct it too, in the same call)");
        }
        Tip tip = new Tip();
        for (Entry e : all) {
            tip.add(e);
        }
        tip.eventIds.addAll(keptIds);
        return new Ledger(constitution, recorded, tip, all.size(), keptIds.size(), cycle);
    }

    /**
     * The group's rules.
     *
     * @return the constitution, never null
     */
    public Constitution constitution() {
        return constitution;
    }

    /**
     * The opening balances as first recorded (a correction of the opening does not change them here; the cycle starts
     * from the last correction: {@code cycle().opening()}).
     *
     * @return the opening, never null
     */
    public Opening recordedOpening() {
        return recordedOpening;
    }

    /**
     * Every entry in the order it was recorded, corrections, voids and the entries they name included.
     *
     * @return an unmodifiable list, never null
     */
    public List<Entry> entries() {
        synchronized (tip) {
            return List.copyOf(tip.entries.subList(0, size));
        }
    }

    /**
     * The entry with this identity.
     *
     * @param id the identity, not null
     * @return the entry, or empty
     */
    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(find(Objects.requireNonNull(id, "id")));
    }

    /**
     * The corrections, voids and corrections of the opening, in the order they were recorded.
     *
     * @return an unmodifiable list, never null
     */
    public List<Entry> corrections() {
        return org.avec.internal.Compat.toList(entries().stream().filter(e -> e.kind() != Entry.Kind.RECORDED));
    }

    /**
     * The identity of the entry whose event stands at each position of {@code cycle().events()}: the entry recorded,
     * whose event a correction may have replaced.
     *
     * @return an unmodifiable list, as long as the cycle's events, never null
     */
    public List<String> eventIds() {
        synchronized (tip) {
            return List.copyOf(tip.eventIds.subList(0, events));
        }
    }

    /**
     * The cycle: the replay of the record as corrected.
     *
     * @return the cycle, never null
     */
    public Cycle cycle() {
        return cycle;
    }

    // ------------------------------------------------------------------ two phones

    /**
     * Something two records of one group say differently, with both versions.
     *
     * @param what what differs, in words
     * @param first the entry of the first record (or of the merge), if one is concerned
     * @param second the entry of the second record, if one is concerned
     */
    public record Conflict(String what, Optional<Entry> first, Optional<Entry> second) {
        /**
         * Checks the components.
         *
         * @param what what differs, not null
         * @param first the first record's entry, not null (may be empty)
         * @param second the second record's entry, not null (may be empty)
         */
        public Conflict {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }

    /**
     * Two records merged: the entries of both, each once, and the conflicts; the merged ledger only if there are none.
     *
     * @param entries the merged entries (every entry of both, each identity once), never null
     * @param conflicts what the two records say differently, empty if they agree
     * @param ledger the merged record replayed, if there is no conflict
     */
    public record Merged(List<Entry> entries, List<Conflict> conflicts, Optional<Ledger> ledger) {
        /**
         * Copies the lists.
         *
         * @param entries the merged entries, not null
         * @param conflicts the conflicts, not null
         * @param ledger the merged record, not null (empty if there are conflicts)
         */
        public Merged {
            entries = List.copyOf(entries);
            conflicts = List.copyOf(conflicts);
            Objects.requireNonNull(ledger, "ledger");
        }
    }

    /**
     * Merges two devices' records of one group. The same entry in both is kept once; the entries only one of them has
     * are put in meeting order between the entries both have (a meeting's opening first, then by identity where two
     * could go either way), so that {@code merge(a, b)} and {@code merge(b, a)} give the same record and
     * {@code merge(a, a)} gives {@code a}. Conflicts, listed with both versions and never added up: the same identity
     * with other content; two different meetings with one number or on one date; two different corrections of one
     * entry; records of another constitution or opening; a merged record that breaks a rule.
     *
     * @param a one device's record, not null
     * @param b the other's, not null
     * @return the merge, never null
     */
    public static Merged merge(Ledger a, Ledger b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        List<Conflict> conflicts = new ArrayList<>();
        if (!a.constitution.equals(b.constitution) || !a.recordedOpening.equals(b.recordedOpening)) {
            conflicts.add(new Conflict("the two records do not start from the same constitution and opening balances",
                    Optional.empty(), Optional.empty()));
            return new Merged(List.of(), conflicts, Optional.empty());
        }
        List<Entry> aEntries = a.entries();
        List<Entry> bEntries = b.entries();
        Map<String, Entry> aById = index(aEntries);
        Map<String, Entry> bById = index(bEntries);
        List<Entry> merged = Merging.entries(aEntries, bEntries, aById, bById, conflicts);
        if (!conflicts.isEmpty()) {
            return new Merged(merged, conflicts, Optional.empty());
        }
        try {
            return new Merged(merged, conflicts, Optional.of(start(a.constitution, a.recordedOpening).recordAll(merged)));
        } catch (RuleViolationException refused) {
            Entry at = refused.entry().map(id -> aById.getOrDefault(id, bById.get(id))).orElse(null);
            conflicts.add(new Conflict("the merged record breaks a rule: " + refused.getMessage(),
                    Optional.ofNullable(at != null && aById.containsKey(at.id()) ? at : null),
                    Optional.ofNullable(at != null && !aById.containsKey(at.id()) ? at : null)));
            return new Merged(merged, conflicts, Optional.empty());
        }
    }

    private static Map<String, Entry> index(List<Entry> entries) {
        Map<String, Entry> m = new HashMap<>();
        for (Entry e : entries) {
            m.put(e.id(), e);
        }
        return m;
    }

    /** Two ledgers are equal when they hold the same constitution, opening and entries in the same order. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Ledger l && constitution.equals(l.constitution)
                && recordedOpening.equals(l.recordedOpening) && entries().equals(l.entries()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(constitution, recordedOpening, entries());
    }

    /** The number of entries and corrections, and the cycle's summary. */
    @Override
    public String toString() {
        return "Ledger[" + size + " entries, " + corrections().size() + " corrections]\n" + cycle;
    }
}

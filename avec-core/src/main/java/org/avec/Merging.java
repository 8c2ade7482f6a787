package org.avec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merging two devices' records of one group (S20: offline sync retries made several meetings for one group and date,
 * with different totals). "The same entry twice is one entry; the same identity with other content, two different
 * meetings with one number or on one date, and two different corrections of one entry are conflicts, shown with both
 * versions and never added up."
 *
 * <p>The entries both records hold are the fixed points; between two of them, the entries only one record holds are
 * put in meeting order (a meeting's opening before its other entries; a correction or a void where it was written,
 * at the meeting of the event before it), and where an entry of each could go first, the smaller identity goes first. The order depends on the entries only, not on which
 * record is given first: the merge is commutative, and idempotent.
 */
final class Merging {

    private Merging() {}

    static List<Entry> entries(List<Entry> a, List<Entry> b, Map<String, Entry> aById, Map<String, Entry> bById,
            List<Ledger.Conflict> conflicts) {
        List<Entry> commonA = new ArrayList<>();
        for (Entry e : a) {
            Entry other = bById.get(e.id());
            if (other == null) {
                continue;
            }
            if (other.equals(e)) {
                commonA.add(e);
            } else {
                conflicts.add(new Ledger.Conflict("entry '" + SafeText.of(e.id()) + "' is in both records with other"
                        + " content", Optional.of(e), Optional.of(other)));
            }
        }
        List<Entry> commonB = org.avec.internal.Compat.toList(b.stream().filter(e -> e.equals(aById.get(e.id()))));
        if (!commonA.equals(commonB)) {
            conflicts.add(new Ledger.Conflict("the entries both records hold are in another order in each",
                    Optional.empty(), Optional.empty()));
        }
        if (!conflicts.isEmpty()) {
            return List.of();
        }
        List<Entry> merged = new ArrayList<>(a.size() + b.size());
        long[] keysA = keys(a);
        long[] keysB = keys(b);
        int i = 0;
        int j = 0;
        for (Entry fixed : commonA) {
            int endA = i;
            while (!a.get(endA).id().equals(fixed.id())) {
                endA++;
            }
            int endB = j;
            while (!b.get(endB).id().equals(fixed.id())) {
                endB++;
            }
            interleave(a, keysA, i, endA, b, keysB, j, endB, merged);
            merged.add(fixed);
            i = endA + 1;
            j = endB + 1;
        }
        interleave(a, keysA, i, a.size(), b, keysB, j, b.size(), merged);
        meetingConflicts(merged, aById, conflicts);
        correctionConflicts(merged, aById, bById, conflicts);
        return merged;
    }

    /**
     * Where each entry of one record goes among others: by meeting, a meeting's opening first; a correction, a void or a
     * correction of the opening where it was written, with the event recorded before it in its own record.
     */
    private static long[] keys(List<Entry> entries) {
        long[] keys = new long[entries.size()];
        long last = 0;
        for (int k = 0; k < keys.length; k++) {
            Entry e = entries.get(k);
            Event ev = e.eventOrNull();
            if (e.kind() == Entry.Kind.RECORDED) {
                last = 2L * ev.meeting() + (ev instanceof Event.MeetingOpened ? 0 : 1);
            }
            keys[k] = last;
        }
        return keys;
    }

    /**
     * The entries {@code x[i..endX)} and {@code y[j..endY)} in one run, each run's own order kept, the smaller key
     * (then the smaller identity) first.
     */
    private static void interleave(List<Entry> x, long[] kx, int i, int endX, List<Entry> y, long[] ky, int j, int endY,
            List<Entry> into) {
        while (i < endX || j < endY) {
            boolean takeX;
            if (j == endY) {
                takeX = true;
            } else if (i == endX) {
                takeX = false;
            } else {
                int c = Long.compare(kx[i], ky[j]);
                takeX = c < 0 || (c == 0 && x.get(i).id().compareTo(y.get(j).id()) < 0);
            }
            into.add(takeX ? x.get(i++) : y.get(j++));
        }
    }

    /** Two different entries that open one meeting number, or open meetings on one date. */
    private static void meetingConflicts(List<Entry> merged, Map<String, Entry> aById, List<Ledger.Conflict> conflicts) {
        Map<Integer, Entry> byNumber = new HashMap<>();
        Map<java.time.LocalDate, Entry> byDate = new HashMap<>();
        for (Entry e : merged) {
            if (e.kind() == Entry.Kind.RECORDED && e.eventOrNull() instanceof Event.MeetingOpened o) {
                Entry sameNumber = byNumber.putIfAbsent(o.meeting(), e);
                Entry sameDate = byDate.putIfAbsent(o.date(), e);
                if (sameNumber != null) {
                    conflicts.add(conflict("meeting " + o.meeting() + " is opened twice", sameNumber, e, aById));
                } else if (sameDate != null) {
                    conflicts.add(conflict("two meetings are held on " + o.date(), sameDate, e, aById));
                }
            }
        }
    }

    /** Two different corrections of one entry, one from each record. */
    private static void correctionConflicts(List<Entry> merged, Map<String, Entry> aById, Map<String, Entry> bById,
            List<Ledger.Conflict> conflicts) {
        Map<String, Entry> onlyA = new HashMap<>();
        for (Entry e : merged) {
            if (e.corrects().isPresent() && aById.containsKey(e.id()) && !bById.containsKey(e.id())) {
                onlyA.put(e.corrects().get(), e);
            }
        }
        for (Entry e : merged) {
            if (e.corrects().isPresent() && bById.containsKey(e.id()) && !aById.containsKey(e.id())) {
                Entry other = onlyA.get(e.corrects().get());
                if (other != null) {
                    conflicts.add(conflict("entry '" + SafeText.of(e.corrects().get()) + "' is corrected differently"
                            + " in each record", other, e, aById));
                }
            }
        }
    }

    /** A conflict with the entry of the first record first, whichever came first in the merge. */
    private static Ledger.Conflict conflict(String what, Entry x, Entry y, Map<String, Entry> aById) {
        boolean xFirst = aById.containsKey(x.id()) || !aById.containsKey(y.id());
        return new Ledger.Conflict(what, Optional.of(xFirst ? x : y), Optional.of(xFirst ? y : x));
    }
}

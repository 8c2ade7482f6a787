package org.avec;

import java.util.List;

/**
 * Who is in the group, and where each member's account is: an immutable table from member id to account
 * position, by open addressing on the id's text (whose hash the {@code String} keeps). Each member is in it once:
 * the founders are checked here ({@link #of}) and so is a member who joins ({@link #with}). Looking a member up
 * is the commonest step of a replay, so it is a few array reads, without boxing. Adding a member copies the
 * table (members join rarely).
 */
final class MemberTable {
    static final MemberTable EMPTY = new MemberTable(new String[8], new int[8], 0);

    private final String[] keys;
    private final int[] positions;
    private final int size;

    private MemberTable(String[] keys, int[] positions, int size) {
        this.keys = keys;
        this.positions = positions;
        this.size = size;
    }

    /** The account position of a member, or -1 if the member has not joined. */
    int position(MemberId id) {
        String key = id.value();
        int mask = keys.length - 1;
        int i = spread(key.hashCode()) & mask;
        for (int probes = 0; probes < keys.length; probes++) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (k == key || k.equals(key)) {
                return positions[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /**
     * The founders' table, at positions 0, 1, 2, ... in order.
     *
     * @throws IllegalArgumentException naming the first member listed twice
     */
    static MemberTable of(List<Member> founders) {
        int capacity = capacityFor(founders.size());
        String[] k = new String[capacity];
        int[] p = new int[capacity];
        MemberTable table = new MemberTable(k, p, founders.size());
        for (int i = 0; i < founders.size(); i++) {
            MemberId id = founders.get(i).id();
            if (table.position(id) >= 0) {
                throw new IllegalArgumentException("Member " + id + " is listed twice");
            }
            put(k, p, id.value(), i);
        }
        return table;
    }

    /** This table with one more member, at {@code position}; the caller has checked the member is not in it. */
    MemberTable with(MemberId id, int position) {
        int capacity = Math.max(keys.length, capacityFor(size + 1));
        String[] k = new String[capacity];
        int[] p = new int[capacity];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                put(k, p, keys[i], positions[i]);
            }
        }
        put(k, p, id.value(), position);
        return new MemberTable(k, p, size + 1);
    }

    /** A power of two at least twice the number of members (at least 8): the table is at most half full, so a miss ends quickly. */
    private static int capacityFor(int members) {
        return Math.max(8, Integer.highestOneBit(Math.max(1, members)) << 2);
    }

    private static void put(String[] keys, int[] positions, String key, int position) {
        int mask = keys.length - 1;
        int i = spread(key.hashCode()) & mask;
        for (int probes = 0; keys[i] != null; probes++) {
            if (probes == keys.length) {
                throw new IllegalStateException("the member table is full"); // never: capacityFor keeps it half empty
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        positions[i] = position;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}

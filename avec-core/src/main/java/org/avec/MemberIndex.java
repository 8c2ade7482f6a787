package org.avec;

/**
 * Where each member's account is: an immutable table from member id to account position, by open addressing on
 * the id's text (whose hash the {@code String} keeps). Looking a member up is the commonest step of a replay, so
 * it is a few array reads, without boxing. Adding a member copies the table (members join rarely).
 */
final class MemberIndex {
    static final MemberIndex EMPTY = new MemberIndex(new String[8], new int[8], 0);

    private final String[] keys;
    private final int[] positions;
    private final int size;

    private MemberIndex(String[] keys, int[] positions, int size) {
        this.keys = keys;
        this.positions = positions;
        this.size = size;
    }

    /** The account position of a member, or -1 if the member has not joined. */
    int get(MemberId id) {
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
     * A table of the given members, at positions 0, 1, 2, ... in order; the ids must be distinct.
     *
     * @param ids the members' ids
     * @return the table, or null if an id is listed twice
     */
    static MemberIndex of(java.util.List<MemberId> ids) {
        int capacity = capacityFor(ids.size());
        String[] k = new String[capacity];
        int[] p = new int[capacity];
        MemberIndex table = new MemberIndex(k, p, ids.size());
        for (int i = 0; i < ids.size(); i++) {
            if (table.get(ids.get(i)) >= 0) {
                return null;
            }
            put(k, p, ids.get(i).value(), i);
        }
        return table;
    }

    /** This table with one more member; the member must not be in it yet. */
    MemberIndex with(MemberId id, int position) {
        int capacity = Math.max(keys.length, capacityFor(size + 1));
        String[] k = new String[capacity];
        int[] p = new int[capacity];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                put(k, p, keys[i], positions[i]);
            }
        }
        put(k, p, id.value(), position);
        return new MemberIndex(k, p, size + 1);
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
                throw new IllegalStateException("the member table is full");
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

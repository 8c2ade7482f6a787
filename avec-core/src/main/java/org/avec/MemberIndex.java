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
        for (int i = spread(key.hashCode()) & mask;; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (k == key || k.equals(key)) {
                return positions[i];
            }
        }
    }

    /** This table with one more member; the member must not be in it yet. */
    MemberIndex with(MemberId id, int position) {
        int capacity = keys.length;
        while ((size + 1) * 2 > capacity) {
            capacity *= 2; // at most half full, so a miss ends quickly
        }
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

    private static void put(String[] keys, int[] positions, String key, int position) {
        int mask = keys.length - 1;
        int i = spread(key.hashCode()) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        positions[i] = position;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}

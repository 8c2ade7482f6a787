package org.avec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A persistent list, newest first, of what a cycle has closed and never changes again (past meetings, closed
 * loans): adding is O(1) and shares the rest, so a new cycle value never copies its history.
 */
final class History<T> {
    private static final History<?> EMPTY = new History<>(null, null, 0);

    final T newest;
    final History<T> older;
    final int size;

    private History(T newest, History<T> older, int size) {
        this.newest = newest;
        this.older = older;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <T> History<T> empty() {
        return (History<T>) EMPTY;
    }

    History<T> with(T value) {
        return new History<>(value, this, size + 1);
    }

    /** The elements oldest first, as an unmodifiable list. */
    List<T> toList() {
        List<T> out = new ArrayList<>(size);
        for (History<T> c = this; c.size > 0; c = c.older) {
            out.add(c.newest);
        }
        Collections.reverse(out);
        return Collections.unmodifiableList(out);
    }
}

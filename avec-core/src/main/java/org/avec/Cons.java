package org.avec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A persistent singly linked list, newest first: adding is O(1) and shares the rest, so a new cycle value
 * never copies the history it extends.
 */
final class Cons<T> {
    private static final Cons<?> EMPTY = new Cons<>(null, null, 0);

    final T head;
    final Cons<T> tail;
    final int size;

    private Cons(T head, Cons<T> tail, int size) {
        this.head = head;
        this.tail = tail;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <T> Cons<T> empty() {
        return (Cons<T>) EMPTY;
    }

    Cons<T> push(T value) {
        return new Cons<>(value, this, size + 1);
    }

    /** The elements oldest first, as an unmodifiable list. */
    List<T> toList() {
        List<T> out = new ArrayList<>(size);
        for (Cons<T> c = this; c.size > 0; c = c.tail) {
            out.add(c.head);
        }
        Collections.reverse(out);
        return Collections.unmodifiableList(out);
    }
}

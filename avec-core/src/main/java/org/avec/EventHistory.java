package org.avec;

import java.util.Arrays;
import java.util.List;

/**
 * The events of a cycle, oldest first, as a persistent list of batches: recording a batch adds one node holding
 * the batch's array, so a new cycle value never copies the history it extends, and a replay of thousands of
 * events adds one node, not one per event.
 */
final class EventHistory {
    static final EventHistory EMPTY = new EventHistory(new Event[0], null, 0);

    private final Event[] batch;
    private final EventHistory before;
    final int size;

    private EventHistory(Event[] batch, EventHistory before, int size) {
        this.batch = batch;
        this.before = before;
        this.size = size;
    }

    /** This history with a batch of events added; the array must not be changed afterwards. */
    EventHistory with(Event[] events) {
        return events.length == 0 ? this : new EventHistory(events, this, size + events.length);
    }

    /** Every event, oldest first, in a new array. */
    Event[] toArray() {
        Event[] all = new Event[size];
        int end = size;
        for (EventHistory l = this; l != null && l.size > 0; l = l.before) {
            end -= l.batch.length;
            System.arraycopy(l.batch, 0, all, end, l.batch.length);
        }
        return all;
    }

    /** Every event, oldest first, as an unmodifiable list that {@link #batchOf} knows. */
    List<Event> toList() {
        return new Events(toArray());
    }

    /**
     * The events of a list given to be recorded, as an array that will never change: the list's own array if it is
     * a list this class made (so a cycle's events replayed into another cost no copy), else a copy.
     */
    static Event[] batchOf(List<? extends Event> events) {
        return events instanceof Events e ? e.events : events.toArray(new Event[0]);
    }

    /** An unmodifiable list over an array that nothing changes. */
    private static final class Events extends java.util.AbstractList<Event> implements java.util.RandomAccess {
        private final Event[] events;

        Events(Event[] events) {
            this.events = events;
        }

        @Override
        public Event get(int index) {
            return events[index];
        }

        @Override
        public int size() {
            return events.length;
        }
    }

    /** Whether both hold the same events in the same order. */
    boolean sameEvents(EventHistory other) {
        return this == other || (size == other.size && Arrays.equals(toArray(), other.toArray()));
    }

    /** A hash of the events in order, consistent with {@link #sameEvents}. */
    int eventsHash() {
        return Arrays.hashCode(toArray());
    }
}

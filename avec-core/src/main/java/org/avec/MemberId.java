package org.avec;

import java.util.Objects;

/**
 * A member's stable identifier within a group, for example the number in the member's passbook or a
 * short name. It never changes during a cycle, and carries over to the next cycle.
 *
 * <p>Ids compare by their text; this order breaks ties wherever avec needs a fixed order (for example
 * who receives the last coin at share-out).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the id's text, not blank, not null
 */
public record MemberId(String value) implements Comparable<MemberId> {

    /**
     * Checks the id.
     *
     * @param value the id's text, not blank, not null
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public MemberId {
        Objects.requireNonNull(value, "value");
        if (org.avec.internal.Compat.isBlank(value)) {
            throw new IllegalArgumentException("A member id must not be blank");
        }
    }

    /**
     * Obtains the id with the given text.
     *
     * @param value the id's text, not blank, not null
     * @return the id, never null
     */
    public static MemberId of(String value) {
        return new MemberId(value);
    }

    @Override
    public int compareTo(MemberId other) {
        return value.compareTo(other.value);
    }

    /** Returns the id's text as it may be shown: control and bidirectional characters made visible ({@link SafeText}). */
    @Override
    public String toString() {
        return SafeText.of(value);
    }
}

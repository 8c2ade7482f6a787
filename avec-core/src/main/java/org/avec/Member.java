package org.avec;

import java.util.Objects;

/**
 * A member of the group: a stable id and a name.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the member's id, not null
 * @param name the member's name, not blank, not null
 */
public record Member(MemberId id, String name) {

    /**
     * Checks the member.
     *
     * @param id see the record description
     * @param name see the record description
     */
    public Member {
        Objects.requireNonNull(id, "id");
        checkName(name);
    }

    /**
     * A member with the given id text and name.
     *
     * @param id the id's text, not blank, not null
     * @param name the name, not blank, not null
     * @return the member, never null
     */
    public static Member of(String id, String name) {
        return new Member(MemberId.of(id), name);
    }

    /** The one check of a member's name, wherever a name is given; returns it. */
    static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A member's name must not be blank");
        }
        return name;
    }
}

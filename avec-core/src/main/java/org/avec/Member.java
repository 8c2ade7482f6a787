package org.avec;

import java.util.Objects;

/**
 * A member of the group: a stable id, a name, and what the programme records about her ({@link Profile}: sex and
 * year of birth, never read by the money rules).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the member's id, not null
 * @param name the member's name, not blank, one line (no line break), not null
 * @param profile her sex and year of birth as far as recorded, not null ({@link Profile#NONE} if nothing is)
 */
public record Member(MemberId id, String name, Profile profile) {

    /**
     * Checks the member.
     *
     * @param id see the record description
     * @param name see the record description
     * @param profile see the record description
     */
    public Member {
        Objects.requireNonNull(id, "id");
        checkName(name);
        Objects.requireNonNull(profile, "profile");
    }

    /**
     * A member with nothing recorded about her but her id and name.
     *
     * @param id the member's id, not null
     * @param name the member's name, not blank, one line, not null
     */
    public Member(MemberId id, String name) {
        this(id, name, Profile.NONE);
    }

    /**
     * This member with a profile.
     *
     * @param profile her sex and year of birth as far as recorded, not null
     * @return a new member, never null
     */
    public Member with(Profile profile) {
        return new Member(id, name, profile);
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

    /**
     * The one check of a member's name, wherever a name is given; returns it. A name is written on one line of the
     * member list and of the records, so it may not hold a line break (CR, LF, vertical tab, form feed, U+0085,
     * U+2028, U+2029); any other character is kept, and shown safely ({@link SafeText}).
     */
    static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (org.avec.internal.Compat.isBlank(name)) {
            throw new IllegalArgumentException("A member's name must not be blank");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "A member's name is one line: '%s' holds a line break (U+%04X) at character %d",
                        SafeText.of(name), (int) c, i + 1));
            }
        }
        return name;
    }
}

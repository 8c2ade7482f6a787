package org.avec;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a programme counts about a member, given when she joins: her sex and her year of birth. The money rules never
 * read it; the indicators count women and young members from it. Either may be left unrecorded ({@link #NONE}); a
 * member whose sex is not recorded is counted neither as a woman nor as a man, one whose year of birth is not
 * recorded is not counted as young.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Profile {

    /** The earliest year of birth accepted. */
    public static final int EARLIEST_BIRTH_YEAR = 1900;

    /** The latest year of birth accepted. */
    public static final int LATEST_BIRTH_YEAR = 2100;

    /** A member's sex, as the programme's registers record it. */
    public enum Sex {
        /** A woman. */
        FEMALE,
        /** A man. */
        MALE
    }

    /** Nothing recorded. */
    public static final Profile NONE = new Profile(null, 0);

    private final Sex sex;
    private final int birthYear;

    private Profile(Sex sex, int birthYear) {
        this.sex = sex;
        this.birthYear = birthYear;
    }

    /**
     * A profile with both facts recorded.
     *
     * @param sex the member's sex, not null
     * @param birthYear her year of birth, from {@value #EARLIEST_BIRTH_YEAR} to {@value #LATEST_BIRTH_YEAR}
     * @return the profile, never null
     * @throws IllegalArgumentException if the year is out of bounds
     */
    public static Profile of(Sex sex, int birthYear) {
        return NONE.withSex(sex).withBirthYear(birthYear);
    }

    /**
     * This profile with the sex recorded.
     *
     * @param sex the member's sex, not null
     * @return a new profile, never null
     */
    public Profile withSex(Sex sex) {
        return new Profile(Objects.requireNonNull(sex, "sex"), birthYear);
    }

    /**
     * This profile with the year of birth recorded.
     *
     * @param year the year, from {@value #EARLIEST_BIRTH_YEAR} to {@value #LATEST_BIRTH_YEAR}
     * @return a new profile, never null
     * @throws IllegalArgumentException if the year is out of bounds
     */
    public Profile withBirthYear(int year) {
        if (year < EARLIEST_BIRTH_YEAR || year > LATEST_BIRTH_YEAR) {
            throw new IllegalArgumentException("A year of birth is from " + EARLIEST_BIRTH_YEAR + " to "
                    + LATEST_BIRTH_YEAR + ", not " + year);
        }
        return new Profile(sex, year);
    }

    /**
     * The member's sex, if recorded.
     *
     * @return the sex, or empty
     */
    public Optional<Sex> sex() {
        return Optional.ofNullable(sex);
    }

    /**
     * The member's year of birth, if recorded.
     *
     * @return the year, or empty
     */
    public OptionalInt birthYear() {
        return birthYear == 0 ? OptionalInt.empty() : OptionalInt.of(birthYear);
    }

    /** The year of birth, or 0 if not recorded: for the books, which check it at every opening of the books. */
    int birthYearOrZero() {
        return birthYear;
    }

    /**
     * Whether the member is young in a given year: her age that year (the year minus her year of birth) is at most
     * the given age. False when her year of birth is not recorded.
     *
     * @param year the year counted in, for example the year of the meeting
     * @param maxAge the oldest age still counted young, for example 35
     * @return true if young
     */
    public boolean isYoungIn(int year, int maxAge) {
        return birthYear != 0 && year - birthYear <= maxAge;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Profile p && sex == p.sex && birthYear == p.birthYear;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(sex) * 31 + birthYear;
    }

    /** For example {@code "FEMALE, born 1987"}, {@code "not recorded"}. */
    @Override
    public String toString() {
        if (sex == null && birthYear == 0) {
            return "not recorded";
        }
        return (sex == null ? "sex not recorded" : sex.name()) + ", "
                + (birthYear == 0 ? "year of birth not recorded" : "born " + birthYear);
    }
}

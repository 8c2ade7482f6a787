package org.avec;

import java.util.Locale;
import java.util.Objects;

/**
 * What a loan is for, as the member tells the group when she asks for it: an income-generating activity (AGR, with
 * its sector, for example livestock or sewing), school fees, health, the household's consumption, or something else.
 * The money rules never read it; the indicators count the income-generating activities financed from it. A loan may
 * be recorded without a purpose ({@link #NOT_GIVEN}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LoanPurpose {

    /** The kinds of purpose a programme counts. */
    public enum Kind {
        /** Not recorded. */
        NOT_GIVEN,
        /** An income-generating activity (activité génératrice de revenus, AGR), in a sector. */
        INCOME_GENERATING,
        /** School fees, books, uniforms. */
        EDUCATION,
        /** Care and medicine. */
        HEALTH,
        /** Food and the household's other needs. */
        CONSUMPTION,
        /** Anything else. */
        OTHER
    }

    /** No purpose recorded. */
    public static final LoanPurpose NOT_GIVEN = new LoanPurpose(Kind.NOT_GIVEN, "");
    /** School fees and the like. */
    public static final LoanPurpose EDUCATION = new LoanPurpose(Kind.EDUCATION, "");
    /** Health. */
    public static final LoanPurpose HEALTH = new LoanPurpose(Kind.HEALTH, "");
    /** The household's consumption. */
    public static final LoanPurpose CONSUMPTION = new LoanPurpose(Kind.CONSUMPTION, "");
    /** Something else. */
    public static final LoanPurpose OTHER = new LoanPurpose(Kind.OTHER, "");

    private final Kind kind;
    private final String sector;

    private LoanPurpose(Kind kind, String sector) {
        this.kind = kind;
        this.sector = sector;
    }

    /**
     * An income-generating activity in a sector. The sector is the programme's own word (livestock, agriculture,
     * sewing, trade, ...), kept in lower case with its spaces trimmed, so that "Livestock " and "livestock" count as one.
     *
     * @param sector the sector, not blank, at most 40 characters, one line
     * @return the purpose, never null
     * @throws IllegalArgumentException if the sector is blank, too long or holds a line break
     */
    public static LoanPurpose incomeGenerating(String sector) {
        String s = org.avec.internal.Compat.strip(Objects.requireNonNull(sector, "sector")).toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > 40 || s.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("An income-generating activity's sector is one word or a few, at most 40 "
                    + "characters and no control character, not '" + SafeText.of(sector) + "'");
        }
        return new LoanPurpose(Kind.INCOME_GENERATING, s);
    }

    /**
     * The kind of purpose.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The sector of an income-generating activity.
     *
     * @return the sector in lower case, empty for any other kind
     */
    public String sector() {
        return sector;
    }

    /**
     * Whether the loan finances an income-generating activity.
     *
     * @return true for {@link Kind#INCOME_GENERATING}
     */
    public boolean isIncomeGenerating() {
        return kind == Kind.INCOME_GENERATING;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoanPurpose p && kind == p.kind && sector.equals(p.sector);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + sector.hashCode();
    }

    /** For example {@code "INCOME_GENERATING (livestock)"} or {@code "HEALTH"}. */
    @Override
    public String toString() {
        return sector.isEmpty() ? kind.name() : kind.name() + " (" + SafeText.of(sector) + ")";
    }
}

package org.avec.indicators;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.money.CurrencyUnit;

/**
 * A programme's results across its groups, as a programme reports them: groups, members (direct beneficiaries),
 * women and young members, savings mobilised, loans disbursed and outstanding, income-generating activities
 * financed (by sector), cooperatives formed, and the ratios, all as ratios of sums; the same broken down by programme
 * (where one report covers several, such as two phases of a project or two funders' projects), by region and by
 * province. For example CARE Maroc's first AVEC phase: 1,300 women in 57 groups, 22.81 members per group;
 * 450 income-generating activities, 34.62% of members.
 *
 * <p>Reports {@link #plus(ProgrammeReport) add up}: the report of two sets of groups is the sum of their reports,
 * whatever the order and grouping, so a national registry can be reported region by region, in parallel or on many
 * machines, and added at the end.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgrammeReport {

    /**
     * One group as the programme knows it.
     *
     * @param group the group's name or code, not blank
     * @param programme the programme or project it belongs to, not blank (for example "AVEC phase 2")
     * @param region its region, not blank (for example Béni Mellal-Khénifra)
     * @param province its province (for example Azilal), or blank where the programme has none: the group then counts
     *     in no province
     * @param indicators its indicators, with the cooperatives its members formed ({@link Indicators#withCooperatives})
     */
    public record Group(String group, String programme, String region, String province, Indicators indicators) {

        /**
         * Checks the group.
         *
         * @param group see the record description
         * @param programme see the record description
         * @param region see the record description
         * @param province see the record description
         * @param indicators see the record description
         */
        public Group {
            Objects.requireNonNull(province, "province (blank where the programme has none)");
            for (String s : new String[] {group, programme, region}) {
                if (org.avec.internal.Compat.isBlank(Objects.requireNonNull(s, "group, programme and region"))) {
                    throw new IllegalArgumentException("A group's name, programme and region are not blank");
                }
            }
            Objects.requireNonNull(indicators, "indicators");
        }
    }

    private final Indicators total;
    private final SortedMap<String, Indicators> programmes;
    private final SortedMap<String, Indicators> regions;
    private final SortedMap<String, Indicators> provinces;

    private ProgrammeReport(Indicators total, SortedMap<String, Indicators> programmes,
            SortedMap<String, Indicators> regions, SortedMap<String, Indicators> provinces) {
        this.total = total;
        this.programmes = Collections.unmodifiableSortedMap(programmes);
        this.regions = Collections.unmodifiableSortedMap(regions);
        this.provinces = Collections.unmodifiableSortedMap(provinces);
    }

    /**
     * The report of no group: the zero of {@link #plus(ProgrammeReport)}.
     *
     * @param currency the programme's currency, not null
     * @return an empty report, never null
     */
    public static ProgrammeReport none(CurrencyUnit currency) {
        return new ProgrammeReport(Indicators.none(currency), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    /**
     * The report of one group.
     *
     * @param group the group, not null
     * @return its report, never null
     */
    public static ProgrammeReport of(Group group) {
        Indicators i = group.indicators();
        return new ProgrammeReport(i, one(group.programme(), i), one(group.region(), i),
                org.avec.internal.Compat.isBlank(group.province()) ? new TreeMap<>()
                        : one(provinceKey(group.region(), group.province()), i));
    }

    private static SortedMap<String, Indicators> one(String key, Indicators i) {
        SortedMap<String, Indicators> m = new TreeMap<>();
        m.put(key, i);
        return m;
    }

    /**
     * The report of many groups, added up in parallel on every core.
     *
     * @param currency the programme's currency, not null
     * @param groups the groups, all in that currency, not null
     * @return the report, never null
     * @throws IllegalArgumentException if a group's currency differs
     */
    public static ProgrammeReport of(CurrencyUnit currency, Collection<Group> groups) {
        return groups.parallelStream().map(ProgrammeReport::of).reduce(none(currency), ProgrammeReport::plus);
    }

    /**
     * The report of two sets of groups together.
     *
     * @param other the other report, same currency, not null
     * @return the sum, never null
     * @throws IllegalArgumentException if the currencies differ
     */
    public ProgrammeReport plus(ProgrammeReport other) {
        return new ProgrammeReport(total.plus(other.total), merge(programmes, other.programmes),
                merge(regions, other.regions), merge(provinces, other.provinces));
    }

    private static SortedMap<String, Indicators> merge(SortedMap<String, Indicators> a, SortedMap<String, Indicators> b) {
        SortedMap<String, Indicators> out = new TreeMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Indicators::plus));
        return out;
    }

    private static String provinceKey(String region, String province) {
        return region + " / " + province;
    }

    /**
     * The whole programme.
     *
     * @return the indicators of every group added up, never null
     */
    public Indicators total() {
        return total;
    }

    /**
     * The report programme by programme, for a report that covers several (each group names its own).
     *
     * @return an unmodifiable map from programme to the indicators of its groups, sorted by programme
     */
    public SortedMap<String, Indicators> byProgramme() {
        return programmes;
    }

    /**
     * The programme region by region.
     *
     * @return an unmodifiable map from region to the indicators of its groups, sorted by region
     */
    public SortedMap<String, Indicators> byRegion() {
        return regions;
    }

    /**
     * The programme province by province, each named "region / province".
     *
     * @return an unmodifiable map from "region / province" to the indicators of its groups, sorted
     */
    public SortedMap<String, Indicators> byProvince() {
        return provinces;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgrammeReport r && total.equals(r.total) && programmes.equals(r.programmes)
                && regions.equals(r.regions) && provinces.equals(r.provinces);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, programmes, regions, provinces);
    }

    /** The total and each region's groups and members, for example {@code "57 groups, 1300 members; ..."}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(total.groups()).append(" groups, ").append(total.members())
                .append(" members");
        regions.forEach((k, v) -> sb.append("; ").append(org.avec.SafeText.of(k)).append(": ").append(v.groups())
                .append(" groups, ").append(v.members()).append(" members"));
        return sb.toString();
    }
}

package org.avec.indicators;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.Cycle;
import org.avec.internal.Amounts;

/**
 * A savings group's health, or a programme's results, from the figures a field officer collects at a visit: who
 * the members are and whether they come, what they saved, what is in the boxes and out on loan, what is late,
 * what was written off and what the loans were for. The figures are the <em>data items</em> (counts and amounts,
 * like the SAVIX's data items); the indicators are ratios of them (the SAVIX's metrics and the SEEP ratios).
 *
 * <p>Every data item is a sum over groups, so the indicators of many groups are {@link #plus(Indicators) added}
 * item by item and the ratios of a programme are ratios of sums, never means of ratios: 1,300 members in 57 groups
 * is 22.81 members per group whatever the size of each. Adding is associative and commutative, with
 * {@link #none(CurrencyUnit)} as zero, so a programme can be added up in any order, in parallel, or on many machines.
 *
 * <p>The formulas (each method states its own):
 * <ul>
 *   <li>assets = loan-fund cash + loans outstanding + social fund; equity = loan-fund cash + loans outstanding
 *       (the members' fund: the social fund is kept apart);</li>
 *   <li>profit = equity − savings − capital carried in from the last cycle (what the fund earned this cycle);</li>
 *   <li>return on savings = profit ÷ savings, return on assets = profit ÷ assets; annualised × 365 ÷ days since the
 *       cycle's first meeting (for many groups, weighted by each group's savings or assets);</li>
 *   <li>loan-fund utilisation = loans outstanding ÷ (loans outstanding + loan-fund cash); capital turnover = loans
 *       disbursed this cycle ÷ savings;</li>
 *   <li>portfolio at risk = principal outstanding on loans more than {@link Settings#parDays()} days late ÷ loans
 *       outstanding; or ÷ the original principal of the loans outstanding (the second convention);</li>
 *   <li>attendance = members present or late ÷ members in the group, at the last meeting or over the last
 *       {@link Settings#attendanceMeetings()} meetings (sums of both over those meetings);</li>
 *   <li>drop-out = members who left ÷ everyone who was a member this cycle (at its start or joining since);</li>
 *   <li>average savings = savings ÷ members; average loan = loans disbursed ÷ number of loans;</li>
 *   <li>loans written off, by count (÷ number of loans) and by value (principal written off ÷ loans disbursed).</li>
 * </ul>
 * Sources: VSL Associates, <i>The SAVIX</i> (data items and metrics); DreamSave, <i>Insights glossary</i> (assets,
 * attendance over 4 meetings, write-offs by count, average loan size); Mpendulo Savings (return on savings, capital
 * turnover); Mifos user manual and SKS (the two portfolio-at-risk denominators); IndiKit (average savings).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Indicators {

    /**
     * The conventions that differ between reporting systems, as settings.
     *
     * @param parDays a loan is at risk when it is more than this many days past its due meeting (30 by default, as
     *     SKS counts)
     * @param youthMaxAge a member is young while her age in the year of the meeting is at most this (35 by default)
     * @param attendanceMeetings the number of last meetings over which attendance is averaged (4 by default, as
     *     DreamSave does)
     */
    public record Settings(int parDays, int youthMaxAge, int attendanceMeetings) {

        /** 30 days, 35 years, 4 meetings. */
        public static final Settings DEFAULTS = new Settings(30, 35, 4);

        /**
         * Checks the settings.
         *
         * @param parDays from 0 to 365
         * @param youthMaxAge from 15 to 60
         * @param attendanceMeetings from 1 to 52
         */
        public Settings {
            between("parDays", parDays, 0, 365);
            between("youthMaxAge", youthMaxAge, 15, 60);
            between("attendanceMeetings", attendanceMeetings, 1, 52);
        }

        private static void between(String what, int value, int low, int high) {
            if (value < low || value > high) {
                throw new IllegalArgumentException(what + " is from " + low + " to " + high + ", not " + value);
            }
        }
    }

    /** The data items, in the order of {@link #ITEMS}; amounts in minor units. */
    private final CurrencyUnit currency;
    private final long[] item;
    private final BigInteger savingsDays;
    private final BigInteger assetsDays;
    private final SortedMap<String, long[]> sectors;

    /** The names of the counted data items, for {@link #toString()} and for the report's CSV. */
    static final String[] ITEMS = {"groups", "membersAtStart", "joined", "left", "members", "women", "men", "youth",
        "presentLastMeeting", "expectedLastMeeting", "presentRecent", "expectedRecent", "savings", "loanFundCash",
        "loansOutstanding", "socialFund", "carriedIn", "loansDisbursed", "loans", "loansWrittenOff", "writtenOffValue",
        "atRisk", "originalOutstanding", "borrowers", "incomeGeneratingLoans", "cooperatives", "representedLastMeeting",
        "representedRecent", "cashBeyondTheBox", "property", "liabilities", "socialFundLoans"};

    static final int GROUPS = 0;
    static final int AT_START = 1;
    static final int JOINED = 2;
    static final int LEFT = 3;
    static final int MEMBERS = 4;
    static final int WOMEN = 5;
    static final int MEN = 6;
    static final int YOUTH = 7;
    static final int PRESENT_LAST = 8;
    static final int EXPECTED_LAST = 9;
    static final int PRESENT_RECENT = 10;
    static final int EXPECTED_RECENT = 11;
    static final int SAVINGS = 12;
    static final int CASH = 13;
    static final int OUTSTANDING = 14;
    static final int SOCIAL = 15;
    static final int CARRIED = 16;
    static final int DISBURSED = 17;
    static final int LOANS = 18;
    static final int WRITTEN_OFF = 19;
    static final int WRITTEN_OFF_VALUE = 20;
    static final int AT_RISK = 21;
    static final int ORIGINAL = 22;
    static final int BORROWERS = 23;
    static final int AGR = 24;
    static final int COOPERATIVES = 25;
    static final int REPRESENTED_LAST = 26;
    static final int REPRESENTED_RECENT = 27;
    static final int BEYOND_BOX = 28;
    static final int PROPERTY = 29;
    static final int LIABILITIES = 30;
    static final int SOCIAL_LOANS = 31;

    private Indicators(CurrencyUnit currency, long[] item, BigInteger savingsDays, BigInteger assetsDays,
            SortedMap<String, long[]> sectors) {
        this.currency = currency;
        this.item = item;
        this.savingsDays = savingsDays;
        this.assetsDays = assetsDays;
        this.sectors = sectors;
        // the figures derived by adding items fit too, so that every accessor can be read
        try {
            Math.addExact(item[AT_START], item[JOINED]);
            profitMinor();
            assetsMinor();
            Math.subtractExact(assetsMinor(), item[LIABILITIES]);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("Too large to count in minor units of " + currency.getCurrencyCode()
                    + ": the members ever in the groups, their assets or their profit (" + this + ")");
        }
    }

    /**
     * No group: the zero of {@link #plus(Indicators)}.
     *
     * @param currency the programme's currency, not null
     * @return indicators of nothing, never null
     */
    public static Indicators none(CurrencyUnit currency) {
        return new Indicators(Objects.requireNonNull(currency, "currency"), new long[ITEMS.length], BigInteger.ZERO,
                BigInteger.ZERO, Collections.emptySortedMap());
    }

    /**
     * A group's indicators at its current meeting, with the {@linkplain Settings#DEFAULTS default settings}.
     *
     * @param cycle the group's cycle, at any meeting, not null
     * @return the indicators, never null
     */
    public static Indicators of(Cycle cycle) {
        return of(cycle, Settings.DEFAULTS);
    }

    /**
     * A group's indicators at an earlier meeting of its cycle: the cycle as it stood when that meeting ended (its
     * events up to that meeting replayed).
     *
     * @param cycle the group's cycle, not null
     * @param meeting a meeting already held, from 0 to the cycle's current meeting
     * @param settings the conventions, not null
     * @return the indicators, never null
     * @throws IllegalArgumentException if the meeting has not been held
     */
    public static Indicators at(Cycle cycle, int meeting, Settings settings) {
        if (meeting < 0 || meeting > cycle.meeting()) {
            throw new IllegalArgumentException("Meeting " + meeting + " has not been held: the cycle is at meeting "
                    + cycle.meeting());
        }
        if (meeting < cycle.opening().firstMeeting() - 1) {
            throw new IllegalArgumentException("Meeting " + meeting + " is before the books opened at meeting "
                    + cycle.opening().firstMeeting());
        }
        Cycle then = Cycle.replay(cycle.constitution(), cycle.opening(),
                org.avec.internal.Compat.toList(cycle.events().stream().filter(e -> e.meeting() <= meeting)));
        return of(then, settings);
    }

    /**
     * A group's indicators at its current meeting.
     *
     * @param cycle the group's cycle, at any meeting, not null
     * @param settings the conventions, not null
     * @return the indicators, never null
     */
    public static Indicators of(Cycle cycle, Settings settings) {
        return CycleFigures.read(cycle, Objects.requireNonNull(settings, "settings"));
    }

    /** Indicators of data items: the annualised returns' weights (savings × days, assets × days) are derived here. */
    static Indicators ofItems(CurrencyUnit currency, long[] x, long days, SortedMap<String, long[]> sectors) {
        BigInteger d = BigInteger.valueOf(days);
        BigInteger assets = BigInteger.valueOf(x[CASH]).add(BigInteger.valueOf(x[OUTSTANDING]))
                .add(BigInteger.valueOf(x[SOCIAL])).add(BigInteger.valueOf(x[SOCIAL_LOANS]))
                .add(BigInteger.valueOf(x[PROPERTY]));
        return new Indicators(currency, x, d.multiply(BigInteger.valueOf(x[SAVINGS])), d.multiply(assets),
                Collections.unmodifiableSortedMap(sectors));
    }

    /**
     * A group's data items given directly, for a group whose records are kept elsewhere (a paper ledger, another
     * system), or to check a worked example; the items given must agree ({@link IndicatorsBuilder}).
     *
     * @param currency the group's currency, not null
     * @return a builder for one group, every item zero
     */
    public static IndicatorsBuilder builder(CurrencyUnit currency) {
        return new IndicatorsBuilder(currency);
    }

    /**
     * These indicators with the number of cooperatives the group's members formed (a fact the programme records).
     *
     * @param cooperatives the number, 0 or more
     * @return new indicators, never null
     */
    public Indicators withCooperatives(long cooperatives) {
        if (cooperatives < 0) {
            throw new IllegalArgumentException("A number of cooperatives is not negative: " + cooperatives);
        }
        long[] x = item.clone();
        x[COOPERATIVES] = cooperatives;
        return new Indicators(currency, x, savingsDays, assetsDays, sectors);
    }

    /**
     * The indicators of two sets of groups together: every data item added. Associative and commutative; both in
     * the same currency.
     *
     * @param other the other groups, not null
     * @return the sum, never null
     * @throws IllegalArgumentException if the currencies differ
     * @throws ArithmeticException if a count or amount no longer fits in a {@code long}
     */
    public Indicators plus(Indicators other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Groups are added up in one currency: " + currency.getCurrencyCode()
                    + " and " + other.currency.getCurrencyCode());
        }
        long[] x = new long[ITEMS.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = add(ITEMS[i], item[i], other.item[i]);
        }
        SortedMap<String, long[]> s = new TreeMap<>();
        for (SortedMap<String, long[]> from : java.util.List.of(sectors, other.sectors)) {
            from.forEach((k, v) -> {
                long[] t = s.computeIfAbsent(k, key -> new long[2]);
                t[0] = add("loans in sector " + k, t[0], v[0]);
                t[1] = add("principal in sector " + k, t[1], v[1]);
            });
        }
        return new Indicators(currency, x, savingsDays.add(other.savingsDays), assetsDays.add(other.assetsDays),
                Collections.unmodifiableSortedMap(s));
    }

    /** Adds two counts or amounts of an item, naming the item if the sum no longer fits in a {@code long}. */
    static long add(String item, long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("Too large to add up in a long: " + org.avec.SafeText.of(item) + " (" + a
                    + " + " + b + ")");
        }
    }

    // ------------------------------------------------------------------ data items

    /**
     * The currency of every amount.
     *
     * @return the currency, never null
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * The number of groups counted (1 for one group).
     *
     * @return the count
     */
    public long groups() {
        return item[GROUPS];
    }

    /**
     * Members now: everyone who started the cycle or joined since, and has not left (the direct beneficiaries).
     *
     * @return the count
     */
    public long members() {
        return item[MEMBERS];
    }

    /**
     * Members at the start of the cycle.
     *
     * @return the count
     */
    public long membersAtStart() {
        return item[AT_START];
    }

    /**
     * Members who joined during the cycle.
     *
     * @return the count
     */
    public long joined() {
        return item[JOINED];
    }

    /**
     * Members who left during the cycle.
     *
     * @return the count
     */
    public long left() {
        return item[LEFT];
    }

    /**
     * Members now recorded as women.
     *
     * @return the count
     */
    public long women() {
        return item[WOMEN];
    }

    /**
     * Members now recorded as men.
     *
     * @return the count
     */
    public long men() {
        return item[MEN];
    }

    /**
     * Members now who are young: age in the year of the meeting at most {@link Settings#youthMaxAge()}.
     *
     * @return the count
     */
    public long youth() {
        return item[YOUTH];
    }

    /**
     * The members' savings now: shares bought this cycle × the share value, of members who have not left,
     * including what is lent out.
     *
     * @return the amount, never null
     */
    public MonetaryAmount savings() {
        return money(item[SAVINGS]);
    }

    /**
     * Cash in the loan fund.
     *
     * @return the amount, never null
     */
    public MonetaryAmount loanFundCash() {
        return money(item[CASH]);
    }

    /**
     * Principal out on loan.
     *
     * @return the amount, never null
     */
    public MonetaryAmount loansOutstanding() {
        return money(item[OUTSTANDING]);
    }

    /**
     * Cash in the social fund.
     *
     * @return the amount, never null
     */
    public MonetaryAmount socialFund() {
        return money(item[SOCIAL]);
    }

    /**
     * The part of the loan-fund cash kept beyond the box: at a bank or in a mobile-money wallet (rules reference §12).
     *
     * @return the amount, included in {@link #loanFundCash()}, never null
     */
    public MonetaryAmount cashBeyondTheBox() {
        return money(item[BEYOND_BOX]);
    }

    /**
     * The property the groups hold, at its value (cost, or the value stated when given): a mill, a sewing machine.
     *
     * @return the amount, never null
     */
    public MonetaryAmount property() {
        return money(item[PROPERTY]);
    }

    /**
     * Liabilities: what the groups owe on loans to them from banks, MFIs or programmes.
     *
     * @return the amount, never null
     */
    public MonetaryAmount liabilities() {
        return money(item[LIABILITIES]);
    }

    /**
     * The groups' net worth, their balance (rules reference §12, S11): assets − liabilities, the social fund included
     * (box 1,200 + bank 2,500 + wallet 300 + loans 4,000 + mill 6,000 + social fund 450 − a bank loan of 3,000 =
     * 11,450).
     *
     * @return the amount, negative if the groups owe more than they hold, never null
     */
    public MonetaryAmount netWorth() {
        return money(Math.subtractExact(assetsMinor(), item[LIABILITIES]));
    }

    /**
     * What members owe the social fund on its interest-free loans: part of the social fund, an asset.
     *
     * @return the amount, never null
     */
    public MonetaryAmount socialFundLoans() {
        return money(item[SOCIAL_LOANS]);
    }

    /**
     * Assets: loan-fund cash (in the box and at every other place) + loans outstanding + property + the social fund
     * (its cash and what members owe it).
     *
     * @return the amount, never null
     */
    public MonetaryAmount assets() {
        return money(assetsMinor());
    }

    /**
     * Equity, the members' fund: loan-fund cash + loans outstanding + property − liabilities (the social fund is kept
     * apart; {@link #netWorth()} includes it).
     *
     * @return the amount, never null
     */
    public MonetaryAmount equity() {
        return money(equityMinor());
    }

    /**
     * Profit this cycle: equity − savings − capital carried in from the last cycle; negative after losses.
     *
     * @return the amount, never null
     */
    public MonetaryAmount profit() {
        return money(profitMinor());
    }

    /**
     * Loans disbursed this cycle: the principal of every loan issued.
     *
     * @return the amount, never null
     */
    public MonetaryAmount loansDisbursed() {
        return money(item[DISBURSED]);
    }

    /**
     * The number of loans issued this cycle.
     *
     * @return the count
     */
    public long loans() {
        return item[LOANS];
    }

    /**
     * The number of loans written off.
     *
     * @return the count
     */
    public long loansWrittenOff() {
        return item[WRITTEN_OFF];
    }

    /**
     * The principal written off.
     *
     * @return the amount, never null
     */
    public MonetaryAmount writtenOff() {
        return money(item[WRITTEN_OFF_VALUE]);
    }

    /**
     * The principal outstanding on loans more than {@link Settings#parDays()} days past their due meeting.
     *
     * @return the amount, never null
     */
    public MonetaryAmount atRisk() {
        return money(item[AT_RISK]);
    }

    /**
     * Members who took at least one loan this cycle.
     *
     * @return the count
     */
    public long borrowers() {
        return item[BORROWERS];
    }

    /**
     * Income-generating activities financed: loans issued this cycle for an income-generating activity.
     *
     * @return the count
     */
    public long incomeGeneratingLoans() {
        return item[AGR];
    }

    /**
     * Income-generating activities financed, by sector: the number of loans and the principal lent.
     *
     * @return an unmodifiable map from sector to its loans and principal, sorted by sector
     */
    public SortedMap<String, Sector> bySector() {
        SortedMap<String, Sector> out = new TreeMap<>();
        sectors.forEach((k, v) -> out.put(k, new Sector(v[0], money(v[1]))));
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * The loans for income-generating activities in one sector.
     *
     * @param loans how many loans
     * @param principal the principal lent
     */
    public record Sector(long loans, MonetaryAmount principal) {}

    /**
     * Cooperatives formed by the members, as the programme records them.
     *
     * @return the count
     */
    public long cooperatives() {
        return item[COOPERATIVES];
    }

    // ------------------------------------------------------------------ indicators

    /**
     * Return on savings: profit ÷ savings (3,000 on 23,000 is 13.04%).
     *
     * @return the ratio; undefined without savings
     */
    public Ratio returnOnSavings() {
        return Ratio.of(profitMinor(), item[SAVINGS]);
    }

    /**
     * Return on savings for a year: profit × 365 ÷ (savings × days since the cycle's first meeting) (13.04% at day
     * 182 is 26.16%). For many groups each group's savings is weighted by its days.
     *
     * @return the ratio; undefined without savings or before a day has passed
     */
    public Ratio returnOnSavingsAnnualised() {
        return Ratio.of(BigInteger.valueOf(profitMinor()).multiply(DAYS_IN_YEAR), savingsDays);
    }

    /**
     * Return on assets: profit ÷ assets (3,000 on 27,200 is 11.03%).
     *
     * @return the ratio; undefined without assets
     */
    public Ratio returnOnAssets() {
        return Ratio.of(profitMinor(), assetsMinor());
    }

    /**
     * Return on assets for a year: profit × 365 ÷ (assets × days since the cycle's first meeting).
     *
     * @return the ratio; undefined without assets or before a day has passed
     */
    public Ratio returnOnAssetsAnnualised() {
        return Ratio.of(BigInteger.valueOf(profitMinor()).multiply(DAYS_IN_YEAR), assetsDays);
    }

    /**
     * Loan-fund utilisation: loans outstanding ÷ (loans outstanding + loan-fund cash), how much of the fund is at
     * work (21,500 of 26,000 is 82.69%).
     *
     * @return the ratio, from 0 to 1; undefined with an empty fund
     */
    public Ratio loanFundUtilisation() {
        return Ratio.of(item[OUTSTANDING], Math.addExact(item[OUTSTANDING], item[CASH]));
    }

    /**
     * Capital turnover: loans disbursed this cycle ÷ savings, how many times the savings went out on loan.
     *
     * @return the ratio, 0 or more; undefined without savings
     */
    public Ratio capitalTurnover() {
        return Ratio.of(item[DISBURSED], item[SAVINGS]);
    }

    /**
     * Portfolio at risk: principal outstanding on loans more than {@link Settings#parDays()} days late ÷ loans
     * outstanding (2,150 of 21,500 is 10%).
     *
     * @return the ratio, from 0 to 1; undefined with nothing out on loan
     */
    public Ratio portfolioAtRisk() {
        return Ratio.of(item[AT_RISK], item[OUTSTANDING]);
    }

    /**
     * Portfolio at risk by the other convention: the same late principal ÷ the original principal of the loans
     * outstanding.
     *
     * @return the ratio, from 0 to 1; undefined with nothing out on loan
     */
    public Ratio portfolioAtRiskOfOriginalPrincipal() {
        return Ratio.of(item[AT_RISK], item[ORIGINAL]);
    }

    /**
     * Attendance at the last meeting: members present or late ÷ members in the group at that meeting (21 of 23 is
     * 91.30%). A meeting at which no attendance was taken is not recorded, not 0%: it counts in neither.
     *
     * @return the ratio, from 0 to 1; undefined before a meeting with members, or if attendance was not taken
     */
    public Ratio attendance() {
        return Ratio.of(item[PRESENT_LAST], item[EXPECTED_LAST]);
    }

    /**
     * Attendance over the last {@link Settings#attendanceMeetings()} meetings: the members present or late at them ÷
     * the members in the group at them.
     *
     * @return the ratio, from 0 to 1; undefined before a meeting with members
     */
    public Ratio attendanceRecent() {
        return Ratio.of(item[PRESENT_RECENT], item[EXPECTED_RECENT]);
    }

    /**
     * Attendance with representatives at the last meeting, counted apart as DreamSave does (S21): members present,
     * late, or absent but represented (they sent someone with their savings or repayment) ÷ members in the group.
     * {@link #attendance()} counts only those who came.
     *
     * @return the ratio, from {@link #attendance()} to 1; undefined before a meeting with members
     */
    public Ratio attendanceWithRepresentatives() {
        return Ratio.of(Math.addExact(item[PRESENT_LAST], item[REPRESENTED_LAST]), item[EXPECTED_LAST]);
    }

    /**
     * Attendance with representatives over the last {@link Settings#attendanceMeetings()} meetings.
     *
     * @return the ratio, from {@link #attendanceRecent()} to 1; undefined before a meeting with members
     */
    public Ratio attendanceWithRepresentativesRecent() {
        return Ratio.of(Math.addExact(item[PRESENT_RECENT], item[REPRESENTED_RECENT]), item[EXPECTED_RECENT]);
    }

    /**
     * Drop-out as the rules reference counts it (section 9): members who left ÷ the members at the start of the cycle
     * (2 of 25 is 8.00%; 1 of 10 founders is 10.00% even if 2 more joined). {@link #dropOutOfEveryone()} is the other
     * convention.
     *
     * @return the ratio, from 0 (above 1 only if more members left than started); undefined with no member at the start
     */
    public Ratio dropOut() {
        return Ratio.of(item[LEFT], item[AT_START]);
    }

    /**
     * Drop-out counted against everyone who was a member this cycle, at its start or joining since: 1 leaver of 10
     * founders and 2 joiners is 8.33%. The convention of some systems; {@link #dropOut()} is the rules reference's.
     *
     * @return the ratio, from 0 to 1; undefined without members
     */
    public Ratio dropOutOfEveryone() {
        return Ratio.of(item[LEFT], item[AT_START] + item[JOINED]);
    }

    /**
     * Women among the members now whose sex is recorded (20 of 23 is 86.96%). A member whose profile does not say is
     * not counted: with no profile recorded the share is not known, not 0%.
     *
     * @return the ratio, from 0 to 1; undefined when no member's sex is recorded
     */
    public Ratio womenShare() {
        return Ratio.of(item[WOMEN], Math.addExact(item[WOMEN], item[MEN]));
    }

    /**
     * Young members among the members now.
     *
     * @return the ratio, from 0 to 1; undefined without members
     */
    public Ratio youthShare() {
        return Ratio.of(item[YOUTH], item[MEMBERS]);
    }

    /**
     * The social fund's part of the assets (1,200 of 27,200 is 4.41%).
     *
     * @return the ratio, from 0 to 1; undefined without assets
     */
    public Ratio socialFundShareOfAssets() {
        return Ratio.of(item[SOCIAL], assetsMinor());
    }

    /**
     * Loans written off by count: loans written off ÷ loans issued (1 of 40 is 2.50%).
     *
     * @return the ratio, from 0 to 1; undefined without loans
     */
    public Ratio writtenOffByCount() {
        return Ratio.of(item[WRITTEN_OFF], item[LOANS]);
    }

    /**
     * Loans written off by value: principal written off ÷ loans disbursed (300 of 48,000 is 0.625%).
     *
     * @return the ratio, from 0 to 1; undefined without loans
     */
    public Ratio writtenOffByValue() {
        return Ratio.of(item[WRITTEN_OFF_VALUE], item[DISBURSED]);
    }

    /**
     * Members per group (1,300 members in 57 groups is 22.81).
     *
     * @return the ratio; undefined without groups
     */
    public Ratio membersPerGroup() {
        return Ratio.of(item[MEMBERS], item[GROUPS]);
    }

    /**
     * Income-generating activities financed per member (450 for 1,300 members is 34.62%).
     *
     * @return the ratio; undefined without members
     */
    public Ratio incomeGeneratingLoansPerMember() {
        return Ratio.of(item[AGR], item[MEMBERS]);
    }

    /**
     * Growth of savings since an earlier report (the same group's last cycle, or the programme last year):
     * (savings now − savings then) ÷ savings then.
     *
     * @param earlier the earlier indicators, same currency, not null
     * @return the ratio, negative if savings fell; undefined if there were no savings then
     * @throws IllegalArgumentException if the currencies differ
     */
    public Ratio savingsGrowthSince(Indicators earlier) {
        if (!currency.equals(earlier.currency)) {
            throw new IllegalArgumentException("Savings are compared in one currency: " + currency.getCurrencyCode()
                    + " and " + earlier.currency.getCurrencyCode());
        }
        return Ratio.of(BigInteger.valueOf(item[SAVINGS]).subtract(BigInteger.valueOf(earlier.item[SAVINGS])),
                BigInteger.valueOf(earlier.item[SAVINGS]));
    }

    /**
     * Average savings per member: savings ÷ members, rounded half-even to the minor unit (23,000 for 23 members is
     * 1,000).
     *
     * @return the amount, zero without members
     */
    public MonetaryAmount averageSavings() {
        return average(item[SAVINGS], item[MEMBERS]);
    }

    /**
     * Average loan size: loans disbursed ÷ number of loans, rounded half-even to the minor unit.
     *
     * @return the amount, zero without loans
     */
    public MonetaryAmount averageLoan() {
        return average(item[DISBURSED], item[LOANS]);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Indicators i) || !currency.equals(i.currency) || !java.util.Arrays.equals(item, i.item)
                || !savingsDays.equals(i.savingsDays) || !assetsDays.equals(i.assetsDays)
                || !sectors.keySet().equals(i.sectors.keySet())) {
            return false;
        }
        return sectors.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), i.sectors.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(item) * 31 + currency.hashCode();
    }

    /** Every data item by name, then the sectors: for example {@code "Indicators[MAD, groups=1, members=23, ...]"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Indicators[").append(currency.getCurrencyCode());
        for (int i = 0; i < ITEMS.length; i++) {
            sb.append(", ").append(ITEMS[i]).append('=');
            // amounts as money at the currency's scale (1490.00), counts as counts
            sb.append(MONEY_ITEMS.contains(i) ? Amounts.plain(item[i], currency) : String.valueOf(item[i]));
        }
        sb.append(", savingsDays=").append(savingsDays).append(", assetsDays=").append(assetsDays);
        sectors.forEach((k, v) -> sb.append(", sector ").append(org.avec.SafeText.of(k)).append('=').append(v[0])
                .append('/').append(v[1]));
        return sb.append(']').toString();
    }

    private static final BigInteger DAYS_IN_YEAR = BigInteger.valueOf(365);

    /** The data items that are amounts. */
    private static final java.util.Set<Integer> MONEY_ITEMS = java.util.Set.of(SAVINGS, CASH, OUTSTANDING, SOCIAL, CARRIED,
            DISBURSED, WRITTEN_OFF_VALUE, AT_RISK, ORIGINAL);

    private long assetsMinor() {
        return Math.addExact(Math.addExact(Math.addExact(Math.addExact(item[CASH], item[OUTSTANDING]), item[PROPERTY]),
                item[SOCIAL]), item[SOCIAL_LOANS]);
    }

    private long equityMinor() {
        return Math.subtractExact(Math.addExact(Math.addExact(item[CASH], item[OUTSTANDING]), item[PROPERTY]),
                item[LIABILITIES]);
    }

    private long profitMinor() {
        return Math.subtractExact(Math.subtractExact(equityMinor(), item[SAVINGS]), item[CARRIED]);
    }

    private MonetaryAmount average(long total, long count) {
        if (count == 0) {
            return money(0);
        }
        long q = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_EVEN).longValueExact();
        return money(q);
    }

    private MonetaryAmount money(long minor) {
        return Amounts.of(minor, currency);
    }
}

package org.avec;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.avec.internal.Amounts;

/**
 * The rules a group agrees at the start of a cycle and keeps until its share-out.
 *
 * <p>It fixes the group's currency and share value (the price of one share), how many shares a member may
 * buy at one meeting (default 1 to 5), the social-fund contribution every member pays at every meeting
 * (default none), how often the group meets and how many meetings the cycle has (default weekly, 52), the
 * fine schedule (named fines and their amounts), the cash unit (the smallest coin or note the group hands
 * out at share-out; default the currency's minor unit), and the {@linkplain LoanPolicy loan} and
 * {@linkplain ShareOutPolicy share-out} policies, and the places besides the box where the group keeps part of its
 * loan fund (a bank account, a mobile-money wallet: {@link #places()}).
 *
 * <p>It is checked when built: every amount in the group's currency and exact in it, the share value a
 * whole number of cash units, 1 ≤ minimum ≤ maximum shares, and so on. A constitution that contradicts
 * itself is refused with an {@link IllegalArgumentException} that names the setting.
 *
 * <pre>{@code
 * Constitution c = Constitution.builder(Money.of(10, "MAD"))
 *         .socialFund(Money.of(5, "MAD"))
 *         .fine("late", Money.of(2, "MAD"))
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Constitution {

    /** How often the group meets. */
    public enum Frequency {
        /** Every week. */
        WEEKLY,
        /** Every two weeks. */
        FORTNIGHTLY,
        /** Every month. */
        MONTHLY
    }

    /** Where the fines members pay go (standard practice and peer code add them to the loan fund, S5, S16). */
    public enum FineDestination {
        /** Into the loan fund: fines are profit, shared out with the rest of the loan fund. The default. */
        LOAN_FUND,
        /** Into the social fund: fines help members in need and are not shared out with the loan fund. */
        SOCIAL_FUND
    }

    /**
     * What happens to the cash a member {@linkplain Event.SavingsHandedIn hands in} beyond her whole shares (and her
     * social-fund contribution): Agrocenta shows 23 GHS at 5 GHS per share buying 4 shares with 3 GHS left (S5).
     */
    public enum Leftover {
        /** The leftover is handed back to the member at once; it never enters a box. The default. */
        RETURNED,
        /** The leftover goes into the social fund ("welfare", S5). */
        SOCIAL_FUND
    }

    /**
     * The name of the group's box among the places its cash is kept ({@link #places()}): every member's payment goes into
     * it and every payment to a member comes out of it.
     */
    public static final String BOX = "box";

    /** The longest name of a place the cash is kept: 40 characters. */
    public static final int MAX_PLACE_NAME = 40;

    /** The most places besides the box: 8. */
    public static final int MAX_PLACES = 8;

    /** The currency codes that name no money: "no currency" and the testing code. */
    private static final java.util.Set<String> NO_MONEY = java.util.Set.of("XXX", "XTS");

    /**
     * The most meetings a cycle may have: two years of meetings (104 weekly, 52 fortnightly, 24 monthly). A cycle lasts
     * about a year (S1), 8 to 12 months (S5, S14), 9 months (S19); more than two years is a typing error.
     *
     * @param frequency how often the group meets, not null
     * @return the largest number of meetings
     */
    public static int maxMeetings(Frequency frequency) {
        switch (frequency) {
            case WEEKLY:
                return 104;
            case FORTNIGHTLY:
                return 52;
            default:
                return 24;
        }
    }

    private final CurrencyUnit currency;
    private final long shareValue;
    private final int minShares;
    private final int maxShares;
    private final long socialFund;
    private final Frequency frequency;
    private final int meetings;
    private final Map<String, Long> fines;
    private final long cashUnit;
    private final LoanPolicy loans;
    private final ShareOutPolicy shareOut;
    private final FineDestination finesTo;
    private final Leftover leftover;
    private final int socialFundLoanMeetings;
    private final String absenceFine;
    private final boolean representedFined;
    private final java.util.List<String> places;

    private Constitution(Builder b) {
        this.currency = b.shareValue.getCurrency();
        if (NO_MONEY.contains(currency.getCurrencyCode())) {
            throw new SettingException(SettingException.Setting.CURRENCY, "The currency " + currency.getCurrencyCode()
                    + " names no money (no currency, or testing): a group saves in a real currency");
        }
        this.shareValue = amount(b.shareValue, "shareValue");
        this.socialFund = amount(b.socialFund == null ? Money.zero(currency) : b.socialFund, "socialFund");
        this.cashUnit = b.cashUnit == null ? 1 : amount(b.cashUnit, "cashUnit");
        Map<String, Long> f = new TreeMap<>();
        for (Map.Entry<String, MonetaryAmount> e : b.fines.entrySet()) {
            long a = amount(e.getValue(), "fine '" + SafeText.of(e.getKey()) + "'");
            if (a <= 0) {
                throw new SettingException(SettingException.Setting.FINE, e.getKey(), "The fine '"
                        + SafeText.of(e.getKey()) + "' must be more than zero: "
                        + Amounts.format(a, currency));
            }
            f.put(e.getKey(), a);
        }
        this.fines = Collections.unmodifiableMap(new LinkedHashMap<>(f));
        this.minShares = b.minShares;
        this.maxShares = b.maxShares;
        this.frequency = b.frequency;
        this.meetings = b.meetings;
        this.loans = b.loans;
        this.shareOut = b.shareOut;
        this.finesTo = b.finesTo;
        this.leftover = b.leftover;
        this.socialFundLoanMeetings = b.socialFundLoanMeetings;
        this.absenceFine = b.absenceFine;
        this.representedFined = b.representedFined;
        this.places = java.util.List.copyOf(b.places);
        // the number of meetings first: the checks after it depend on it
        if (meetings < 1) {
            throw new SettingException(SettingException.Setting.MEETINGS, "A cycle has at least one meeting, not " + meetings);
        }
        if (meetings > maxMeetings(frequency)) {
            throw new SettingException(SettingException.Setting.MEETINGS, "A cycle has at most " + maxMeetings(frequency) + " "
                    + frequency.name().toLowerCase(java.util.Locale.ROOT) + " meetings (two years), not " + meetings);
        }
        if (socialFundLoanMeetings < 0 || socialFundLoanMeetings >= meetings) {
            throw new SettingException(SettingException.Setting.SOCIAL_FUND_LOANS, "A social-fund loan's term must be 0 (no such loans) up to "
                    + (meetings - 1) + " meetings, not " + socialFundLoanMeetings);
        }
        if (absenceFine != null && !fines.containsKey(absenceFine)) {
            throw new SettingException(SettingException.Setting.ABSENCE_FINE, absenceFine, "The absence fine '"
                    + SafeText.of(absenceFine)
                    + "' is not in the fines' schedule " + SafeText.of(fines.keySet().toString()));
        }

        if (shareValue <= 0) {
            throw new SettingException(SettingException.Setting.SHARE_VALUE, "The share value must be more than zero: " + Amounts.format(shareValue, currency));
        }
        if (cashUnit <= 0) {
            throw new SettingException(SettingException.Setting.CASH_UNIT, "The cash unit must be more than zero: " + Amounts.format(cashUnit, currency));
        }
        if (shareValue % cashUnit != 0) {
            throw new SettingException(SettingException.Setting.CASH_UNIT, "The share value " + Amounts.format(shareValue, currency)
                    + " must be a whole number of cash units of " + Amounts.format(cashUnit, currency));
        }
        if (socialFund < 0) {
            throw new SettingException(SettingException.Setting.SOCIAL_FUND, "The social-fund contribution must not be negative: "
                    + Amounts.format(socialFund, currency));
        }
        if (minShares < 1 || maxShares < minShares) {
            throw new SettingException(SettingException.Setting.SHARES_PER_MEETING, "Shares per meeting must satisfy 1 <= minimum <= maximum, not "
                    + minShares + ".." + maxShares);
        }
        // a small contribution for emergencies (S1): at most ten times what a member may save at one meeting
        long most = shareValue > Long.MAX_VALUE / (10L * maxShares) ? Long.MAX_VALUE : 10L * maxShares * shareValue;
        if (socialFund > most) {
            throw new SettingException(SettingException.Setting.SOCIAL_FUND, "The social-fund contribution " + Amounts.format(socialFund, currency)
                    + " must be at most 10 times what a member may save at one meeting (" + maxShares + " shares of "
                    + Amounts.format(shareValue, currency) + ")");
        }
        if (loans.closingMeetings() >= meetings) {
            throw new SettingException(SettingException.Setting.CLOSING_MEETINGS, "The " + loans.closingMeetings() + " closing meetings without loans leave no meeting to lend in a cycle of "
                    + meetings + " meetings");
        }
    }

    private long amount(MonetaryAmount a, String what) {
        return MinorUnits.inGroupCurrency(currency, a, what);
    }

    /**
     * A constitution with the given share value and every other setting at its default.
     *
     * @param shareValue the price of one share, in the group's currency, more than zero, not null
     * @return the constitution, never null
     * @throws IllegalArgumentException if the share value is not positive or finer than the minor unit
     */
    public static Constitution of(MonetaryAmount shareValue) {
        return builder(shareValue).build();
    }

    /**
     * A builder with the given share value (which fixes the group's currency) and defaults for the rest.
     *
     * @param shareValue the price of one share, more than zero, not null
     * @return a new builder, never null
     */
    public static Builder builder(MonetaryAmount shareValue) {
        return new Builder(Objects.requireNonNull(shareValue, "shareValue"));
    }

    /**
     * A builder starting from this constitution, for example to agree the next cycle's rules.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder(shareValue());
        b.minShares = minShares;
        b.maxShares = maxShares;
        b.socialFund = socialFund();
        b.frequency = frequency;
        b.meetings = meetings;
        b.cashUnit = cashUnit();
        fines.forEach((k, v) -> b.fines.put(k, Amounts.of(v, currency)));
        b.loans = loans;
        b.shareOut = shareOut;
        b.finesTo = finesTo;
        b.leftover = leftover;
        b.socialFundLoanMeetings = socialFundLoanMeetings;
        b.absenceFine = absenceFine;
        b.representedFined = representedFined;
        b.places.addAll(places);
        return b;
    }

    /**
     * An amount in the group's currency, read exactly from its decimal text; a convenience for people
     * typing amounts, for example {@code c.amount("12.50")}.
     *
     * @param decimal the amount in major units, for example {@code "12.50"}, not null
     * @return the amount, never null
     * @throws NumberFormatException if the text is not a decimal number
     * @throws IllegalArgumentException if it is finer than the currency's minor unit
     */
    public MonetaryAmount amount(String decimal) {
        Objects.requireNonNull(decimal, "decimal");
        return Amounts.of(Amounts.minor(Money.of(new BigDecimal(decimal.trim()), currency), "amount"), currency);
    }

    /**
     * The group's one currency.
     *
     * @return the currency, never null
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * The price of one share.
     *
     * @return the share value, never null
     */
    public MonetaryAmount shareValue() {
        return Amounts.of(shareValue, currency);
    }

    /**
     * The fewest shares a member buys in one purchase at a meeting.
     *
     * @return at least 1
     */
    public int minSharesPerMeeting() {
        return minShares;
    }

    /**
     * The most shares a member buys at one meeting.
     *
     * @return at least the minimum
     */
    public int maxSharesPerMeeting() {
        return maxShares;
    }

    /**
     * The social-fund contribution every member pays at every meeting.
     *
     * @return the contribution, zero if none, never null
     */
    public MonetaryAmount socialFund() {
        return Amounts.of(socialFund, currency);
    }

    /**
     * How often the group meets.
     *
     * @return the frequency, never null
     */
    public Frequency frequency() {
        return frequency;
    }

    /**
     * The number of meetings in the cycle; the share-out happens at the last.
     *
     * @return at least 1
     */
    public int meetings() {
        return meetings;
    }

    /**
     * The fine schedule: each named fine and its amount, in name order.
     *
     * @return an unmodifiable map, never null
     */
    public Map<String, MonetaryAmount> fines() {
        Map<String, MonetaryAmount> m = new LinkedHashMap<>();
        fines.forEach((k, v) -> m.put(k, Amounts.of(v, currency)));
        return Collections.unmodifiableMap(m);
    }

    /**
     * The smallest coin or note the group hands out; payouts at share-out are whole numbers of it.
     *
     * @return the cash unit, never null
     */
    public MonetaryAmount cashUnit() {
        return Amounts.of(cashUnit, currency);
    }

    /**
     * The loan rules.
     *
     * @return the loan policy, never null
     */
    public LoanPolicy loans() {
        return loans;
    }

    /**
     * The share-out rules.
     *
     * @return the share-out policy, never null
     */
    public ShareOutPolicy shareOut() {
        return shareOut;
    }

    /**
     * Where the fines members pay go.
     *
     * @return the destination, never null; {@link FineDestination#LOAN_FUND} by default
     */
    public FineDestination finesTo() {
        return finesTo;
    }

    /**
     * What happens to cash handed in beyond whole shares.
     *
     * @return the rule, never null; {@link Leftover#RETURNED} by default
     */
    public Leftover leftover() {
        return leftover;
    }

    /**
     * The term of a short, interest-free loan from the social fund, in meetings ("the social fund may be lent
     * interest-free for two weeks in an emergency", S7); 0 if the group does not lend its social fund (the default).
     *
     * @return the number of meetings, 0 or more
     */
    public int socialFundLoanMeetings() {
        return socialFundLoanMeetings;
    }

    // ---- minor units for the engine
    long shareValueMinor() {
        return shareValue;
    }

    long socialFundMinor() {
        return socialFund;
    }

    long cashUnitMinor() {
        return cashUnit;
    }

    /**
     * The fine in the schedule that is charged for absence, if the constitution names one: it is charged only to a
     * member marked absent at the meeting (or represented, if {@link #representedFined()}).
     *
     * @return the fine's name, or empty
     */
    public java.util.Optional<String> absenceFine() {
        return java.util.Optional.ofNullable(absenceFine);
    }

    /**
     * Whether a member who sends a representative is fined for absence: the group's own rule (S21). False by default.
     *
     * @return true if she is
     */
    public boolean representedFined() {
        return representedFined;
    }

    /**
     * The places besides the box where the group keeps part of its loan fund, in the order the constitution names them:
     * a bank account, a mobile-money wallet (rules reference §12; Ledger Link's cash "saved at the bank", S23; Chomoka's
     * bank linkage, S22). Members pay into the box and are paid from it; cash is moved between the box and these places
     * by the group's decision, and moving it changes no fund's total. The social fund stays in the box.
     *
     * @return the names, not including {@link #BOX}; empty if the group keeps all its cash in the box (the default)
     */
    public java.util.List<String> places() {
        return places;
    }

    /** Where a place is: 0 for the box, 1.. for the places in {@link #places()} order, -1 if the constitution has none of that name. */
    int placeIndex(String name) {
        if (BOX.equals(name)) {
            return 0;
        }
        int i = places.indexOf(name);
        return i < 0 ? -1 : i + 1;
    }

    Long fineMinor(String name) {
        return fines.get(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Constitution c && currency.equals(c.currency) && shareValue == c.shareValue
                && minShares == c.minShares && maxShares == c.maxShares && socialFund == c.socialFund
                && frequency == c.frequency && meetings == c.meetings && fines.equals(c.fines)
                && cashUnit == c.cashUnit && loans.equals(c.loans) && shareOut.equals(c.shareOut)
                && finesTo == c.finesTo && leftover == c.leftover && socialFundLoanMeetings == c.socialFundLoanMeetings
                && Objects.equals(absenceFine, c.absenceFine) && representedFined == c.representedFined
                && places.equals(c.places);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, shareValue, minShares, maxShares, socialFund, frequency, meetings, fines,
                cashUnit, loans, shareOut, finesTo, leftover, socialFundLoanMeetings, absenceFine, representedFined, places);
    }

    /** Describes the constitution over a few lines, in the group's words. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("Constitution: share ").append(Amounts.format(shareValue, currency)).append(", ")
                .append(minShares).append('-').append(maxShares).append(" shares per meeting, social fund ")
                .append(Amounts.format(socialFund, currency)).append(" per meeting, ").append(meetings).append(' ')
                .append(frequency.name().toLowerCase(java.util.Locale.ROOT)).append(" meetings, cash unit ")
                .append(Amounts.format(cashUnit, currency));
        if (!fines.isEmpty()) {
            sb.append("\n  fines:");
            fines.forEach((k, v) -> sb.append(' ').append(SafeText.of(k)).append(' ').append(Amounts.format(v, currency)).append(';'));
        }
        sb.append("\n  fines to ").append(finesTo).append(", leftover of cash handed in ").append(leftover)
                .append(socialFundLoanMeetings == 0 ? ", no social-fund loans"
                        : ", social-fund loans interest-free for " + socialFundLoanMeetings + " meetings")
                .append(absenceFine == null ? "" : ", absence fine '" + SafeText.of(absenceFine) + "'"
                        + (representedFined ? " (represented members too)" : " (not for represented members)"));
        if (!places.isEmpty()) {
            sb.append("\n  cash kept in the box and at: ");
            for (int i = 0; i < places.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(SafeText.of(places.get(i)));
            }
        }
        return sb.append("\n  ").append(loans).append("\n  ").append(shareOut).toString();
    }

    /** Builds a {@link Constitution}; every setting but the share value starts at its default. Not thread-safe. */
    public static final class Builder {
        private final MonetaryAmount shareValue;
        private int minShares = 1;
        private int maxShares = 5;
        private MonetaryAmount socialFund;
        private Frequency frequency = Frequency.WEEKLY;
        private int meetings = 52;
        private final Map<String, MonetaryAmount> fines = new TreeMap<>();
        private MonetaryAmount cashUnit;
        private LoanPolicy loans = LoanPolicy.defaults();
        private ShareOutPolicy shareOut = ShareOutPolicy.defaults();
        private FineDestination finesTo = FineDestination.LOAN_FUND;
        private Leftover leftover = Leftover.RETURNED;
        private int socialFundLoanMeetings;
        private String absenceFine;
        private boolean representedFined;
        private final java.util.List<String> places = new java.util.ArrayList<>();

        private Builder(MonetaryAmount shareValue) {
            this.shareValue = shareValue;
        }

        /**
         * Sets how many shares a member may buy at one meeting.
         *
         * @param min the fewest in one purchase, at least 1
         * @param max the most at one meeting, at least {@code min}
         * @return this builder
         */
        public Builder sharesPerMeeting(int min, int max) {
            this.minShares = min;
            this.maxShares = max;
            return this;
        }

        /**
         * Sets the social-fund contribution paid by every member at every meeting.
         *
         * @param contribution zero or more, in the group's currency, not null
         * @return this builder
         */
        public Builder socialFund(MonetaryAmount contribution) {
            this.socialFund = Objects.requireNonNull(contribution, "socialFund");
            return this;
        }

        /**
         * Sets how often the group meets and how many meetings the cycle has.
         *
         * @param frequency not null
         * @param meetings at least 1
         * @return this builder
         */
        public Builder meetings(Frequency frequency, int meetings) {
            this.frequency = Objects.requireNonNull(frequency, "frequency");
            this.meetings = meetings;
            return this;
        }

        /**
         * Adds a named fine to the schedule. Each fine is named once: a second fine of the same name is refused rather
         * than silently replacing the first; to change a fine, remove it first with {@link #withoutFine(String)}.
         *
         * @param name the fine's name, for example "late", not blank, not null
         * @param amount more than zero, in the group's currency, not null
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or already in the schedule
         */
        public Builder fine(String name, MonetaryAmount amount) {
            Objects.requireNonNull(name, "name");
            if (org.avec.internal.Compat.isBlank(name)) {
                throw new SettingException(SettingException.Setting.FINE, "A fine needs a name");
            }
            if (fines.containsKey(name)) {
                throw new SettingException(SettingException.Setting.FINE, name, "The fine '" + SafeText.of(name) + "' is already in the schedule ("
                        + Amounts.format(fines.get(name)) + "); each fine is named once");
            }
            fines.put(name, Objects.requireNonNull(amount, "amount"));
            return this;
        }

        /**
         * Names a place besides the box where the group keeps part of its loan fund: a bank account or a mobile-money
         * wallet, for example "bank" or "wallet". Each place is named once.
         *
         * @param name the place's name: not blank, not {@link #BOX}, at most {@link #MAX_PLACE_NAME} characters, no
         *     control characters, not null
         * @return this builder
         * @throws SettingException ({@link SettingException.Setting#PLACES}) if the name is not allowed, already given,
         *     or one place too many ({@link #MAX_PLACES})
         */
        public Builder place(String name) {
            Objects.requireNonNull(name, "name");
            String why = org.avec.internal.Compat.isBlank(name) ? "a place needs a name"
                    : BOX.equalsIgnoreCase(name.trim()) ? "'box' is the group's box, always there; name the other places"
                    : name.length() > MAX_PLACE_NAME ? "a place's name has at most " + MAX_PLACE_NAME + " characters"
                    : !name.equals(name.trim()) ? "a place's name has no spaces at its ends"
                    : name.chars().anyMatch(ch -> Character.isISOControl(ch) || ch == ',') ? "a place's name has no"
                            + " control characters or commas"
                    : places.stream().anyMatch(p -> p.equalsIgnoreCase(name)) ? "the place is already named"
                    : places.size() >= MAX_PLACES ? "at most " + MAX_PLACES + " places besides the box" : null;
            if (why != null) {
                throw new SettingException(SettingException.Setting.PLACES, "The place '" + SafeText.of(name) + "': "
                        + why);
            }
            places.add(name);
            return this;
        }

        /**
         * Removes a named fine from the schedule, if it is there.
         *
         * @param name the fine's name, not null
         * @return this builder
         */
        public Builder withoutFine(String name) {
            fines.remove(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Sets the smallest coin or note the group hands out at share-out.
         *
         * @param cashUnit more than zero, in the group's currency, not null
         * @return this builder
         */
        public Builder cashUnit(MonetaryAmount cashUnit) {
            this.cashUnit = Objects.requireNonNull(cashUnit, "cashUnit");
            return this;
        }

        /**
         * Sets the loan policy.
         *
         * @param loans not null
         * @return this builder
         */
        public Builder loans(LoanPolicy loans) {
            this.loans = Objects.requireNonNull(loans, "loans");
            return this;
        }

        /**
         * Sets the share-out policy.
         *
         * @param shareOut not null
         * @return this builder
         */
        public Builder shareOut(ShareOutPolicy shareOut) {
            this.shareOut = Objects.requireNonNull(shareOut, "shareOut");
            return this;
        }

        /**
         * Sets where the fines members pay go.
         *
         * @param destination not null
         * @return this builder
         */
        public Builder finesTo(FineDestination destination) {
            this.finesTo = Objects.requireNonNull(destination, "finesTo");
            return this;
        }

        /**
         * Sets what happens to cash handed in beyond whole shares.
         *
         * @param leftover not null
         * @return this builder
         */
        public Builder leftover(Leftover leftover) {
            this.leftover = Objects.requireNonNull(leftover, "leftover");
            return this;
        }

        /**
         * Lets the group lend its social fund interest-free for a few meetings, or not (0).
         *
         * @param meetings the term in meetings, 0 (no such loans) to one less than the cycle's meetings
         * @return this builder
         */
        public Builder socialFundLoans(int meetings) {
            this.socialFundLoanMeetings = meetings;
            return this;
        }

        /**
         * Names the fine of the schedule that is charged for absence, and whether a member who sends a representative
         * with her savings or repayment is fined too. The absence fine is then refused for a member whose attendance
         * at the meeting was not taken as absent (or represented, if {@code representedFined}).
         *
         * @param fine the name of a fine in the schedule, not null
         * @param representedFined whether represented members are fined for absence
         * @return this builder
         */
        public Builder absenceFine(String fine, boolean representedFined) {
            this.absenceFine = Objects.requireNonNull(fine, "fine");
            this.representedFined = representedFined;
            return this;
        }

        /**
         * Builds and checks the constitution.
         *
         * @return the constitution, never null
         * @throws SettingException (an {@code IllegalArgumentException}) naming the setting, if the rules contradict
         *     each other or an amount is negative or finer than the minor unit
         * @throws RuleViolationException ({@link Rule#GROUP_CURRENCY}) if an amount is in another currency than the
         *     share value
         */
        public Constitution build() {
            return new Constitution(this);
        }
    }
}

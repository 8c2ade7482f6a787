package org.avec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The constitution's rules for lending the loan fund back to members.
 *
 * <p>Defaults, from the AVEC methodology (sources S1, S6, S7, S8, S17 listed in the project's
 * {@code docs/sources.md}): a loan is at most 3× the borrower's
 * savings; a member holds one loan at a time; the service charge is 10% per charging period of 4
 * meetings, flat on the principal; the longest term is 3 charging periods; no new loans in the last 4
 * meetings; charges are rounded half-up to the minor unit; no late penalty; a written-off loan is a loss
 * of the loan fund.
 *
 * <p><b>When charges fall due.</b> A loan issued at meeting {@code i} is charged at meetings
 * {@code i + p}, {@code i + 2p}, ... where {@code p} is the charging period, for as long as principal is
 * outstanding (a loan repaid early is not charged again). With {@link FirstCharge#AT_ISSUE} the first period's
 * charge is due at {@code i} instead of {@code i + p}, so even a loan repaid at the next meeting pays it. With {@link ChargingMethod#UP_FRONT} the whole
 * charge for the term is due at issue instead, and with {@link ChargingMethod#DEDUCTED_AT_ISSUE} it is paid at
 * issue, kept back from the cash handed over. A loan still outstanding after its due meeting is charged
 * a late penalty (penalty rate × principal outstanding) at the first meeting after it fell due and every
 * charging period after that. Charges and penalties are income of the loan fund only when paid.
 *
 * <p><b>No service charge.</b> A group that charges nothing (Sharia-compliant groups, S2) sets the rate to zero:
 * its loans are repaid as lent, and its share-out returns the savings plus fines and carried capital.
 *
 * <p><b>Charge first.</b> A repayment pays the service charges due first, then late penalties, then principal
 * (paying 250 when 60 of charge is due pays the 60 and 190 of principal).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LoanPolicy {

    /** How the service charge on a loan is worked out. */
    public enum ChargingMethod {
        /** The rate on the original principal, at each charging meeting while the loan is outstanding. */
        FLAT,
        /** The rate on the principal still outstanding at each charging meeting. */
        DECLINING_BALANCE,
        /**
         * "Up-front added": the rate on the principal times the number of charging periods of the term, all added to
         * the debt when the loan is issued; the borrower repays it with the principal (VSL Associates' current
         * default, S2). A loan of 1,000 at 10% for 3 periods: the debt is 1,300 at issue.
         */
        UP_FRONT,
        /**
         * "Up-front deducted": the same charge as {@link #UP_FRONT}, paid at issue by keeping it back from the cash
         * handed over; the borrower receives the principal minus the charge and owes the principal (S7: "which they
         * start by paying as they are given their loan"). A loan of 1,000 at 10% for 3 periods: she receives 700 and
         * repays 1,000. The charge is income of the loan fund at once, since it is paid at once.
         */
        DEDUCTED_AT_ISSUE;

        /** Whether the whole charge for the term is worked out when the loan is issued. */
        boolean atIssue() {
            return this == UP_FRONT || this == DEDUCTED_AT_ISSUE;
        }
    }

    /**
     * When the charge for a loan's first charging period falls due, for the methods that charge period by period
     * ({@link ChargingMethod#FLAT} and {@link ChargingMethod#DECLINING_BALANCE}; the up-front methods fix the whole
     * term's charge at issue anyway).
     */
    public enum FirstCharge {
        /**
         * At the end of the first period, like every other period: a loan repaid before then pays no service charge
         * (a loan issued at meeting 1 and repaid at meeting 2, with a period of 4 meetings, costs nothing). The default.
         */
        END_OF_PERIOD,
        /**
         * At issue, whatever happens: the first period's charge is owed from the day the loan is made, so a loan
         * repaid at the next meeting still pays it; later periods fall due at their end as usual.
         */
        AT_ISSUE
    }

    /** Whether charges are rounded to the currency's minor unit or to the group's cash unit. */
    public enum ChargeRoundingUnit {
        /** Round each charge to the minor unit (for example 0.01 MAD). */
        MINOR_UNIT,
        /** Round each charge to the smallest coin or note the group uses (the constitution's cash unit). */
        CASH_UNIT
    }

    /** What happens to the principal of a loan that the group writes off (for example on a member's death). */
    public enum WriteOffCover {
        /** The loan fund bears the loss: the principal is gone and every member's share is worth a little less. */
        LOAN_FUND_LOSS,
        /** The social fund pays the loan fund as much of the principal as it holds; the rest is a loss of the loan fund. */
        SOCIAL_FUND
    }

    /**
     * The largest rate per charging period, for the service charge and for the late penalty: 100%. Groups charge 5% or
     * 10% a month (S17), at most 10% (S8); a higher rate is a typing error (1000 for 10%), refused when built.
     */
    public static final BigDecimal MAX_RATE = BigDecimal.ONE;

    /**
     * The largest loan cap, as a multiple of the borrower's savings: 10. Groups lend up to 3 times a member's savings,
     * 5 times with an outside loan (S6, S7, S8).
     */
    public static final BigDecimal MAX_MULTIPLE_OF_SAVINGS = BigDecimal.TEN;

    // after the bounds: building the defaults reads them
    private static final LoanPolicy DEFAULTS = builder().build();

    private final BigDecimal maxMultipleOfSavings;
    /** The cap while the group owes on a loan to the group; null: the same as {@link #maxMultipleOfSavings}. */
    private final BigDecimal withGroupLoan;
    private final int maxLoansAtOnce;
    private final int chargingPeriod;
    private final BigDecimal rate;
    /** The rates, read once for the engine's arithmetic. */
    final MinorUnits.Rate serviceRate;
    final MinorUnits.Rate penaltyRate;
    final MinorUnits.Rate capMultiple;
    /** The cap while the group owes on a loan to the group, read once (the same as {@link #capMultiple} if not set). */
    final MinorUnits.Rate capMultipleWithGroupLoan;
    private final ChargingMethod method;
    private final int maxTermPeriods;
    private final int closingMeetings;
    private final RoundingMode roundingMode;
    private final ChargeRoundingUnit roundingUnit;
    private final BigDecimal latePenaltyRate;
    private final WriteOffCover writeOffCover;
    private final FirstCharge firstCharge;

    /**
     * The most decimal places a rate or a multiple may have: 18 (a rate of 0.000000000000000001). A finer one is a typing
     * error, and one with a huge exponent ({@code 1E-999999999}) could make a charge or a cap impossible to work out.
     */
    public static final int MAX_DECIMALS = 18;

    private LoanPolicy(Builder b) {
        requireDecimals(b.maxMultipleOfSavings, SettingException.Setting.LOAN_CAP, "maxMultipleOfSavings");
        requireDecimals(b.rate, SettingException.Setting.SERVICE_CHARGE, "The service-charge rate");
        requireDecimals(b.latePenaltyRate, SettingException.Setting.LATE_PENALTY, "The late penalty rate");
        if (b.maxMultipleOfSavings.signum() <= 0) {
            throw new SettingException(SettingException.Setting.LOAN_CAP, "maxMultipleOfSavings must be more than zero: "
                    + b.maxMultipleOfSavings);
        }
        if (b.maxMultipleOfSavings.compareTo(MAX_MULTIPLE_OF_SAVINGS) > 0) {
            throw new SettingException(SettingException.Setting.LOAN_CAP, "maxMultipleOfSavings must be at most " + MAX_MULTIPLE_OF_SAVINGS
                    + " (groups lend up to 3 or 5 times savings), not " + shortly(b.maxMultipleOfSavings));
        }
        if (b.withGroupLoan != null) {
            requireDecimals(b.withGroupLoan, SettingException.Setting.LOAN_CAP, "maxMultipleOfSavingsWithGroupLoan");
            if (b.withGroupLoan.signum() <= 0 || b.withGroupLoan.compareTo(MAX_MULTIPLE_OF_SAVINGS) > 0) {
                throw new SettingException(SettingException.Setting.LOAN_CAP, "maxMultipleOfSavingsWithGroupLoan must be"
                        + " more than zero and at most " + MAX_MULTIPLE_OF_SAVINGS + " (the template's 5), not "
                        + shortly(b.withGroupLoan));
            }
        }
        if (b.rate.compareTo(MAX_RATE) > 0) {
            throw new SettingException(SettingException.Setting.SERVICE_CHARGE, "The service-charge rate must be at most 1 (100% per charging period), not "
                    + shortly(b.rate));
        }
        if (b.latePenaltyRate.compareTo(MAX_RATE) > 0) {
            throw new SettingException(SettingException.Setting.LATE_PENALTY, "The late penalty rate must be at most 1 (100% per charging period), not "
                    + shortly(b.latePenaltyRate));
        }
        if (b.maxLoansAtOnce < 1) {
            throw new SettingException(SettingException.Setting.LOANS_AT_ONCE, "maxLoansAtOnce must be at least 1: " + b.maxLoansAtOnce);
        }
        if (b.chargingPeriod < 1) {
            throw new SettingException(SettingException.Setting.SERVICE_CHARGE, "chargingPeriod must be at least 1 meeting: " + b.chargingPeriod);
        }
        if (b.rate.signum() < 0) {
            throw new SettingException(SettingException.Setting.SERVICE_CHARGE, "The service-charge rate must not be negative: " + b.rate);
        }
        if (b.maxTermPeriods < 1) {
            throw new SettingException(SettingException.Setting.LOAN_TERM, "maxTermPeriods must be at least 1: " + b.maxTermPeriods);
        }
        if (b.closingMeetings < 0) {
            throw new SettingException(SettingException.Setting.CLOSING_MEETINGS, "closingMeetings must not be negative: " + b.closingMeetings);
        }
        if (b.roundingMode == RoundingMode.UNNECESSARY) {
            throw new SettingException(SettingException.Setting.CHARGE_ROUNDING, "A charge can fall between two units: choose a rounding mode other than UNNECESSARY");
        }
        if (b.latePenaltyRate.signum() < 0) {
            throw new SettingException(SettingException.Setting.LATE_PENALTY, "The late penalty rate must not be negative: " + b.latePenaltyRate);
        }
        this.maxMultipleOfSavings = b.maxMultipleOfSavings;
        this.maxLoansAtOnce = b.maxLoansAtOnce;
        this.chargingPeriod = b.chargingPeriod;
        this.rate = b.rate;
        this.serviceRate = new MinorUnits.Rate(b.rate);
        this.penaltyRate = new MinorUnits.Rate(b.latePenaltyRate);
        this.capMultiple = new MinorUnits.Rate(b.maxMultipleOfSavings);
        this.withGroupLoan = b.withGroupLoan;
        this.capMultipleWithGroupLoan = b.withGroupLoan == null ? capMultiple : new MinorUnits.Rate(b.withGroupLoan);
        this.method = b.method;
        this.maxTermPeriods = b.maxTermPeriods;
        this.closingMeetings = b.closingMeetings;
        this.roundingMode = b.roundingMode;
        this.roundingUnit = b.roundingUnit;
        this.latePenaltyRate = b.latePenaltyRate;
        this.writeOffCover = b.writeOffCover;
        this.firstCharge = b.firstCharge;
    }

    /** A rate or multiple as typed, cut short if it is huge (1E+400 is not written out in 400 digits). */
    private static String shortly(BigDecimal v) {
        String s = v.toString();
        return s.length() <= 24 ? s : s.substring(0, 12) + "... (" + s.length() + " characters)";
    }

    /** A rate or multiple with at most {@link #MAX_DECIMALS} decimal places (trailing zeros do not count). */
    static void requireDecimals(BigDecimal v, SettingException.Setting setting, String name) {
        if (v.signum() != 0 && v.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new SettingException(setting, name + " has at most " + MAX_DECIMALS + " decimal places, not "
                    + shortly(v));
        }
    }


    /**
     * The methodology's default loan rules (see the class description).
     *
     * @return the defaults, never null
     */
    public static LoanPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this policy.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxMultipleOfSavings = maxMultipleOfSavings;
        b.withGroupLoan = withGroupLoan;
        b.maxLoansAtOnce = maxLoansAtOnce;
        b.chargingPeriod = chargingPeriod;
        b.rate = rate;
        b.method = method;
        b.maxTermPeriods = maxTermPeriods;
        b.closingMeetings = closingMeetings;
        b.roundingMode = roundingMode;
        b.roundingUnit = roundingUnit;
        b.latePenaltyRate = latePenaltyRate;
        b.writeOffCover = writeOffCover;
        b.firstCharge = firstCharge;
        return b;
    }

    /**
     * The largest loan as a multiple of the borrower's savings: a member's outstanding principal, with the
     * new loan, may not exceed this multiple of the member's savings.
     *
     * @return the multiple, more than zero
     */
    public BigDecimal maxMultipleOfSavings() {
        return maxMultipleOfSavings;
    }

    /**
     * The loan cap while the group itself owes on a loan from a bank, an MFI or a programme: "while the group has an
     * outside loan, a member may borrow up to 5 times her savings" (the constitution template, S6). Without this
     * setting the usual cap ({@link #maxMultipleOfSavings()}) holds throughout.
     *
     * @return the multiple, more than zero; empty if the usual cap holds
     */
    public java.util.Optional<BigDecimal> maxMultipleOfSavingsWithGroupLoan() {
        return java.util.Optional.ofNullable(withGroupLoan);
    }

    /**
     * How many loans a member may hold at once.
     *
     * @return at least 1
     */
    public int maxLoansAtOnce() {
        return maxLoansAtOnce;
    }

    /**
     * The number of meetings in one charging period (4 for weekly meetings and a monthly charge).
     *
     * @return at least 1
     */
    public int chargingPeriod() {
        return chargingPeriod;
    }

    /**
     * The service-charge rate per charging period, as a fraction (0.10 is 10%).
     *
     * @return the rate, never negative
     */
    public BigDecimal rate() {
        return rate;
    }

    /**
     * How the service charge is worked out.
     *
     * @return the method, never null
     */
    public ChargingMethod method() {
        return method;
    }

    /**
     * The longest term of a loan, in charging periods.
     *
     * @return at least 1
     */
    public int maxTermPeriods() {
        return maxTermPeriods;
    }

    /**
     * The number of closing meetings of the cycle in which no new loan is issued.
     *
     * @return zero or more
     */
    public int closingMeetings() {
        return closingMeetings;
    }

    /**
     * How a charge that falls between two units is rounded.
     *
     * @return the rounding mode, never {@code UNNECESSARY}
     */
    public RoundingMode roundingMode() {
        return roundingMode;
    }

    /**
     * The unit a charge is rounded to.
     *
     * @return the unit, never null
     */
    public ChargeRoundingUnit roundingUnit() {
        return roundingUnit;
    }

    /**
     * The late penalty per charging period overdue, as a fraction of the principal outstanding.
     *
     * @return the rate, zero for no penalty
     */
    public BigDecimal latePenaltyRate() {
        return latePenaltyRate;
    }

    /**
     * Who bears a written-off loan.
     *
     * @return the cover, never null
     */
    public WriteOffCover writeOffCover() {
        return writeOffCover;
    }

    /**
     * When the first period's service charge falls due: at the end of the period (the default) or at issue.
     *
     * @return the rule, never null
     */
    public FirstCharge firstCharge() {
        return firstCharge;
    }

    /**
     * Whether the charge for the first period is owed at issue: the method charges period by period and the group
     * charges the first period whatever happens.
     */
    boolean firstPeriodAtIssue() {
        return firstCharge == FirstCharge.AT_ISSUE && !method.atIssue();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoanPolicy p && maxMultipleOfSavings.compareTo(p.maxMultipleOfSavings) == 0
                && (withGroupLoan == null ? p.withGroupLoan == null
                        : p.withGroupLoan != null && withGroupLoan.compareTo(p.withGroupLoan) == 0)
                && maxLoansAtOnce == p.maxLoansAtOnce && chargingPeriod == p.chargingPeriod
                && rate.compareTo(p.rate) == 0 && method == p.method && maxTermPeriods == p.maxTermPeriods
                && closingMeetings == p.closingMeetings && roundingMode == p.roundingMode
                && roundingUnit == p.roundingUnit && latePenaltyRate.compareTo(p.latePenaltyRate) == 0
                && writeOffCover == p.writeOffCover && firstCharge == p.firstCharge;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxMultipleOfSavings.stripTrailingZeros(), maxLoansAtOnce, chargingPeriod,
                rate.stripTrailingZeros(), method, maxTermPeriods, closingMeetings, roundingMode, roundingUnit,
                latePenaltyRate.stripTrailingZeros(), writeOffCover, firstCharge,
                withGroupLoan == null ? null : withGroupLoan.stripTrailingZeros());
    }

    /** Describes the policy in one line, for example {@code "loans: 10% FLAT per 4 meetings, ..."}. */
    @Override
    public String toString() {
        return "loans: " + (rate.signum() == 0 ? "no service charge"
                : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "% " + method + " per " + chargingPeriod
                        + " meetings") + ", up to " + maxMultipleOfSavings.stripTrailingZeros().toPlainString()
                + "x savings" + (withGroupLoan == null ? ""
                        : " (" + withGroupLoan.stripTrailingZeros().toPlainString() + "x while the group owes a loan)")
                + ", " + maxLoansAtOnce + " at once, term up to " + maxTermPeriods
                + " periods, none in the last " + closingMeetings + " meetings, rounded " + roundingMode + " to the "
                + roundingUnit + ", late penalty "
                + latePenaltyRate.movePointRight(2).stripTrailingZeros().toPlainString() + "%, write-off: "
                + writeOffCover + (firstCharge == FirstCharge.AT_ISSUE ? ", first period charged at issue" : "");
    }

    /** Builds a {@link LoanPolicy}; every setting starts at its default. Not thread-safe. */
    public static final class Builder {
        private BigDecimal maxMultipleOfSavings = BigDecimal.valueOf(3);
        private BigDecimal withGroupLoan;
        private int maxLoansAtOnce = 1;
        private int chargingPeriod = 4;
        private BigDecimal rate = new BigDecimal("0.10");
        private ChargingMethod method = ChargingMethod.FLAT;
        private int maxTermPeriods = 3;
        private int closingMeetings = 4;
        private RoundingMode roundingMode = RoundingMode.HALF_UP;
        private ChargeRoundingUnit roundingUnit = ChargeRoundingUnit.MINOR_UNIT;
        private BigDecimal latePenaltyRate = BigDecimal.ZERO;
        private WriteOffCover writeOffCover = WriteOffCover.LOAN_FUND_LOSS;
        private FirstCharge firstCharge = FirstCharge.END_OF_PERIOD;

        private Builder() {}

        /**
         * Sets the largest loan as a multiple of the borrower's savings.
         *
         * @param multiple more than zero, not null
         * @return this builder
         */
        public Builder maxMultipleOfSavings(BigDecimal multiple) {
            this.maxMultipleOfSavings = Objects.requireNonNull(multiple, "maxMultipleOfSavings");
            return this;
        }

        /**
         * Sets the loan cap while the group owes on a loan to the group (the template's 5 × savings, S6).
         *
         * @param multiple more than zero, at most {@link #MAX_MULTIPLE_OF_SAVINGS}; null for the usual cap throughout
         * @return this builder
         */
        public Builder maxMultipleOfSavingsWithGroupLoan(BigDecimal multiple) {
            this.withGroupLoan = multiple;
            return this;
        }

        /**
         * Sets how many loans a member may hold at once.
         *
         * @param count at least 1
         * @return this builder
         */
        public Builder maxLoansAtOnce(int count) {
            this.maxLoansAtOnce = count;
            return this;
        }

        /**
         * Sets the service charge: its rate per charging period, the period in meetings and the method.
         *
         * @param rate the rate as a fraction (0.10 for 10%), not negative, not null
         * @param periodMeetings meetings per charging period, at least 1
         * @param method the charging method, not null
         * @return this builder
         */
        public Builder serviceCharge(BigDecimal rate, int periodMeetings, ChargingMethod method) {
            this.rate = Objects.requireNonNull(rate, "rate");
            this.chargingPeriod = periodMeetings;
            this.method = Objects.requireNonNull(method, "method");
            return this;
        }

        /**
         * Sets the longest term, in charging periods.
         *
         * @param periods at least 1
         * @return this builder
         */
        public Builder maxTermPeriods(int periods) {
            this.maxTermPeriods = periods;
            return this;
        }

        /**
         * Sets how many closing meetings of the cycle issue no new loans.
         *
         * @param meetings zero or more, fewer than the meetings in the cycle
         * @return this builder
         */
        public Builder closingMeetings(int meetings) {
            this.closingMeetings = meetings;
            return this;
        }

        /**
         * Sets how charges are rounded.
         *
         * @param mode the rounding mode, not {@code UNNECESSARY}, not null
         * @param unit the unit rounded to, not null
         * @return this builder
         */
        public Builder rounding(RoundingMode mode, ChargeRoundingUnit unit) {
            this.roundingMode = Objects.requireNonNull(mode, "mode");
            this.roundingUnit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets the late penalty per charging period overdue, as a fraction of the principal outstanding.
         *
         * @param rate not negative, not null; zero for none
         * @return this builder
         */
        public Builder latePenaltyRate(BigDecimal rate) {
            this.latePenaltyRate = Objects.requireNonNull(rate, "latePenaltyRate");
            return this;
        }

        /**
         * Sets who bears a written-off loan.
         *
         * @param cover not null
         * @return this builder
         */
        public Builder writeOffCover(WriteOffCover cover) {
            this.writeOffCover = Objects.requireNonNull(cover, "writeOffCover");
            return this;
        }

        /**
         * Sets when the first period's service charge falls due.
         *
         * @param rule {@link FirstCharge#END_OF_PERIOD} (the default) or {@link FirstCharge#AT_ISSUE}, not null
         * @return this builder
         */
        public Builder firstCharge(FirstCharge rule) {
            this.firstCharge = Objects.requireNonNull(rule, "firstCharge");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, never null
         * @throws IllegalArgumentException if a setting is out of range
         */
        public LoanPolicy build() {
            return new LoanPolicy(this);
        }
    }
}

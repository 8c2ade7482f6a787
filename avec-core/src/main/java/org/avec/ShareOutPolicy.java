package org.avec;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The constitution's rules for the share-out at the end of the cycle, and for members who leave before it.
 *
 * <p>Defaults: proportional to shares (the AVEC standard, sources S1, S5, S8); share-out refused while a loan is
 * outstanding; each payout rounded down to the cash unit and the whole cash units left handed out one each to the
 * largest remainders ({@link Rounding#LARGEST_REMAINDER}); what is left below one cash unit is carried into the
 * next cycle's loan fund; the social fund is carried over, not shared out (S1); a member who leaves mid-cycle gets
 * back her savings only.
 *
 * <p>The variants are those seen in the field (P. Rippey, "Wacky share-outs", S10; Siak Tontine and Apache
 * Fineract for time weighting, S16): every one of them hands out every minor unit of the loan fund, to members or
 * as the remainder.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShareOutPolicy {

    /**
     * How the loan fund is divided among the members at share-out.
     *
     * <p>Every method shares the <em>distributable</em> cash: the loan fund's cash plus the debts deducted from
     * payouts. All but {@link #PROPORTIONAL} first give each member back her savings and share only what is left
     * (the profit, or the loss if it is negative).
     */
    public enum Method {
        /**
         * "Everything in the box is shared by shares": value per share = distributable cash ÷ total shares, and each
         * member receives her shares × the value per share. The AVEC standard.
         */
        PROPORTIONAL,
        /**
         * "Savings back, and the profit by how long each share was in the box": each member gets her savings back,
         * and the profit (or loss) is shared by share-meetings. A share bought at meeting {@code m} of a cycle whose
         * share-out is at meeting {@code n} counts {@code n − m} share-meetings: the meetings after the purchase up to
         * the share-out, so a share bought at the share-out meeting earns no profit (Siak Tontine's convention, S16).
         * If no share has any share-meetings, the profit is shared by shares.
         */
        TIME_WEIGHTED,
        /**
         * "Savings back, and the profit split equally": each member with at least one share gets her savings back and
         * the same part of the profit (or loss) as every other (the "flat distribution" of S10).
         */
        FLAT_PROFIT,
        /**
         * "Savings back, and the interest you paid back to you": each member gets her savings plus the service
         * charges and late penalties she paid on her loans; what is left (fines, carried capital, less write-offs and
         * other losses) is shared by shares (the "loan-based" share-out of S10).
         */
        LOAN_BASED
    }

    /** What happens at share-out to a loan that is still outstanding. */
    public enum OutstandingLoans {
        /** The share-out is refused until every loan is repaid. */
        REFUSE,
        /**
         * What the member owes is deducted from her payout. If her part does not cover it, her shares are forfeited
         * to the others, she receives nothing and the principal she still owes is a loss all the others bear.
         */
        DEDUCT_FROM_PAYOUT
    }

    /** How the exact parts are turned into cash the treasurer can hand over. */
    public enum Rounding {
        /** Each payout is rounded down to the cash unit; what is left is the remainder. */
        EACH_PAYOUT_DOWN,
        /**
         * The value per share (for the methods that give savings back: the profit per share, per share-meeting or per
         * member) is rounded down to the cash unit first, then each payout is worked out from it and rounded down.
         */
        VALUE_PER_SHARE_DOWN,
        /**
         * Each payout is rounded down to the cash unit, then the whole cash units left are handed out one each to the
         * members with the largest remainders (ties: more shares first, then member order). Less than one cash unit is
         * left over.
         */
        LARGEST_REMAINDER
    }

    /** Where the money that is not paid out (the remainder after rounding) goes. */
    public enum RemainderDestination {
        /** Into the loan fund of the next cycle, as carried capital. */
        NEXT_CYCLE,
        /** Into the social fund. */
        SOCIAL_FUND
    }

    /** What happens to the social fund at share-out. */
    public enum SocialFund {
        /** The social fund is not shared out: it stays a group asset and is carried into the next cycle (S1). */
        CARRIED_OVER,
        /**
         * The social fund is shared out equally among the members still in the group at share-out, each part rounded
         * down to the cash unit; what is left stays in the social fund (S5).
         */
        SHARED_EQUALLY
    }

    /** How a member who leaves during the cycle is settled. */
    public enum LeaverSettlement {
        /** The member's savings are returned, with no part of the profit so far. */
        SAVINGS_ONLY,
        /** The member's shares are valued at the loan fund's worth so far (cash plus loans out, ÷ total shares). */
        SAVINGS_WITH_PROFIT
    }

    /** What happens to the loans of a member who wants to leave during the cycle. */
    public enum LeaverLoans {
        /** She repays every loan before she leaves; leaving is refused while she owes. The default, the safer rule. */
        REFUSE,
        /**
         * What she owes on her loans (charges, penalties and principal) is repaid from her settlement, as a repayment
         * would be, and she is paid the rest (§7: "minus the member's loan balance"); leaving is refused if her
         * settlement does not cover it. A loan from the social fund is always repaid before she leaves.
         */
        NET_FROM_SETTLEMENT
    }

    /**
     * What the share-out does with what the group still owes on a loan to the group (from a bank, an MFI or a
     * programme, rules reference §12, S23): it is never shared out, since it is not the members' money.
     */
    public enum GroupDebt {
        /**
         * The debt is repaid to the lender from the cash at share-out, before anything is divided. The default, the
         * template's rule that the group's debts are settled first (S6).
         */
        REPAID_FIRST,
        /**
         * The debt is carried into the next cycle: the cash to repay it is kept back from what is divided and stays
         * with the group, with the debt.
         */
        CARRIED
    }

    /**
     * The largest leaving penalty: 100% of the settlement. Groups that allow withdrawals keep back "a penalty or
     * interest deduction" (S5); more than the whole settlement is a typing error.
     */
    public static final BigDecimal MAX_LEAVING_PENALTY = BigDecimal.ONE;

    private static final ShareOutPolicy DEFAULTS = builder().build();

    private final Method method;
    private final OutstandingLoans outstandingLoans;
    private final Rounding rounding;
    private final RemainderDestination remainderDestination;
    private final SocialFund socialFund;
    private final LeaverSettlement leaverSettlement;
    private final LeaverLoans leaverLoans;
    private final BigDecimal leavingPenalty;
    private final GroupDebt groupDebt;
    /** The penalty rate, read once for the engine's arithmetic. */
    final MinorUnits.Rate leavingPenaltyRate;

    private ShareOutPolicy(Builder b) {
        LoanPolicy.requireDecimals(b.leavingPenalty, SettingException.Setting.LEAVING_PENALTY, "The leaving penalty");
        if (b.leavingPenalty.signum() < 0 || b.leavingPenalty.compareTo(MAX_LEAVING_PENALTY) > 0) {
            String typed = b.leavingPenalty.toString();
            throw new SettingException(SettingException.Setting.LEAVING_PENALTY, "The leaving penalty must be from 0 to 1 (100% of the settlement), not "
                    + (typed.length() <= 24 ? typed : typed.substring(0, 12) + "... (" + typed.length() + " characters)"));
        }
        this.method = b.method;
        this.outstandingLoans = b.outstandingLoans;
        this.rounding = b.rounding;
        this.remainderDestination = b.remainderDestination;
        this.socialFund = b.socialFund;
        this.leaverSettlement = b.leaverSettlement;
        this.leaverLoans = b.leaverLoans;
        this.leavingPenalty = b.leavingPenalty;
        this.groupDebt = b.groupDebt;
        this.leavingPenaltyRate = new MinorUnits.Rate(b.leavingPenalty);
    }

    /**
     * The default share-out rules (see the class description).
     *
     * @return the defaults, never null
     */
    public static ShareOutPolicy defaults() {
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
        return new Builder().method(method).outstandingLoans(outstandingLoans).rounding(rounding)
                .remainderTo(remainderDestination).socialFund(socialFund).leavers(leaverSettlement)
                .leaverLoans(leaverLoans).leavingPenalty(leavingPenalty).groupDebt(groupDebt);
    }

    /**
     * How the loan fund is divided.
     *
     * @return the method, never null
     */
    public Method method() {
        return method;
    }

    /**
     * What happens to loans outstanding at share-out.
     *
     * @return the rule, never null
     */
    public OutstandingLoans outstandingLoans() {
        return outstandingLoans;
    }

    /**
     * How parts are rounded to the cash unit.
     *
     * @return the rounding, never null
     */
    public Rounding rounding() {
        return rounding;
    }

    /**
     * Whether the whole cash units left after rounding down are handed out by largest remainder.
     *
     * @return true if the rounding is {@link Rounding#LARGEST_REMAINDER}
     * @deprecated use {@link #rounding()}
     */
    @Deprecated(since = "0.3.0", forRemoval = true)
    public boolean distributeRemainder() {
        return rounding == Rounding.LARGEST_REMAINDER;
    }

    /**
     * Where what is not paid out goes.
     *
     * @return the destination, never null
     */
    public RemainderDestination remainderDestination() {
        return remainderDestination;
    }

    /**
     * What happens to the social fund at share-out.
     *
     * @return the rule, never null
     */
    public SocialFund socialFund() {
        return socialFund;
    }

    /**
     * How members who leave mid-cycle are settled.
     *
     * @return the settlement rule, never null
     */
    public LeaverSettlement leaverSettlement() {
        return leaverSettlement;
    }

    /**
     * Whether a member who owes on her loans may leave, her debt repaid from her settlement.
     *
     * @return the rule, never null
     */
    public LeaverLoans leaverLoans() {
        return leaverLoans;
    }

    /**
     * The part of a leaving member's settlement the group keeps as a leaving penalty, as a fraction (0.10 for 10%),
     * rounded down to the cash unit. It is a fine: it goes where fines go. Zero (the default) for none.
     *
     * @return the rate, from 0 to 1, never null
     */
    public BigDecimal leavingPenalty() {
        return leavingPenalty;
    }

    /**
     * What the share-out does with the group's own debt (a loan to the group still owed): repaid first, or carried into
     * the next cycle. Either way the cash that covers it is not divided among the members.
     *
     * @return the rule, never null
     */
    public GroupDebt groupDebt() {
        return groupDebt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShareOutPolicy p && groupDebt == p.groupDebt && method == p.method && outstandingLoans == p.outstandingLoans
                && rounding == p.rounding && remainderDestination == p.remainderDestination
                && socialFund == p.socialFund && leaverSettlement == p.leaverSettlement && leaverLoans == p.leaverLoans
                && leavingPenalty.compareTo(p.leavingPenalty) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, outstandingLoans, rounding, remainderDestination, socialFund, leaverSettlement,
                leaverLoans, leavingPenalty.stripTrailingZeros(), groupDebt);
    }

    /** Describes the policy in one line. */
    @Override
    public String toString() {
        return "share-out: " + method + ", outstanding loans " + outstandingLoans + ", rounding " + rounding
                + ", remainder to " + remainderDestination + ", social fund " + socialFund + ", leavers "
                + leaverSettlement + (leaverLoans == LeaverLoans.REFUSE ? "" : ", leavers' loans " + leaverLoans)
                + (leavingPenalty.signum() == 0 ? ""
                        : ", leaving penalty " + leavingPenalty.movePointRight(2).stripTrailingZeros().toPlainString() + "%")
                + (groupDebt == GroupDebt.REPAID_FIRST ? "" : ", the group's debt " + groupDebt);
    }

    /** Builds a {@link ShareOutPolicy}; every setting starts at its default. Not thread-safe. */
    public static final class Builder {
        private Method method = Method.PROPORTIONAL;
        private OutstandingLoans outstandingLoans = OutstandingLoans.REFUSE;
        private Rounding rounding = Rounding.LARGEST_REMAINDER;
        private RemainderDestination remainderDestination = RemainderDestination.NEXT_CYCLE;
        private SocialFund socialFund = SocialFund.CARRIED_OVER;
        private LeaverSettlement leaverSettlement = LeaverSettlement.SAVINGS_ONLY;
        private LeaverLoans leaverLoans = LeaverLoans.REFUSE;
        private BigDecimal leavingPenalty = BigDecimal.ZERO;
        private GroupDebt groupDebt = GroupDebt.REPAID_FIRST;

        private Builder() {}

        /**
         * Sets what the share-out does with what the group still owes on a loan to the group.
         *
         * @param rule repaid first (the default) or carried into the next cycle, not null
         * @return this builder
         */
        public Builder groupDebt(GroupDebt rule) {
            this.groupDebt = Objects.requireNonNull(rule, "groupDebt");
            return this;
        }

        /**
         * Sets how the loan fund is divided.
         *
         * @param method not null
         * @return this builder
         */
        public Builder method(Method method) {
            this.method = Objects.requireNonNull(method, "method");
            return this;
        }

        /**
         * Sets what happens to loans outstanding at share-out.
         *
         * @param rule not null
         * @return this builder
         */
        public Builder outstandingLoans(OutstandingLoans rule) {
            this.outstandingLoans = Objects.requireNonNull(rule, "outstandingLoans");
            return this;
        }

        /**
         * Sets how parts are rounded to the cash unit.
         *
         * @param rounding not null
         * @return this builder
         */
        public Builder rounding(Rounding rounding) {
            this.rounding = Objects.requireNonNull(rounding, "rounding");
            return this;
        }

        /**
         * Sets where the remainder goes.
         *
         * @param destination not null
         * @return this builder
         */
        public Builder remainderTo(RemainderDestination destination) {
            this.remainderDestination = Objects.requireNonNull(destination, "remainderDestination");
            return this;
        }

        /**
         * Sets the rounding and where the remainder goes.
         *
         * @param distribute true for {@link Rounding#LARGEST_REMAINDER}, false for {@link Rounding#EACH_PAYOUT_DOWN}
         * @param destination where the rest goes, not null
         * @return this builder
         * @deprecated use {@link #rounding(Rounding)} and {@link #remainderTo(RemainderDestination)}
         */
        @Deprecated(since = "0.3.0", forRemoval = true)
        public Builder remainder(boolean distribute, RemainderDestination destination) {
            return rounding(distribute ? Rounding.LARGEST_REMAINDER : Rounding.EACH_PAYOUT_DOWN).remainderTo(destination);
        }

        /**
         * Sets what happens to the social fund at share-out.
         *
         * @param rule not null
         * @return this builder
         */
        public Builder socialFund(SocialFund rule) {
            this.socialFund = Objects.requireNonNull(rule, "socialFund");
            return this;
        }

        /**
         * Sets how members who leave mid-cycle are settled.
         *
         * @param settlement not null
         * @return this builder
         */
        public Builder leavers(LeaverSettlement settlement) {
            this.leaverSettlement = Objects.requireNonNull(settlement, "leaverSettlement");
            return this;
        }

        /**
         * Sets whether a member who owes on her loans may leave with her debt repaid from her settlement.
         *
         * @param rule not null
         * @return this builder
         */
        public Builder leaverLoans(LeaverLoans rule) {
            this.leaverLoans = Objects.requireNonNull(rule, "leaverLoans");
            return this;
        }

        /**
         * Sets the leaving penalty: the part of a leaving member's settlement the group keeps (a fine).
         *
         * @param rate from 0 (none, the default) to 1, as a fraction, not null
         * @return this builder
         */
        public Builder leavingPenalty(BigDecimal rate) {
            this.leavingPenalty = Objects.requireNonNull(rate, "leavingPenalty");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, never null
         * @throws IllegalArgumentException if the leaving penalty is not from 0 to 1
         */
        public ShareOutPolicy build() {
            return new ShareOutPolicy(this);
        }
    }
}

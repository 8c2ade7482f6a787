package org.avec;

import java.util.Objects;

/**
 * The constitution's rules for the share-out at the end of the cycle, and for members who leave before it.
 *
 * <p>Defaults: proportional to shares (the AVEC standard); share-out refused while a loan is outstanding;
 * the whole cash units left after rounding payouts down are handed out by largest remainder, and what is
 * left below one cash unit is carried into the next cycle's loan fund; a member who leaves mid-cycle gets
 * back their savings only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShareOutPolicy {

    /** How each member's part of the loan fund is weighted. */
    public enum Method {
        /** By shares: value per share = distributable cash ÷ total shares. The AVEC standard. */
        PROPORTIONAL,
        /** By share-meetings: each share weighs the number of meetings it was held, from the meeting it was bought to the last meeting. */
        TIME_WEIGHTED
    }

    /** What happens at share-out to a loan that is still outstanding. */
    public enum OutstandingLoans {
        /** The share-out is refused until every loan is repaid. */
        REFUSE,
        /** What the member owes is deducted from the member's payout; a payout never goes below zero and the shortfall is named as a loss. */
        DEDUCT_FROM_PAYOUT
    }

    /** Where the money that is not paid out (less than a cash unit per member) goes. */
    public enum RemainderDestination {
        /** Into the loan fund of the next cycle, as carried capital. */
        NEXT_CYCLE,
        /** Into the social fund. */
        SOCIAL_FUND
    }

    /** How a member who leaves during the cycle is settled. */
    public enum LeaverSettlement {
        /** The member's savings are returned, with no part of the profit so far. */
        SAVINGS_ONLY,
        /** The member's shares are valued at the loan fund's worth so far (cash plus loans out, ÷ total shares). */
        SAVINGS_WITH_PROFIT
    }

    private static final ShareOutPolicy DEFAULTS = builder().build();

    private final Method method;
    private final OutstandingLoans outstandingLoans;
    private final boolean distributeRemainder;
    private final RemainderDestination remainderDestination;
    private final LeaverSettlement leaverSettlement;

    private ShareOutPolicy(Builder b) {
        this.method = b.method;
        this.outstandingLoans = b.outstandingLoans;
        this.distributeRemainder = b.distributeRemainder;
        this.remainderDestination = b.remainderDestination;
        this.leaverSettlement = b.leaverSettlement;
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
        return new Builder().method(method).outstandingLoans(outstandingLoans)
                .remainder(distributeRemainder, remainderDestination).leavers(leaverSettlement);
    }

    /**
     * How payouts are weighted.
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
     * Whether the whole cash units left after rounding down are handed out by largest remainder.
     *
     * @return true to hand them out
     */
    public boolean distributeRemainder() {
        return distributeRemainder;
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
     * How members who leave mid-cycle are settled.
     *
     * @return the settlement rule, never null
     */
    public LeaverSettlement leaverSettlement() {
        return leaverSettlement;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShareOutPolicy p && method == p.method && outstandingLoans == p.outstandingLoans
                && distributeRemainder == p.distributeRemainder && remainderDestination == p.remainderDestination
                && leaverSettlement == p.leaverSettlement;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, outstandingLoans, distributeRemainder, remainderDestination, leaverSettlement);
    }

    /** Describes the policy in one line. */
    @Override
    public String toString() {
        return "share-out: " + method + ", outstanding loans " + outstandingLoans + ", remainder "
                + (distributeRemainder ? "distributed, rest to " : "kept, to ") + remainderDestination + ", leavers "
                + leaverSettlement;
    }

    /** Builds a {@link ShareOutPolicy}; every setting starts at its default. Not thread-safe. */
    public static final class Builder {
        private Method method = Method.PROPORTIONAL;
        private OutstandingLoans outstandingLoans = OutstandingLoans.REFUSE;
        private boolean distributeRemainder = true;
        private RemainderDestination remainderDestination = RemainderDestination.NEXT_CYCLE;
        private LeaverSettlement leaverSettlement = LeaverSettlement.SAVINGS_ONLY;

        private Builder() {}

        /**
         * Sets how payouts are weighted.
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
         * Sets what happens to the money left after rounding payouts down to the cash unit.
         *
         * @param distribute true to hand out the whole cash units left by largest remainder
         * @param destination where the rest goes, not null
         * @return this builder
         */
        public Builder remainder(boolean distribute, RemainderDestination destination) {
            this.distributeRemainder = distribute;
            this.remainderDestination = Objects.requireNonNull(destination, "destination");
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
         * Builds the policy.
         *
         * @return the policy, never null
         */
        public ShareOutPolicy build() {
            return new ShareOutPolicy(this);
        }
    }
}

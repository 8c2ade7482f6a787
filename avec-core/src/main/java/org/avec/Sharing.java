package org.avec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The share-out. "At the last meeting everything in the loan fund's box is paid back to the members still in the
 * group. By shares (the standard): each gets her shares × the value per share. By the other methods each first gets
 * back her savings (under 'loan-based', also the charges she paid) and what is left, the profit or the loss, is
 * shared by share-meetings, equally per member, or by shares. Each payout is rounded down to the cash unit the group
 * hands out (or the value per share is rounded down first); the whole cash units left go one each to the largest
 * remainders if the constitution says so; what is left is the remainder, carried into the next cycle or given to the
 * social fund. The share-out waits until every loan is repaid, unless the constitution lets debts be deducted from
 * payouts; unpaid fines are always deducted. A member whose part does not cover what she owes forfeits her shares to
 * the others and receives nothing; the principal she still owes is the group's loss. The social fund is carried
 * over, or shared equally among the members if the constitution says so."
 *
 * <p>This reads the published {@link Books} and gives the figures to a new {@link ShareOut}; it changes nothing.
 */
final class Sharing {

    private Sharing() {}

    /**
     * The share-out, or with {@code today} what each member would receive if the cycle were shared out at the meeting
     * that is open: at any meeting, every debt (loans, charges due, fines) deducted from the part of the member who
     * owes it, as if repaid from it, and no one forfeits her shares (a debt beyond her part is what she would still
     * pay in: a negative net); loans from the social fund do not touch the loan fund and wait.
     */
    static ShareOut of(Cycle cycle, Books b, boolean today) {
        Constitution c = b.constitution;
        ShareOutPolicy policy = c.shareOut();
        if (!today && b.meeting != c.meetings()) {
            throw b.refuse(Rule.SHARE_OUT_MEETING, null, "the share-out is at meeting " + c.meetings() + "; meeting "
                    + b.meeting + " is open");
        }
        List<Account> members = new ArrayList<>();
        for (Account a : b.accounts) {
            if (a.active()) {
                members.add(a);
            }
        }
        members.sort((x, y) -> x.id.compareTo(y.id));
        if (!today) {
            refuseWhileLoansAreOut(b, members, policy.outstandingLoans() == ShareOutPolicy.OutstandingLoans.REFUSE);
            if (b.groupDebt > b.loanFund) {
                throw b.refuse(Rule.SHARE_OUT_GROUP_DEBT, null, "the group owes its lenders " + b.fmt(b.groupDebt)
                        + " but the loan fund holds " + b.fmt(b.loanFund) + " in cash: the debt is "
                        + (policy.groupDebt() == ShareOutPolicy.GroupDebt.CARRIED ? "carried with the cash to repay it"
                                : "repaid first") + ", so nothing would be left to divide");
            }
        }
        int n = members.size();
        ShareOutPolicy.Method method = policy.method();
        ShareOut.Figures f = new ShareOut.Figures(n, Math.max(0, b.currency.getDefaultFractionDigits()));
        f.today = today;
        long[] base = new long[n];
        boolean[] in = new boolean[n];
        for (int i = 0; i < n; i++) {
            Account a = members.get(i);
            f.ids[i] = a.id;
            f.names[i] = a.name;
            f.shares[i] = a.shares;
            f.savings[i] = a.savings;
            f.shareMeetings[i] = a.shareMeetings;
            f.debt[i] = Math.addExact(a.owedOnLoans(), a.finesOwed());
            f.principalOwed[i] = a.principalOutstanding();
            base[i] = method == ShareOutPolicy.Method.PROPORTIONAL ? 0
                    : method == ShareOutPolicy.Method.LOAN_BASED ? Math.addExact(a.savings, a.chargesPaid + a.penaltiesPaid)
                    : a.savings;
            in[i] = a.shares > 0;
            f.totalShares += a.shares;
        }
        long unit = c.cashUnitMinor();
        long[] parts = new long[n];
        long pool = b.loanFund;
        long netted = 0;
        // each round either settles everyone still in or takes out at least one member: at most n + 1 rounds (the bound
        // keeps a broken rule from looping for ever)
        for (int round = 0; round <= n; round++) {
            netted = 0;
            long bases = 0;
            for (int i = 0; i < n; i++) {
                if (in[i]) {
                    netted = Math.addExact(netted, f.debt[i]);
                    bases = Math.addExact(bases, base[i]);
                }
            }
            // the group's own debt is not the members' money: repaid first, or carried with the cash to repay it
            pool = Math.addExact(b.loanFund, netted) - b.groupDebt;
            f.shared = pool - bases;
            weigh(method, f, in);
            parts = round(f, base, in, unit, policy.rounding());
            if (today) {
                // nothing is paid today: a member whose part does not cover her debt would pay in the difference
                break;
            }
            boolean out = false;
            for (int i = 0; i < n; i++) {
                if (in[i] && parts[i] < f.debt[i]) {
                    in[i] = false;
                    out = true;
                }
            }
            if (!out) {
                break;
            }
        }
        long handedOut = 0;
        for (int i = 0; i < n; i++) {
            if (in[i]) {
                f.gross[i] = parts[i];
                f.deduction[i] = f.debt[i];
                handedOut += parts[i];
            } else {
                f.forfeited[i] = f.shares[i] > 0;
                f.shortfall[i] = f.principalOwed[i];
            }
        }
        f.cash = b.loanFund;
        f.groupDebt = b.groupDebt;
        f.debtsNetted = netted;
        f.pool = pool;
        f.remainder = pool - handedOut;
        shareSocialFund(b, f, policy.socialFund());
        return new ShareOut(cycle, f);
    }

    /**
     * The weight of each member still in: shares (proportional, loan-based), share-meetings (time-weighted; shares if
     * no share has any), or one each (flat profit). Sets {@code f.weight} and {@code f.totalWeight}.
     */
    private static void weigh(ShareOutPolicy.Method method, ShareOut.Figures f, boolean[] in) {
        boolean byTime = method == ShareOutPolicy.Method.TIME_WEIGHTED;
        if (byTime) {
            long time = 0;
            for (int i = 0; i < in.length; i++) {
                time += in[i] ? f.shareMeetings[i] : 0;
            }
            byTime = time > 0;
        }
        long total = 0;
        for (int i = 0; i < in.length; i++) {
            f.weight[i] = !in[i] ? 0 : method == ShareOutPolicy.Method.FLAT_PROFIT ? 1
                    : byTime ? f.shareMeetings[i] : f.shares[i];
            total = Math.addExact(total, f.weight[i]);
        }
        f.totalWeight = total;
    }

    /**
     * Each member's part, exactly base + weight × shared ÷ total weight, rounded as the constitution says. Works in
     * whole numbers: the exact part times the total weight is base × total weight + weight × shared, so nothing is lost
     * before the rounding. Members not in get nothing. Sets {@code f.exact} and, for rounding the value per share
     * first, {@code f.valuePerWeightRounded}.
     */
    static long[] round(ShareOut.Figures f, long[] base, boolean[] in, long unit, ShareOutPolicy.Rounding rounding) {
        long[] fast = roundInLongs(f, base, in, unit, rounding);
        return fast != null ? fast : roundExact(f, base, in, unit, rounding);
    }

    /**
     * {@link #round} in {@code long}s, or null where a product could overflow (then {@link #roundExact} decides; both
     * give the same parts and exact values, as {@code RoundingPathsProperties} shows). A group's figures fit: this is
     * the path a share-out takes, and it allocates no big numbers.
     */
    static long[] roundInLongs(ShareOut.Figures f, long[] base, boolean[] in, long unit,
            ShareOutPolicy.Rounding rounding) {
        int n = base.length;
        long[] parts = new long[n];
        long total = f.totalWeight;
        long w = Math.max(total, 1);
        long shared = total == 0 ? 0 : f.shared;
        long[] exact = new long[n];
        long rate = Math.floorDiv(Math.floorDiv(f.shared, w), unit) * unit;
        try {
            long wUnit = Math.multiplyExact(w, unit);
            for (int i = 0; i < n; i++) {
                if (!in[i]) {
                    continue;
                }
                exact[i] = Math.addExact(Math.multiplyExact(base[i], w), Math.multiplyExact(f.weight[i], shared));
                if (rounding == ShareOutPolicy.Rounding.VALUE_PER_SHARE_DOWN) {
                    parts[i] = Math.floorDiv(Math.addExact(base[i], Math.multiplyExact(f.weight[i], rate)), unit) * unit;
                } else {
                    parts[i] = Math.floorDiv(exact[i], wUnit) * unit;
                }
            }
            if (rounding == ShareOutPolicy.Rounding.LARGEST_REMAINDER) {
                long[] left = new long[n];
                long sumLeft = 0;
                for (int i = 0; i < n; i++) {
                    // a member not paid has no remainder and comes last
                    left[i] = in[i] ? Math.subtractExact(exact[i], Math.multiplyExact(parts[i], w)) : -1;
                    sumLeft = Math.addExact(sumLeft, in[i] ? left[i] : 0);
                }
                LargestRemainder.handOut(parts, Math.floorDiv(sumLeft, wUnit), unit,
                        (x, y) -> Long.compare(left[y], left[x]), f.shares);
            }
        } catch (ArithmeticException tooLarge) {
            return null;
        }
        f.valuePerWeightRounded = total == 0 ? 0 : rate;
        f.exactNumerators = exact;
        f.exactNumeratorsBig = null;
        f.exactDenominator = w;
        return parts;
    }

    /** {@link #round} in big integers, for figures too large for {@code long}s. */
    static long[] roundExact(ShareOut.Figures f, long[] base, boolean[] in, long unit, ShareOutPolicy.Rounding rounding) {
        int n = base.length;
        long[] parts = new long[n];
        long total = f.totalWeight;
        BigInteger w = BigInteger.valueOf(Math.max(total, 1));
        BigInteger shared = BigInteger.valueOf(total == 0 ? 0 : f.shared);
        BigInteger[] exact = new BigInteger[n];
        long rate = Math.floorDiv(Math.floorDiv(f.shared, Math.max(total, 1)), unit) * unit;
        f.valuePerWeightRounded = total == 0 ? 0 : rate;
        for (int i = 0; i < n; i++) {
            exact[i] = !in[i] ? BigInteger.ZERO
                    : BigInteger.valueOf(base[i]).multiply(w).add(BigInteger.valueOf(f.weight[i]).multiply(shared));
            if (!in[i]) {
                continue;
            }
            if (rounding == ShareOutPolicy.Rounding.VALUE_PER_SHARE_DOWN) {
                parts[i] = Math.floorDiv(Math.addExact(base[i], Math.multiplyExact(f.weight[i], rate)), unit) * unit;
            } else {
                parts[i] = floorDiv(exact[i], w.multiply(BigInteger.valueOf(unit))) * unit;
            }
        }
        if (rounding == ShareOutPolicy.Rounding.LARGEST_REMAINDER) {
            handOutWholeUnits(f, exact, parts, in, w, unit);
        }
        f.exactNumerators = null;
        f.exactNumeratorsBig = exact;
        f.exactDenominator = Math.max(total, 1);
        return parts;
    }

    /** The whole cash units left after rounding down go one each to the largest remainders (ties: more shares, then order). */
    private static void handOutWholeUnits(ShareOut.Figures f, BigInteger[] exact, long[] parts, boolean[] in, BigInteger w,
            long unit) {
        int n = parts.length;
        BigInteger[] left = new BigInteger[n];
        BigInteger sumLeft = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            // a member not paid has no remainder and comes last
            left[i] = in[i] ? exact[i].subtract(BigInteger.valueOf(parts[i]).multiply(w)) : BigInteger.valueOf(-1);
            sumLeft = sumLeft.add(in[i] ? left[i] : BigInteger.ZERO);
        }
        long extra = floorDiv(sumLeft, w.multiply(BigInteger.valueOf(unit)));
        LargestRemainder.handOut(parts, extra, unit, (x, y) -> left[y].compareTo(left[x]), f.shares);
    }

    /** {@code a ÷ d} rounded towards minus infinity, for d more than zero. */
    private static long floorDiv(BigInteger a, BigInteger d) {
        BigInteger[] qr = a.divideAndRemainder(d);
        return org.avec.internal.Compat.longValueExact(qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0]);
    }

    /** A member's exact entitlement in major units: numerator ÷ denominator minor units, to the exact digits. */
    static BigDecimal exactMajor(BigInteger numerator, BigInteger denominator, int digits) {
        return new BigDecimal(numerator).movePointLeft(digits).divide(new BigDecimal(denominator),
                digits + MinorUnits.EXACT_DIGITS, RoundingMode.HALF_EVEN);
    }

    /** The social fund, shared equally among the members still in the group, each part rounded down to the cash unit. */
    private static void shareSocialFund(Books b, ShareOut.Figures f, ShareOutPolicy.SocialFund rule) {
        f.socialFund = b.socialFund;
        int n = f.ids.length;
        if (rule == ShareOutPolicy.SocialFund.SHARED_EQUALLY && n > 0) {
            long unit = b.constitution.cashUnitMinor();
            long each = b.socialFund / n / unit * unit;
            for (int i = 0; i < n; i++) {
                f.socialShare[i] = each;
            }
            f.socialShared = each * n;
        }
    }

    private static void refuseWhileLoansAreOut(Books b, List<Account> members, boolean loanFundToo) {
        StringBuilder owing = new StringBuilder();
        MemberId first = null;
        for (Account a : members) {
            if (loanFundToo && a.loansOpen.length > 0) {
                owing.append(owing.length() == 0 ? "" : ", ").append(a.id).append(" owes ").append(b.fmt(a.owedOnLoans()));
                first = first == null ? a.id : first;
            }
            if (a.socialLoan > 0) {
                owing.append(owing.length() == 0 ? "" : ", ").append(a.id).append(" owes the social fund ")
                        .append(b.fmt(a.socialLoan));
                first = first == null ? a.id : first;
            }
        }
        if (first != null) {
            throw b.refuse(Rule.SHARE_OUT_LOANS_OUTSTANDING, first, "loans are still outstanding: " + owing);
        }
    }
}

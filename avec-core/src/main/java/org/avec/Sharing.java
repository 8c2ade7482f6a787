package org.avec;

import java.util.ArrayList;
import java.util.List;

/**
 * The share-out. "At the last meeting everything in the loan fund's box is paid back to the members still in the
 * group, in proportion to their shares (or to their share-meetings, if the constitution says so), rounded down to
 * the cash unit the group hands out. The whole cash units left over go one each to the largest remainders if the
 * constitution says so; what is left is the remainder, carried into the next cycle or given to the social fund.
 * The share-out waits until every loan is repaid, unless the constitution lets debts be deducted from payouts; unpaid
 * fines are always deducted. A member whose shares are worth less than what she owes receives nothing: her shares
 * are set against her debt, the rest is a shortfall, and the value per share is worked out over the others."
 *
 * <p>This reads the published {@link Books} and gives the figures to a new {@link ShareOut}; it changes nothing.
 */
final class Sharing {

    private Sharing() {}

    static ShareOut of(Cycle cycle, Books b) {
        Constitution c = b.constitution;
        ShareOutPolicy policy = c.shareOut();
        if (b.meeting != c.meetings()) {
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
        if (policy.outstandingLoans() == ShareOutPolicy.OutstandingLoans.REFUSE) {
            refuseWhileLoansAreOut(b, members);
        }
        int n = members.size();
        boolean timeWeighted = policy.method() == ShareOutPolicy.Method.TIME_WEIGHTED;
        ShareOut.Figures f = new ShareOut.Figures(n);
        long[] debt = f.debt;
        boolean[] paid = new boolean[n];
        for (int i = 0; i < n; i++) {
            Account a = members.get(i);
            f.ids[i] = a.id;
            f.names[i] = a.name;
            f.shares[i] = a.shares;
            f.savings[i] = a.savings;
            f.weight[i] = timeWeighted ? a.shareMeetings : a.shares;
            debt[i] = Math.addExact(a.owedOnLoans(), a.finesOwed());
            paid[i] = f.weight[i] > 0;
            f.totalShares += a.shares;
        }
        long cashUnit = c.cashUnitMinor();
        long[] parts = new long[n];
        long pool = b.loanFund;
        long netted = 0;
        long weights = 0;
        // each round either settles or drops at least one member, so at most n + 1 rounds
        for (int round = 0; round <= n; round++) {
            netted = 0;
            weights = 0;
            long[] w = new long[n];
            for (int i = 0; i < n; i++) {
                if (paid[i]) {
                    netted = Math.addExact(netted, debt[i]);
                    weights = Math.addExact(weights, f.weight[i]);
                    w[i] = f.weight[i];
                }
            }
            pool = Math.addExact(b.loanFund, netted);
            parts = LargestRemainder.split(pool, w, cashUnit, policy.distributeRemainder());
            boolean dropped = false;
            for (int i = 0; i < n; i++) {
                if (paid[i] && parts[i] < debt[i]) {
                    paid[i] = false;
                    dropped = true;
                }
            }
            if (!dropped) {
                break;
            }
        }
        long handedOut = 0;
        for (int i = 0; i < n; i++) {
            if (paid[i]) {
                f.gross[i] = parts[i];
                f.deduction[i] = debt[i];
                handedOut += parts[i];
            } else {
                // not paid: the member's part, down to the minor unit, is set against the debt
                f.gross[i] = Math.min(debt[i], MinorUnits.partDown(pool, f.weight[i], weights, 1));
                f.deduction[i] = f.gross[i];
                f.setAgainstDebt[i] = debt[i] > 0;
            }
        }
        f.cash = b.loanFund;
        f.debtsNetted = netted;
        f.pool = pool;
        f.totalWeight = weights;
        f.remainder = pool - handedOut;
        f.socialFund = b.socialFund;
        f.makeUp = new long[] {b.carriedCapital, b.savingsIn, b.chargesPaid, b.penaltiesPaid, b.finesPaid,
            -b.writtenOffLoss, -b.leaverSettlements, -b.outstanding, netted};
        return new ShareOut(cycle, f);
    }

    private static void refuseWhileLoansAreOut(Books b, List<Account> members) {
        StringBuilder owing = new StringBuilder();
        MemberId first = null;
        for (Account a : members) {
            if (a.loansOpen.length > 0) {
                owing.append(owing.length() == 0 ? "" : ", ").append(a.id).append(" owes ").append(b.fmt(a.owedOnLoans()));
                first = first == null ? a.id : first;
            }
        }
        if (first != null) {
            throw b.refuse(Rule.SHARE_OUT_LOANS_OUTSTANDING, first, "loans are still outstanding: " + owing);
        }
    }
}

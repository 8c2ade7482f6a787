package org.avec;

/**
 * A member leaving before the share-out. "A member repays all her loans before she leaves, or, if the constitution
 * says so, what she owes on them is repaid from her settlement. She is paid for her shares now, from the cash in the
 * loan fund: her savings only, or, if the constitution says so, her part of what the loan fund is worth (its cash and
 * the loans out) by her shares, rounded down to the cash unit. A leaving penalty, if the constitution has one, is a
 * fine of that part of her settlement. Her loans are repaid from the settlement first, then the fines she owes; what
 * the settlement does not cover of her fines is waived. She is not paid again at share-out."
 *
 * <p>Example (§7): the loan fund holds 1,500 in cash with 2,700 out on loan, 350 shares; a member with 40 shares who
 * owes 150 leaves. Savings only: 400 − 150 = 250 paid; with profit: 40 × 4,200 / 350 = 480 − 150 = 330 paid.
 */
final class Leaving {

    private Leaving() {}

    static void leave(Books b, Event.MemberLeft e) {
        int i = b.active(e.member());
        Account a = b.accounts[i];
        ShareOutPolicy policy = b.constitution.shareOut();
        if (a.socialLoan > 0) {
            throw b.refuse(Rule.LEAVER_HAS_LOAN, e.member(), "the member still owes " + b.fmt(a.socialLoan)
                    + " to the social fund");
        }
        long loans = a.owedOnLoans();
        if (loans > 0 && policy.leaverLoans() == ShareOutPolicy.LeaverLoans.REFUSE) {
            throw b.refuse(Rule.LEAVER_HAS_LOAN, e.member(), "the member still owes " + b.fmt(loans) + " on loans");
        }
        long gross = value(b, a);
        if (loans > gross) {
            throw b.refuse(Rule.LEAVER_HAS_LOAN, e.member(), "the member owes " + b.fmt(loans)
                    + " on loans, more than her settlement of " + b.fmt(gross));
        }
        long penalty = MinorUnits.times(policy.leavingPenaltyRate, gross, 1, b.constitution.cashUnitMinor(),
                java.math.RoundingMode.FLOOR);
        long finesOwed = Math.addExact(a.finesOwed(), penalty);
        long fines = Math.min(finesOwed, gross - loans);
        long net = gross - loans - fines;
        // the loans repaid come back into the loan fund's cash, and so do the fines kept back, unless they belong to
        // the social fund: only the rest leaves the box
        long fromLoanFund = net + (Savings.finesStayInLoanFund(b) ? 0 : fines);
        if (fromLoanFund > b.boxCash()) {
            throw b.refuse(Rule.LEAVER_SETTLEMENT, e.member(), "the settlement of " + b.fmt(gross)
                    + (fromLoanFund == gross ? "" : ", paying " + b.fmt(fromLoanFund) + " from the box,")
                    + " is more than the " + b.fmt(b.boxCash()) + " cash in the loan fund" + (b.placesTotal == 0 ? ""
                            : "'s box (" + b.fmt(b.placesTotal) + " is kept at the other places: move it to the box"
                                    + " first)"));
        }
        if (loans > 0) {
            Lending.pay(b, i, loans);
        }
        Account w = b.writable(i);
        w.leftAt = b.meeting;
        w.finesCharged += penalty;
        w.finesPaid += fines;
        w.finesWaived += w.finesOwed();
        w.settlement = gross;
        b.activeShares -= w.shares;
        b.leaverSettlements += gross;
        b.loanFund -= gross;
        Savings.fineReceived(b, fines);
        b.current.finesCharged += penalty;
        // the whole settlement leaves the loan fund's box; her loans and fines come back from it as a repayment and a
        // fine paid (she is handed the rest, net)
        b.current.leaverPayouts += gross;
    }

    /**
     * What a member leaving now is owed for her shares, before her loans and fines, as the share-out policy says: her
     * savings, or her part by shares of the loan fund's worth (its cash at every place and the loans out, less what the
     * group itself owes on a loan to the group; property is not divided until it is sold).
     */
    static long value(Books b, Account a) {
        if (b.constitution.shareOut().leaverSettlement() == ShareOutPolicy.LeaverSettlement.SAVINGS_ONLY
                || b.activeShares == 0) {
            return a.savings;
        }
        return MinorUnits.partDown(Math.max(0, Math.addExact(b.loanFund, b.outstanding) - b.groupDebt), a.shares, b.activeShares,
                b.constitution.cashUnitMinor());
    }
}

package org.avec;

/**
 * A member leaving before the share-out. "A member repays all her loans before she leaves. She is paid for her
 * shares now, from the cash in the loan fund: her savings only, or, if the constitution says so, her part of
 * what the loan fund is worth (its cash and the loans out) by her shares, rounded down to the cash unit. Fines
 * she owes are taken from that payment; what it does not cover is waived. She is not paid again at share-out."
 */
final class Leaving {

    private Leaving() {}

    static void leave(Books b, Event.MemberLeft e) {
        int i = b.active(e.member());
        Account a = b.accounts[i];
        if (a.loansOpen.length > 0) {
            throw b.refuse(Rule.LEAVER_HAS_LOAN, e.member(), "the member still owes " + b.fmt(a.owedOnLoans()) + " on loans");
        }
        if (a.socialLoan > 0) {
            throw b.refuse(Rule.LEAVER_HAS_LOAN, e.member(), "the member still owes " + b.fmt(a.socialLoan)
                    + " to the social fund");
        }
        long gross = value(b, a);
        long fines = Math.min(a.finesOwed(), gross);
        long net = gross - fines;
        // fines kept back stay in the loan fund's cash, unless they belong to the social fund
        long fromLoanFund = Savings.finesStayInLoanFund(b) ? net : gross;
        if (fromLoanFund > b.loanFund) {
            throw b.refuse(Rule.LEAVER_SETTLEMENT, e.member(), "the settlement of " + b.fmt(fromLoanFund)
                    + " is more than the " + b.fmt(b.loanFund) + " cash in the loan fund");
        }
        Account w = b.writable(i);
        w.leftAt = b.meeting;
        w.finesPaid += fines;
        w.finesWaived += w.finesOwed();
        w.settlement = gross;
        b.activeShares -= w.shares;
        b.leaverSettlements += gross;
        b.loanFund -= gross;
        Savings.fineReceived(b, fines);
        b.current.finesPaid += fines;
        b.current.leaverPayouts += net;
    }

    /** What a member leaving now is owed for her shares, before fines, as the share-out policy says. */
    static long value(Books b, Account a) {
        if (b.constitution.shareOut().leaverSettlement() == ShareOutPolicy.LeaverSettlement.SAVINGS_ONLY
                || b.activeShares == 0) {
            return a.savings;
        }
        return MinorUnits.partDown(Math.addExact(b.loanFund, b.outstanding), a.shares, b.activeShares,
                b.constitution.cashUnitMinor());
    }
}

package org.avec;

/**
 * Service charges and late penalties. "A loan pays a service charge at the rate the constitution sets, once every
 * charging period (for example 10% every 4 meetings): flat on the principal lent, or on the principal still owed
 * (declining balance); or the whole term's charge is fixed when the loan is made (up front). A loan not repaid by
 * its due meeting pays a late penalty on the principal still owed, once every charging period after it falls due.
 * A charge is rounded, as the constitution says, to the minor unit or to the cash unit the group hands out.
 * A charge is the group's income only when it is paid."
 */
final class Charges {

    private Charges() {}

    /** The service charges and late penalties that fall due at the meeting just opened. */
    static void assess(Books b) {
        LoanPolicy p = b.constitution.loans();
        int period = p.chargingPeriod();
        int meeting = b.meeting;
        for (int i = 0; i < b.accounts.length; i++) {
            Account a = b.accounts[i];
            if (a.loansOpen.length == 0) {
                continue;
            }
            Loan[] loans = null;
            for (int k = 0; k < a.loansOpen.length; k++) {
                Loan loan = a.loansOpen[k];
                long charge = 0;
                long penalty = 0;
                // the first period's charge was taken at issue if the group charges it then
                if (!p.method().atIssue() && meeting > loan.issuedAt && (meeting - loan.issuedAt) % period == 0
                        && !(p.firstPeriodAtIssue() && meeting - loan.issuedAt == period)) {
                    long base = p.method() == LoanPolicy.ChargingMethod.FLAT ? loan.principal : loan.principalOutstanding();
                    charge = charge(b.constitution, p.serviceRate, base, 1);
                }
                if (meeting > loan.dueMeeting && (meeting - loan.dueMeeting - 1) % period == 0) {
                    penalty = charge(b.constitution, p.penaltyRate, loan.principalOutstanding(), 1);
                }
                if (charge != 0 || penalty != 0) {
                    Loan c = b.writable(loan);
                    c.chargesDue = Math.addExact(c.chargesDue, charge);
                    c.penaltiesDue = Math.addExact(c.penaltiesDue, penalty);
                    if (c != loan) {
                        // a copy: the account's array is never changed in place, so it gets a new one
                        if (loans == null) {
                            loans = a.loansOpen.clone();
                        }
                        loans[k] = c;
                    }
                }
            }
            if (loans != null) {
                b.writable(i).loansOpen = loans;
            }
        }
    }

    /**
     * The charge that falls due when a loan is made: the whole term's (rate × principal × term) for the up-front
     * methods, the first period's (rate × principal) when the group charges it at issue, else nothing.
     */
    static long atIssue(Constitution c, long principal, int termPeriods) {
        LoanPolicy p = c.loans();
        return p.method().atIssue() ? upFront(c, principal, termPeriods)
                : p.firstPeriodAtIssue() ? charge(c, p.serviceRate, principal, 1) : 0;
    }

    /** The charge fixed when an up-front loan is made: rate × principal × term. */
    static long upFront(Constitution c, long principal, int termPeriods) {
        return charge(c, c.loans().serviceRate, principal, termPeriods);
    }

    /** rate × base × periods, rounded as the loan policy says, to the minor unit or to the cash unit. */
    static long charge(Constitution c, MinorUnits.Rate rate, long base, int periods) {
        LoanPolicy p = c.loans();
        long unit = p.roundingUnit() == LoanPolicy.ChargeRoundingUnit.CASH_UNIT ? c.cashUnitMinor() : 1;
        return MinorUnits.times(rate, base, periods, unit, p.roundingMode());
    }
}

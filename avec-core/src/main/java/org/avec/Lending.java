package org.avec;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Loans from the loan fund. "A member still in the group may borrow from the cash in the loan fund's box, never
 * more than that cash, and never so much that she owes more principal than the allowed multiple of her savings
 * (3 × savings, say); she holds no more loans at once than allowed; a loan's term is at most the longest term and
 * it falls due before the share-out; no loans are made in the closing meetings. A repayment pays her oldest loan
 * first, and on each loan the charges and penalties due first, then the principal; she repays no more than she
 * owes. The group may extend a loan's term, or write off what a member cannot repay: unpaid charges are
 * cancelled and the principal is covered by the social fund as far as it goes, if the constitution says so, or
 * is a loss of the loan fund."
 *
 * <p>This is the only place that knows the loan cap and the cash-in-box limit: {@link #issue} refuses a loan by
 * them, and {@link #capacity} answers how much a member could borrow now, from the same {@link #refusal}.
 */
final class Lending {

    private Lending() {}

    /**
     * The most a member may owe in principal: the multiple of her savings, rounded down to the minor unit. A cap too
     * large to count is {@code Long.MAX_VALUE}: no loan can reach it, since a loan is also at most the cash in the box.
     */
    static long cap(Books b, Account a) {
        try {
            LoanPolicy p = b.constitution.loans();
            return MinorUnits.times(b.groupDebt > 0 ? p.capMultipleWithGroupLoan : p.capMultiple, a.savings, 1, 1,
                    RoundingMode.FLOOR);
        } catch (ArithmeticException tooLarge) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * The rule that would refuse a loan of {@code principal} for {@code termPeriods} to the member now, or null if it
     * would be made: the one place the lending rules are checked, for a loan and for a member's capacity alike. With
     * {@code principal} 0 it answers whether she may borrow anything at all. It makes no message (see
     * {@link #refusal}), so asking costs nothing.
     */
    static Rule refusedBy(Books b, Account a, long principal, int termPeriods) {
        LoanPolicy p = b.constitution.loans();
        int n = b.constitution.meetings();
        int now = Math.max(b.meeting, 1);
        if (!a.active()) {
            return Rule.MEMBER_LEFT;
        }
        if (now > n - p.closingMeetings()) {
            return Rule.LOAN_CLOSING_MEETINGS;
        }
        if (termPeriods > p.maxTermPeriods() || now + (long) termPeriods * p.chargingPeriod() > n) {
            return Rule.LOAN_TERM;
        }
        if (a.loansOpen.length >= p.maxLoansAtOnce()) {
            return Rule.LOANS_AT_ONCE;
        }
        if (principal > cap(b, a) - a.principalOutstanding()) {
            return Rule.LOAN_CAP;
        }
        if (cashOut(b, principal, termPeriods) > b.boxCash()) {
            return Rule.LOAN_FUND_CASH;
        }
        return null;
    }

    /**
     * The cash that leaves the box when a loan is made: the principal, less the charge kept back at issue when the
     * charge is deducted (a loan of 1,000 at 10% for 3 periods hands over 700, so 700 in the box is enough).
     */
    static long cashOut(Books b, long principal, int termPeriods) {
        if (b.constitution.loans().method() != LoanPolicy.ChargingMethod.DEDUCTED_AT_ISSUE) {
            return principal;
        }
        return principal - Math.min(principal, Charges.upFront(b.constitution, principal, termPeriods));
    }

    /** The refusal, with its figures, of a loan that {@link #refusedBy} refuses by {@code rule}. */
    static RuleViolationException refusal(Books b, Account a, Rule rule, long principal, int termPeriods) {
        LoanPolicy p = b.constitution.loans();
        int n = b.constitution.meetings();
        switch (rule) {
            case MEMBER_LEFT:
                return b.departed(a);
            case LOAN_CLOSING_MEETINGS:
                return b.refuse(rule, a.id, "no new loans after meeting " + (n - p.closingMeetings()) + " of " + n
                        + " (the last " + p.closingMeetings() + " meetings before share-out)");
            case LOAN_TERM:
                if (termPeriods > p.maxTermPeriods()) {
                    return b.refuse(rule, a.id, "a term of " + termPeriods + " periods is longer than the "
                            + p.maxTermPeriods() + " allowed");
                }
                return b.refuse(rule, a.id, "a loan of " + termPeriods + " periods of " + p.chargingPeriod()
                        + " meetings would fall due at meeting " + (Math.max(b.meeting, 1) + (long) termPeriods
                        * p.chargingPeriod()) + ", after the share-out at meeting " + n);
            case LOANS_AT_ONCE:
                return b.refuse(rule, a.id, "the member already holds " + a.loansOpen.length + " loan(s); at most "
                        + p.maxLoansAtOnce() + " at once");
            case LOAN_CAP:
                return b.refuse(rule, a.id, "a loan of " + b.fmt(principal) + " with " + b.fmt(a.principalOutstanding())
                        + " already outstanding is more than " + (b.groupDebt > 0
                                ? p.maxMultipleOfSavingsWithGroupLoan().orElse(p.maxMultipleOfSavings())
                                : p.maxMultipleOfSavings()).stripTrailingZeros().toPlainString()
                        + " x savings" + (b.groupDebt > 0 && p.maxMultipleOfSavingsWithGroupLoan().isPresent()
                                ? " (the cap while the group owes a loan)" : "") + " of " + b.fmt(a.savings) + " = " + b.fmt(cap(b, a)));
            default: // LOAN_FUND_CASH
                long out = cashOut(b, principal, termPeriods);
                return b.refuse(rule, a.id, "a loan of " + b.fmt(principal)
                        + (out == principal ? "" : ", handing over " + b.fmt(out) + " after the charge kept back,")
                        + " is more than the " + b.fmt(b.boxCash()) + " cash in the loan fund" + (b.placesTotal == 0 ? ""
                                : "'s box (" + b.fmt(b.placesTotal) + " is kept at the other places: move it to the"
                                        + " box first)"));
        }
    }

    /**
     * The largest loan the member could take now, for the shortest term: what the cap leaves her and the cash in
     * the box both allow, or zero if any other rule would refuse a loan.
     */
    static long capacity(Books b, Account a) {
        if (refusedBy(b, a, 0, 1) != null) {
            return 0;
        }
        long capLeft = Math.max(0, cap(b, a) - a.principalOutstanding());
        long box = b.boxCash();
        if (capLeft <= box || cashOut(b, capLeft, 1) == capLeft) {
            return Math.min(capLeft, box);
        }
        // the cap allows more than the cash: the largest loan whose cash handed over fits the box (the principal
        // itself, or more when the charge is kept back at issue); lo always fits, hi never does
        long lo = box;
        long hi = capLeft + 1;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (cashOut(b, mid, 1) <= box) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A loan is made: the principal leaves the loan fund's box. */
    static void issue(Books b, Event.LoanIssued e) {
        int i = b.active(e.member());
        long principal = b.amount(e, "the loan");
        Rule refused = refusedBy(b, b.accounts[i], principal, e.termPeriods());
        if (refused != null) {
            throw refusal(b, b.accounts[i], refused, principal, e.termPeriods());
        }
        LoanPolicy p = b.constitution.loans();
        long charge = Charges.atIssue(b.constitution, principal, e.termPeriods());
        boolean deducted = p.method() == LoanPolicy.ChargingMethod.DEDUCTED_AT_ISSUE;
        if (deducted && charge > principal) {
            throw b.refuse(Rule.LOAN_CHARGE_DEDUCTED, e.member(), "the charge of " + b.fmt(charge) + " for "
                    + e.termPeriods() + " periods is more than the loan of " + b.fmt(principal));
        }
        Loan loan = b.newLoan(e.member(), principal, e.termPeriods(), b.meeting + e.termPeriods() * p.chargingPeriod(),
                e.purpose());
        loan.chargesDue = charge;
        long outstanding = Math.addExact(b.outstanding, principal);
        Account w = b.writable(i);
        Loan[] open = java.util.Arrays.copyOf(w.loansOpen, w.loansOpen.length + 1);
        open[w.loansOpen.length] = loan;
        w.loansOpen = open;
        b.loanFund -= principal;
        b.outstanding = outstanding;
        b.current.lent += principal;
        if (deducted) {
            // the charge is paid at once, kept back from the cash handed over
            loan.chargesPaid = charge;
            w.chargesPaid += charge;
            b.chargesPaid += charge;
            b.current.chargesPaid += charge;
            b.loanFund += charge;
        }
    }

    /**
     * The account of a member who holds a loan: "there must be a loan outstanding" to repay, reschedule or write
     * off. {@code what} says what was asked for; a repayment also names its {@code amount} (else -1).
     */
    static Account borrower(Books b, int i, String what, long amount) {
        Account a = b.accounts[i];
        if (a.loansOpen.length == 0) {
            throw b.refuse(Rule.LOAN_NONE_OUTSTANDING, a.id, what + (amount < 0 ? "" : " of " + b.fmt(amount))
                    + " but the member has no loan outstanding");
        }
        return a;
    }

    /** Everything a member still in the group owes on her loans, charges included; refused if she owes nothing. */
    static long owed(Books b, MemberId id) {
        return borrower(b, b.active(id), "a repayment of everything owed", -1).owedOnLoans();
    }

    /** A repayment: oldest loan first, charges and penalties before principal. */
    static void repay(Books b, Event.LoanRepaid r) {
        int i = b.active(r.member());
        long amount = b.amount(r, "the repayment");
        Account a = borrower(b, i, "a repayment", amount);
        long owed = a.owedOnLoans();
        if (amount > owed) {
            throw b.refuse(Rule.LOAN_OVERPAYMENT, r.member(), "a repayment of " + b.fmt(amount) + " is more than the "
                    + b.fmt(owed) + " owed (charges and principal)");
        }
        pay(b, i, amount);
    }

    /**
     * {@code amount}, at most what the member at position {@code i} owes, pays her loans: oldest loan first, charges
     * and penalties before principal; it enters the loan fund's cash. A repayment at a meeting, or what a leaving
     * member's settlement repays.
     */
    static void pay(Books b, int i, long amount) {
        Account w = b.writable(i);
        Loan[] loans = w.loansOpen;
        Loan[] kept = null; // made only if a loan closes or is copied: the array in the account is never changed
        long left = amount;
        int stillOpen = 0;
        for (int k = 0; k < loans.length; k++) {
            Loan l = loans[k];
            if (left > 0) {
                l = b.writable(l);
                long toCharges = Math.min(left, l.chargesDue - l.chargesPaid);
                l.chargesPaid += toCharges;
                left -= toCharges;
                long toPenalties = Math.min(left, l.penaltiesDue - l.penaltiesPaid);
                l.penaltiesPaid += toPenalties;
                left -= toPenalties;
                long toPrincipal = Math.min(left, l.principalOutstanding());
                l.principalRepaid += toPrincipal;
                left -= toPrincipal;
                w.chargesPaid += toCharges;
                w.penaltiesPaid += toPenalties;
                b.chargesPaid += toCharges;
                b.penaltiesPaid += toPenalties;
                b.outstanding -= toPrincipal;
                b.current.chargesPaid += toCharges;
                b.current.penaltiesPaid += toPenalties;
                b.current.principalRepaid += toPrincipal;
            }
            boolean closed = l.owed() == 0;
            if (closed) {
                l.closedAt = b.meeting;
                b.closedLoans = b.closedLoans.with(l);
            }
            if (kept == null && (closed || l != loans[k])) {
                // the loans before this one are all still open; if this one closes the array has one fewer
                int size = closed ? loans.length - 1 : loans.length;
                kept = size == 0 ? Account.NO_LOANS : new Loan[size];
                System.arraycopy(loans, 0, kept, 0, k);
            }
            if (!closed) {
                if (kept != null) {
                    kept[stillOpen] = l;
                }
                stillOpen++;
            }
        }
        if (kept != null) {
            w.loansOpen = stillOpen == 0 ? Account.NO_LOANS
                    : stillOpen == kept.length ? kept : java.util.Arrays.copyOf(kept, stillOpen);
        }
        b.loanFund = Math.addExact(b.loanFund, amount);
    }

    /** The group extends the term of the member's oldest loan; it must still fall due before the share-out. */
    static void reschedule(Books b, Event.LoanRescheduled r) {
        int i = b.active(r.member());
        Account a = borrower(b, i, "a reschedule", -1);
        int n = b.constitution.meetings();
        long due = a.loansOpen[0].dueMeeting + (long) r.extraPeriods() * b.constitution.loans().chargingPeriod();
        if (due > n) {
            throw b.refuse(Rule.LOAN_TERM, r.member(), "loan " + a.loansOpen[0].number + " would fall due at meeting "
                    + due + ", after the share-out at meeting " + n);
        }
        Account w = b.writable(i);
        w.loansOpen = w.loansOpen.clone();
        Loan l = b.writable(w.loansOpen[0]);
        l.dueMeeting = (int) due;
        l.termPeriods += r.extraPeriods();
        l.rescheduledBy = r.decidedBy();
        w.loansOpen[0] = l;
    }

    /** The group writes off everything the member owes on loans. */
    static void writeOff(Books b, Event.LoanWrittenOff e) {
        int i = b.find(e.member());
        borrower(b, i, "a write-off", -1);
        boolean social = b.constitution.loans().writeOffCover() == LoanPolicy.WriteOffCover.SOCIAL_FUND;
        Account w = b.writable(i);
        for (Loan open : w.loansOpen) {
            Loan l = b.writable(open);
            long out = l.principalOutstanding();
            long cover = social ? Math.min(out, b.socialFund) : 0;
            b.socialFund -= cover;
            b.loanFund += cover;
            b.writtenOffLoss += out - cover;
            b.outstanding -= out;
            b.current.writtenOff += out;
            b.current.writeOffCovered += cover;
            l.principalWrittenOff = out;
            l.writtenOffCovered = cover;
            l.chargesWaived = l.chargesUnpaid();
            l.writtenOffBy = e.decidedBy();
            l.writeOffReason = e.reason();
            l.closedAt = b.meeting;
            b.closedLoans = b.closedLoans.with(l);
        }
        w.loansOpen = Account.NO_LOANS;
    }

    /** Portfolio at risk: the share of the principal out on loan that is in loans past their due meeting. */
    static BigDecimal portfolioAtRisk(Books b) {
        if (b.outstanding == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        long late = 0;
        for (Account a : b.accounts) {
            for (Loan l : a.loansOpen) {
                if (b.meeting > l.dueMeeting) {
                    late += l.principalOutstanding();
                }
            }
        }
        return BigDecimal.valueOf(late).divide(BigDecimal.valueOf(b.outstanding), 4, RoundingMode.HALF_EVEN);
    }
}

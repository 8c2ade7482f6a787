package org.avec;

/**
 * The social fund. "Every member pays the same social-fund contribution, once per meeting, into the social fund. It
 * pays grants to members in need as far as it goes, and grants are never repaid. If the constitution allows it, the
 * social fund lends to a member in an emergency, interest-free, as far as it goes, one loan at a time, to be repaid
 * into the social fund within the constitution's term and before the share-out. It is kept apart from the loan fund:
 * it is not shared out with it (S1)."
 */
final class SocialFund {

    private SocialFund() {}

    /** Cash into the social fund's box, from whatever rule sent it there. */
    static void receive(Books b, long amount) {
        b.socialFund = Math.addExact(b.socialFund, amount);
    }

    static void pay(Books b, Event.SocialFundPaid s) {
        int i = b.active(s.member());
        long amount = b.amount(s, "the social-fund contribution");
        long due = b.constitution.socialFundMinor();
        if (amount != due) {
            throw b.refuse(Rule.SOCIAL_FUND_CONTRIBUTION, s.member(), "paid " + b.fmt(amount)
                    + " but the contribution is " + b.fmt(due));
        }
        if (b.accounts[i].lastSocialMeeting == b.meeting) {
            throw b.refuse(Rule.SOCIAL_FUND_CONTRIBUTION, s.member(), "the member already paid the contribution at this meeting");
        }
        receive(b, amount);
        Account a = b.writable(i);
        a.lastSocialMeeting = b.meeting;
        a.socialPaid += amount;
        b.current.socialIn += amount;
    }

    static void grant(Books b, Event.GrantPaid g) {
        b.active(g.member());
        long amount = b.amount(g, "the grant");
        if (amount > b.socialFund) {
            throw b.refuse(Rule.SOCIAL_FUND_BALANCE, g.member(), "a grant of " + b.fmt(amount) + " is more than the "
                    + b.fmt(b.socialFund) + " in the social fund");
        }
        b.socialFund -= amount;
        b.current.grants += amount;
    }

    static void lend(Books b, Event.SocialFundLoanIssued e) {
        int i = b.active(e.member());
        long amount = b.amount(e, "the social-fund loan");
        int term = b.constitution.socialFundLoanMeetings();
        int n = b.constitution.meetings();
        String refused = term == 0 ? "the constitution does not lend the social fund"
                : b.accounts[i].socialLoan > 0 ? "the member already owes " + b.fmt(b.accounts[i].socialLoan) + " to the social fund"
                : amount > b.socialFund ? "a loan of " + b.fmt(amount) + " is more than the " + b.fmt(b.socialFund)
                        + " in the social fund"
                : b.meeting + term > n ? "a loan for " + term + " meetings would fall due at meeting " + (b.meeting + term)
                        + ", after the share-out at meeting " + n
                : null;
        if (refused != null) {
            throw b.refuse(Rule.SOCIAL_FUND_LOAN, e.member(), refused);
        }
        Account a = b.writable(i);
        a.socialLoan = amount;
        b.socialFund -= amount;
        b.current.socialLent += amount;
    }

    static void repay(Books b, Event.SocialFundLoanRepaid r) {
        int i = b.active(r.member());
        long amount = b.amount(r, "the social-fund loan repayment");
        long owed = b.accounts[i].socialLoan;
        if (amount > owed) {
            throw b.refuse(Rule.SOCIAL_FUND_LOAN, r.member(), "a repayment of " + b.fmt(amount) + " is more than the "
                    + b.fmt(owed) + " owed to the social fund");
        }
        Account a = b.writable(i);
        a.socialLoan -= amount;
        b.socialFund += amount;
        b.current.socialRepaid += amount;
    }
}

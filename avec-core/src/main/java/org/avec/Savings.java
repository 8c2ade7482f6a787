package org.avec;

/**
 * Savings, the social fund and fines. "At each meeting a member buys between the minimum and the maximum number
 * of shares, in one purchase; the money is her savings and goes into the loan fund. Every member pays the same
 * social-fund contribution, once per meeting, into the social fund, which pays grants to members in need as far
 * as it goes. Fines are those in the constitution's schedule; a member owes a fine until she pays it, pays only
 * what she owes, and fines paid go into the loan fund."
 */
final class Savings {

    private Savings() {}

    /**
     * A member buys shares. Each share also counts its share-meetings, the weight of the time-weighted share-out:
     * a share bought at meeting m of a cycle of n meetings counts n − m + 1 (the meetings from the purchase to the
     * share-out, both counted).
     */
    static void buyShares(Books b, Event.SharesBought s) {
        int i = b.active(s.member());
        Constitution c = b.constitution;
        int min = c.minSharesPerMeeting();
        int max = c.maxSharesPerMeeting();
        if (b.accounts[i].lastShareMeeting == b.meeting) {
            throw b.refuse(Rule.SHARES_PER_MEETING, s.member(), "the member already bought shares at this meeting; "
                    + "shares are bought in one purchase of " + min + " to " + max);
        }
        if (s.shares() < min || s.shares() > max) {
            throw b.refuse(Rule.SHARES_PER_MEETING, s.member(), s.shares() + " shares is outside the " + min + " to "
                    + max + " allowed per meeting");
        }
        long amount = Math.multiplyExact(c.shareValueMinor(), s.shares());
        long weight = Math.multiplyExact((long) s.shares(), c.meetings() - b.meeting + 1L);
        long loanFund = Math.addExact(b.loanFund, amount);
        long savingsIn = Math.addExact(b.savingsIn, amount);
        Account a = b.writable(i);
        a.lastShareMeeting = b.meeting;
        a.shares += s.shares();
        a.shareMeetings = Math.addExact(a.shareMeetings, weight);
        a.savings = Math.addExact(a.savings, amount);
        b.activeShares += s.shares();
        b.savingsIn = savingsIn;
        b.loanFund = loanFund;
        b.current.sharesBought += s.shares();
        b.current.savings += amount;
    }

    /** A member pays the social-fund contribution: the constitution's amount, once per meeting. */
    static void paySocialFund(Books b, Event.SocialFundPaid s) {
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
        long socialFund = Math.addExact(b.socialFund, amount);
        Account a = b.writable(i);
        a.lastSocialMeeting = b.meeting;
        a.socialPaid += amount;
        b.socialFund = socialFund;
        b.current.socialIn += amount;
    }

    /** The social fund pays a grant, at most what it holds. */
    static void payGrant(Books b, Event.GrantPaid g) {
        b.active(g.member());
        long amount = b.amount(g, "the grant");
        if (amount > b.socialFund) {
            throw b.refuse(Rule.SOCIAL_FUND_BALANCE, g.member(), "a grant of " + b.fmt(amount) + " is more than the "
                    + b.fmt(b.socialFund) + " in the social fund");
        }
        b.socialFund -= amount;
        b.current.grants += amount;
    }

    /** A fine from the schedule is charged; the member owes it. */
    static void chargeFine(Books b, Event.FineCharged f) {
        int i = b.active(f.member());
        Long amount = b.constitution.fineMinor(f.fine());
        if (amount == null) {
            throw b.refuse(Rule.FINE_SCHEDULE, f.member(), "there is no fine '" + f.fine() + "' in the schedule "
                    + b.constitution.fines().keySet());
        }
        long charged = Math.addExact(b.accounts[i].finesCharged, amount);
        Account a = b.writable(i);
        a.finesCharged = charged;
        b.current.finesCharged += amount;
    }

    /** A member pays fines she owes; the money goes into the loan fund. */
    static void payFine(Books b, Event.FinePaid f) {
        int i = b.active(f.member());
        long amount = b.amount(f, "the fine paid");
        long owed = b.accounts[i].finesOwed();
        if (amount > owed) {
            throw b.refuse(Rule.FINE_OVERPAID, f.member(), "paid " + b.fmt(amount) + " but owes " + b.fmt(owed) + " in fines");
        }
        long loanFund = Math.addExact(b.loanFund, amount);
        Account a = b.writable(i);
        a.finesPaid += amount;
        b.finesPaid += amount;
        b.loanFund = loanFund;
        b.current.finesPaid += amount;
    }
}

package org.avec;

/**
 * Savings and fines. "At each meeting a member buys between the minimum and the maximum number of shares, in one
 * purchase; the money is her savings and goes into the loan fund. A member may hand in cash instead: it pays her
 * social-fund contribution first, then buys as many whole shares as it can, and the leftover is handed back or goes
 * to the social fund, as the constitution says. Fines are those in the constitution's schedule; a member owes a fine
 * until she pays it, pays only what she owes, and fines paid go into the loan fund, or into the social fund if the
 * constitution says so."
 */
final class Savings {

    private Savings() {}

    /**
     * A member buys shares. Each share also counts its share-meetings, the weight of the time-weighted share-out:
     * a share bought at meeting m of a cycle whose share-out is at meeting n counts n − m (the meetings after the
     * purchase up to the share-out; a share bought at the share-out meeting counts none).
     */
    static void buyShares(Books b, Event.SharesBought s) {
        buy(b, b.active(s.member()), s.member(), s.shares());
    }

    private static void buy(Books b, int i, MemberId member, long shares) {
        Constitution c = b.constitution;
        int min = c.minSharesPerMeeting();
        int max = c.maxSharesPerMeeting();
        if (b.accounts[i].lastShareMeeting == b.meeting) {
            throw b.refuse(Rule.SHARES_PER_MEETING, member, "the member already bought shares at this meeting; "
                    + "shares are bought in one purchase of " + min + " to " + max);
        }
        if (shares < min || shares > max) {
            throw b.refuse(Rule.SHARES_PER_MEETING, member, shares + " shares is outside the " + min + " to "
                    + max + " allowed per meeting");
        }
        long amount = Math.multiplyExact(c.shareValueMinor(), shares);
        long weight = Math.multiplyExact(shares, (long) c.meetings() - b.meeting);
        long loanFund = Math.addExact(b.loanFund, amount);
        long savingsIn = Math.addExact(b.savingsIn, amount);
        Account a = b.writable(i);
        a.lastShareMeeting = b.meeting;
        a.shares += shares;
        a.shareMeetings = Math.addExact(a.shareMeetings, weight);
        a.savings = Math.addExact(a.savings, amount);
        b.activeShares += shares;
        b.savingsIn = savingsIn;
        b.loanFund = loanFund;
        b.current.sharesBought += shares;
        b.current.savings += amount;
    }

    /**
     * Cash handed in: the social-fund contribution (if due and not yet paid at this meeting), then whole shares up to
     * the most allowed, then the leftover, handed back or put in the social fund (only a leftover smaller than one share:
     * cash beyond the most shares allowed is handed back whatever the constitution says). All of it is checked before anything
     * is written, so a refusal leaves the books as they were.
     */
    static void handIn(Books b, Event.SavingsHandedIn h) {
        int i = b.active(h.member());
        Constitution c = b.constitution;
        long cash = b.amount(h, "the cash handed in");
        Account a = b.accounts[i];
        long contribution = a.lastSocialMeeting == b.meeting ? 0 : c.socialFundMinor();
        long rest = cash - contribution;
        long shares = rest < 0 ? 0 : Math.min(rest / c.shareValueMinor(), c.maxSharesPerMeeting());
        if (a.lastShareMeeting == b.meeting || shares < c.minSharesPerMeeting()) {
            throw b.refuse(Rule.SAVINGS_HANDED_IN, h.member(), b.fmt(cash) + " handed in" + (a.lastShareMeeting == b.meeting
                    ? ", but the member already bought shares at this meeting"
                    : (contribution > 0 ? " pays the social-fund contribution of " + b.fmt(contribution) + " and" : "")
                            + " buys " + shares + " shares of " + b.fmt(c.shareValueMinor()) + ", fewer than the "
                            + c.minSharesPerMeeting() + " allowed in one purchase"));
        }
        // only the part of a share that the cash could not buy may be kept in the social fund; cash beyond the most
        // shares allowed is the member's savings she could not make, and is always handed back
        long leftover = rest - shares * c.shareValueMinor();
        boolean keep = c.leftover() == Constitution.Leftover.SOCIAL_FUND && leftover < c.shareValueMinor();
        SocialFund.receive(b, contribution + (keep ? leftover : 0));
        buy(b, i, h.member(), shares);
        // the contribution is paid now (or was already): either way it is not taken again at this meeting
        long toSocialFund = contribution + (keep ? leftover : 0);
        Account w = b.writable(i);
        w.lastSocialMeeting = b.meeting;
        w.socialPaid += toSocialFund;
        b.current.socialIn += toSocialFund;
    }

    static void chargeFine(Books b, Event.FineCharged f) {
        int i = b.active(f.member());
        Long amount = b.constitution.fineMinor(f.fine());
        if (amount == null) {
            throw b.refuse(Rule.FINE_SCHEDULE, f.member(), "there is no fine '" + SafeText.of(f.fine()) + "' in the schedule "
                    + SafeText.of(b.constitution.fines().keySet().toString()));
        }
        if (f.fine().equals(b.constitution.absenceFine().orElse(null))) {
            Account a = b.accounts[i];
            Event.Presence p = a.lastAttendanceMeeting == b.meeting ? a.lastPresence : null;
            boolean absent = p == Event.Presence.ABSENT
                    || (p == Event.Presence.REPRESENTED && b.constitution.representedFined());
            if (!absent) {
                throw b.refuse(Rule.FINE_ABSENCE, f.member(), "the absence fine '" + SafeText.of(f.fine())
                        + "' is for a member marked absent at this meeting" + (b.constitution.representedFined() ? ""
                        : " (a member who sent a representative is not fined)") + "; her attendance is "
                        + (p == null ? "not taken" : p.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        long charged = Math.addExact(b.accounts[i].finesCharged, amount);
        Account a = b.writable(i);
        a.finesCharged = charged;
        b.current.finesCharged += amount;
    }

    static void payFine(Books b, Event.FinePaid f) {
        int i = b.active(f.member());
        long amount = b.amount(f, "the fine paid");
        long owed = b.accounts[i].finesOwed();
        if (amount > owed) {
            throw b.refuse(Rule.FINE_OVERPAID, f.member(), "paid " + b.fmt(amount) + " but owes " + b.fmt(owed) + " in fines");
        }
        fineReceived(b, amount);
        b.writable(i).finesPaid += amount;
    }

    /** Whether fines paid stay in the loan fund (the default) rather than go to the social fund. */
    static boolean finesStayInLoanFund(Books b) {
        return b.constitution.finesTo() == Constitution.FineDestination.LOAN_FUND;
    }

    /**
     * A fine paid (at a meeting, or kept back from a leaver's settlement) goes where the constitution says: into the
     * loan fund, whose fines are counted in the share-out's make-up, or into the social fund. The one place a fine
     * paid is posted: to the box, the cycle's totals and the meeting's.
     */
    static void fineReceived(Books b, long amount) {
        if (!finesStayInLoanFund(b)) {
            SocialFund.receive(b, amount);
            b.current.finesToSocial += amount;
        } else {
            b.loanFund = Math.addExact(b.loanFund, amount);
            b.finesPaid += amount;
            b.current.finesPaid += amount;
        }
    }
}

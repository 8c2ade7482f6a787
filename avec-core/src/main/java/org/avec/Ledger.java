package org.avec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The state of a cycle after some events, in exact minor units. A ledger is never changed once built:
 * {@link #apply} copies it (O(members) references, never the history), changes the copy and returns it;
 * if a rule is broken it throws and the copy is dropped, so the original is untouched.
 */
final class Ledger {

    /** One member's running account. Copied before any change. */
    static final class Account {
        final MemberId id;
        final String name;
        final int joinedAt;
        int leftAt;
        long shares;
        long shareMeetings;
        long savings;
        long socialPaid;
        long finesCharged;
        long finesPaid;
        long finesWaived;
        long settlement;
        int lastShareMeeting;
        int lastSocialMeeting;
        int lastAttendanceMeeting;
        int present;
        int late;
        int absent;
        Loan[] open = new Loan[0];

        Account(MemberId id, String name, int joinedAt) {
            this.id = id;
            this.name = name;
            this.joinedAt = joinedAt;
        }

        Account copy() {
            Account a = new Account(id, name, joinedAt);
            a.leftAt = leftAt;
            a.shares = shares;
            a.shareMeetings = shareMeetings;
            a.savings = savings;
            a.socialPaid = socialPaid;
            a.finesCharged = finesCharged;
            a.finesPaid = finesPaid;
            a.finesWaived = finesWaived;
            a.settlement = settlement;
            a.lastShareMeeting = lastShareMeeting;
            a.lastSocialMeeting = lastSocialMeeting;
            a.lastAttendanceMeeting = lastAttendanceMeeting;
            a.present = present;
            a.late = late;
            a.absent = absent;
            a.open = open;
            return a;
        }

        long finesOwed() {
            return finesCharged - finesPaid - finesWaived;
        }

        long principalOutstanding() {
            long s = 0;
            for (Loan l : open) {
                s += l.principalOutstanding();
            }
            return s;
        }

        long owedOnLoans() {
            long s = 0;
            for (Loan l : open) {
                s += l.owed();
            }
            return s;
        }

        boolean active() {
            return leftAt == 0;
        }
    }

    /** One loan. Copied before any change. */
    static final class Loan {
        final int number;
        final MemberId borrower;
        final int issuedAt;
        final long principal;
        int termPeriods;
        int dueMeeting;
        long principalRepaid;
        long principalWrittenOff;
        long writtenOffCovered;
        long chargesDue;
        long chargesPaid;
        long penaltiesDue;
        long penaltiesPaid;
        long chargesWaived;
        int closedAt;
        String rescheduledBy;
        String writtenOffBy;
        String writeOffReason;
        /** The batch being applied that made this loan or this copy of it, and so may change it in place; else null. */
        Object owner;

        Loan(int number, MemberId borrower, int issuedAt, long principal, int termPeriods, int dueMeeting) {
            this.number = number;
            this.borrower = borrower;
            this.issuedAt = issuedAt;
            this.principal = principal;
            this.termPeriods = termPeriods;
            this.dueMeeting = dueMeeting;
        }

        Loan copy() {
            Loan l = new Loan(number, borrower, issuedAt, principal, termPeriods, dueMeeting);
            l.principalRepaid = principalRepaid;
            l.principalWrittenOff = principalWrittenOff;
            l.writtenOffCovered = writtenOffCovered;
            l.chargesDue = chargesDue;
            l.chargesPaid = chargesPaid;
            l.penaltiesDue = penaltiesDue;
            l.penaltiesPaid = penaltiesPaid;
            l.chargesWaived = chargesWaived;
            l.closedAt = closedAt;
            l.rescheduledBy = rescheduledBy;
            l.writtenOffBy = writtenOffBy;
            l.writeOffReason = writeOffReason;
            return l;
        }

        long principalOutstanding() {
            return principal - principalRepaid - principalWrittenOff;
        }

        long chargesUnpaid() {
            return chargesDue + penaltiesDue - chargesPaid - penaltiesPaid - chargesWaived;
        }

        long owed() {
            return principalOutstanding() + chargesUnpaid();
        }
    }

    /** What happened at one meeting, in minor units. Copied before any change. */
    static final class MeetingTotals {
        final int meeting;
        final LocalDate date;
        int present;
        int late;
        int absent;
        long sharesBought;
        long savings;
        long socialIn;
        long finesCharged;
        long finesPaid;
        long grants;
        long lent;
        long principalRepaid;
        long chargesPaid;
        long penaltiesPaid;
        long writtenOff;
        long leaverPayouts;
        long loanFundAtEnd;
        long socialFundAtEnd;
        long outstandingAtEnd;

        MeetingTotals(int meeting, LocalDate date) {
            this.meeting = meeting;
            this.date = date;
        }

        MeetingTotals copy() {
            MeetingTotals t = new MeetingTotals(meeting, date);
            t.present = present;
            t.late = late;
            t.absent = absent;
            t.sharesBought = sharesBought;
            t.savings = savings;
            t.socialIn = socialIn;
            t.finesCharged = finesCharged;
            t.finesPaid = finesPaid;
            t.grants = grants;
            t.lent = lent;
            t.principalRepaid = principalRepaid;
            t.chargesPaid = chargesPaid;
            t.penaltiesPaid = penaltiesPaid;
            t.writtenOff = writtenOff;
            t.leaverPayouts = leaverPayouts;
            t.loanFundAtEnd = loanFundAtEnd;
            t.socialFundAtEnd = socialFundAtEnd;
            t.outstandingAtEnd = outstandingAtEnd;
            return t;
        }
    }

    final Constitution constitution;
    final CurrencyUnit currency;
    int meeting;
    LocalDate date;
    MemberIndex index;
    Account[] accounts;
    Cons<Loan> closedLoans = Cons.empty();
    Cons<MeetingTotals> pastMeetings = Cons.empty();
    MeetingTotals current;
    int loanCount;

    // the two boxes
    long loanFund;
    long socialFund;
    // running totals: everything that entered or left each fund
    long carriedCapital;
    long carriedSocial;
    long savingsIn;
    long socialIn;
    long finesPaid;
    long chargesPaid;
    long penaltiesPaid;
    long grantsOut;
    long lent;
    long principalRepaid;
    long writtenOffCovered;
    long writtenOffLoss;
    long leaverSettlements;
    long outstanding;
    long activeShares;
    long activeShareMeetings;
    /**
     * While a batch of events is applied ({@link #applyAll}), which accounts this ledger already copied and so
     * may change in place; null otherwise (every change copies). Always null once the ledger is published.
     */
    private boolean[] owned;
    /** While a batch is applied, its token: loans marked with it were made in this batch (see {@link Loan#owner}). */
    private Object batch;
    /** The last member looked up while this ledger is built, and where the member's account is (never changes). */
    private String lastKey;
    private int lastPosition;

    private Ledger(Constitution constitution) {
        this.constitution = constitution;
        this.currency = constitution.currency();
    }

    static Ledger opening(Constitution c, long capital, long social, Iterable<Member> members) {
        Ledger l = new Ledger(c);
        l.carriedCapital = capital;
        l.carriedSocial = social;
        l.loanFund = capital;
        l.socialFund = social;
        java.util.List<Account> list = new java.util.ArrayList<>();
        java.util.List<MemberId> ids = new java.util.ArrayList<>();
        for (Member m : members) {
            ids.add(m.id());
            list.add(new Account(m.id(), m.name(), 0));
        }
        l.index = MemberIndex.of(ids);
        if (l.index == null) {
            java.util.Set<MemberId> seen = new java.util.HashSet<>();
            for (MemberId id : ids) {
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("Member " + id + " is listed twice");
                }
            }
        }
        l.accounts = list.toArray(new Account[0]);
        return l;
    }

    private Ledger copy() {
        Ledger l = new Ledger(constitution);
        l.meeting = meeting;
        l.date = date;
        l.index = index;
        l.accounts = accounts.clone();
        l.closedLoans = closedLoans;
        l.pastMeetings = pastMeetings;
        l.current = current == null ? null : current.copy();
        l.loanCount = loanCount;
        l.loanFund = loanFund;
        l.socialFund = socialFund;
        l.carriedCapital = carriedCapital;
        l.carriedSocial = carriedSocial;
        l.savingsIn = savingsIn;
        l.socialIn = socialIn;
        l.finesPaid = finesPaid;
        l.chargesPaid = chargesPaid;
        l.penaltiesPaid = penaltiesPaid;
        l.grantsOut = grantsOut;
        l.lent = lent;
        l.principalRepaid = principalRepaid;
        l.writtenOffCovered = writtenOffCovered;
        l.writtenOffLoss = writtenOffLoss;
        l.leaverSettlements = leaverSettlements;
        l.outstanding = outstanding;
        l.activeShares = activeShares;
        l.activeShareMeetings = activeShareMeetings;
        return l;
    }

    // ------------------------------------------------------------------ applying events

    /** A new ledger with one more event; this one is unchanged. */
    Ledger apply(Event e) {
        Ledger l = copy();
        l.step(e);
        l.closeTotals();
        return l;
    }

    /**
     * A new ledger with all the events; this one is unchanged. Intermediate states are never seen, so the
     * new ledger is copied once and each member's account at most once, then changed in place.
     */
    Ledger applyAll(Event[] events) {
        Ledger l = copy();
        l.owned = new boolean[l.accounts.length];
        l.batch = new Object();
        for (Event e : events) {
            l.step(java.util.Objects.requireNonNull(e, "event"));
        }
        l.closeTotals();
        l.owned = null;
        l.batch = null;
        return l;
    }

    /** Applies one event to this ledger, which must not have been published yet. */
    private void step(Event e) {
        // the three events every member has at every meeting come first, each read through its own type
        if (e instanceof Event.Attendance a) {
            requireOpenMeeting(a.meeting(), e);
            attend(a);
        } else if (e instanceof Event.SharesBought s) {
            requireOpenMeeting(s.meeting(), e);
            buyShares(s);
        } else if (e instanceof Event.SocialFundPaid s) {
            requireOpenMeeting(s.meeting(), e);
            paySocialFund(s);
        } else if (e instanceof Event.MeetingOpened o) {
            open(o);
        } else {
            requireOpenMeeting(e.meeting(), e);
            if (e instanceof Event.MemberJoined j) {
                join(j);
            } else if (e instanceof Event.FineCharged f) {
                chargeFine(f);
            } else if (e instanceof Event.FinePaid f) {
                payFine(f);
            } else if (e instanceof Event.GrantPaid g) {
                payGrant(g);
            } else if (e instanceof Event.LoanIssued li) {
                issueLoan(li);
            } else if (e instanceof Event.LoanRepaid r) {
                repay(r);
            } else if (e instanceof Event.LoanRescheduled r) {
                reschedule(r);
            } else if (e instanceof Event.LoanWrittenOff w) {
                writeOff(w);
            } else if (e instanceof Event.MemberLeft left) {
                leave(left);
            } else if (e instanceof Event.CashCounted c) {
                countCash(c);
            } else {
                throw new IllegalStateException("Unknown event " + e);
            }
        }
    }

    /** Writes the boxes as they stand into the open meeting's totals: after a batch, and when a meeting closes. */
    private void closeTotals() {
        if (current != null) {
            current.loanFundAtEnd = loanFund;
            current.socialFundAtEnd = socialFund;
            current.outstandingAtEnd = outstanding;
        }
    }

    private RuleViolationException refuse(Rule rule, MemberId member, String detail) {
        return new RuleViolationException(rule, meeting, member, detail);
    }

    private String fmt(long minor) {
        return Amounts.format(minor, currency);
    }

    private void requireOpenMeeting(int eventMeeting, Event e) {
        if (meeting == 0) {
            throw refuse(Rule.MEETING_ORDER, null, "no meeting has been opened yet; open meeting 1 before recording " + name(e));
        }
        if (eventMeeting != meeting) {
            throw refuse(Rule.MEETING_ORDER, null, name(e) + " is for meeting " + eventMeeting + " but meeting " + meeting + " is open");
        }
    }

    private static String name(Event e) {
        return e.getClass().getSimpleName();
    }

    private long money(MonetaryAmount a, MemberId member, String what) {
        if (!currency.equals(a.getCurrency())) {
            throw refuse(Rule.GROUP_CURRENCY, member, what + " is " + Amounts.format(a) + " but the group saves in "
                    + currency.getCurrencyCode());
        }
        return Amounts.minor(a, what);
    }

    private int find(MemberId id) {
        // a member's events usually come one after the other (attendance, shares, social fund): remember the last
        String key = id.value();
        if (key == lastKey) {
            return lastPosition;
        }
        // and the next member usually follows in the order members were listed
        int next = lastPosition + 1;
        if (lastKey != null && next < accounts.length && key.equals(accounts[next].id.value())) {
            lastKey = key;
            lastPosition = next;
            return next;
        }
        int i = index.get(id);
        if (i < 0) {
            throw refuse(Rule.MEMBER_UNKNOWN, id, "no member with id '" + id + "' has joined the group");
        }
        lastKey = key;
        lastPosition = i;
        return i;
    }

    /** The index of an active member, or a refusal. */
    private int active(MemberId id) {
        int i = find(id);
        if (!accounts[i].active()) {
            throw refuse(Rule.MEMBER_LEFT, id, "the member left the group at meeting " + accounts[i].leftAt);
        }
        return i;
    }

    private Account edit(int i) {
        if (owned != null && owned[i]) {
            return accounts[i];
        }
        Account a = accounts[i].copy();
        accounts[i] = a;
        if (owned != null) {
            owned[i] = true;
        }
        return a;
    }

    /** A loan this ledger may change: the loan itself if this batch made it, else a copy that this batch owns. */
    private Loan edit(Loan loan) {
        if (batch != null && loan.owner == batch) {
            return loan;
        }
        Loan c = loan.copy();
        c.owner = batch;
        return c;
    }

    private void open(Event.MeetingOpened o) {
        int n = constitution.meetings();
        if (o.meeting() != meeting + 1) {
            throw refuse(Rule.MEETING_ORDER, null, "the next meeting is " + (meeting + 1) + ", not " + o.meeting());
        }
        if (o.meeting() > n) {
            throw refuse(Rule.MEETING_ORDER, null, "the cycle has " + n + " meetings; meeting " + o.meeting() + " is after the share-out");
        }
        if (date != null && !o.date().isAfter(date)) {
            throw refuse(Rule.MEETING_ORDER, null, "meeting " + o.meeting() + " on " + o.date() + " is not after meeting "
                    + meeting + " on " + date);
        }
        if (current != null) {
            closeTotals();
            pastMeetings = pastMeetings.push(current);
        }
        meeting = o.meeting();
        date = o.date();
        current = new MeetingTotals(meeting, date);
        assessCharges();
    }

    /** Works out the service charges and late penalties that fall due at the meeting just opened. */
    private void assessCharges() {
        LoanPolicy p = constitution.loans();
        int period = p.chargingPeriod();
        for (int i = 0; i < accounts.length; i++) {
            Account a = accounts[i];
            if (a.open.length == 0) {
                continue;
            }
            Loan[] loans = null;
            for (int k = 0; k < a.open.length; k++) {
                Loan loan = a.open[k];
                long out = loan.principalOutstanding();
                long charge = 0;
                long penalty = 0;
                if (p.method() != LoanPolicy.ChargingMethod.UP_FRONT && meeting > loan.issuedAt
                        && (meeting - loan.issuedAt) % period == 0) {
                    long base = p.method() == LoanPolicy.ChargingMethod.FLAT ? loan.principal : out;
                    charge = charge(p.rate(), base, 1);
                }
                if (meeting > loan.dueMeeting && (meeting - loan.dueMeeting - 1) % period == 0) {
                    penalty = charge(p.latePenaltyRate(), out, 1);
                }
                if (charge != 0 || penalty != 0) {
                    if (loans == null) {
                        loans = a.open.clone();
                    }
                    Loan c = edit(loan);
                    c.chargesDue += charge;
                    c.penaltiesDue += penalty;
                    loans[k] = c;
                }
            }
            if (loans != null) {
                edit(i).open = loans;
            }
        }
    }

    /** rate × base × periods, rounded as the loan policy says. Never negative. */
    long charge(BigDecimal rate, long base, int periods) {
        LoanPolicy p = constitution.loans();
        long unit = p.roundingUnit() == LoanPolicy.ChargeRoundingUnit.CASH_UNIT ? constitution.cashUnitMinor() : 1;
        RoundingMode mode = p.roundingMode();
        long fast = mode == RoundingMode.UNNECESSARY ? -1 : chargeInLongs(rate, base, periods, unit, mode);
        if (fast >= 0) {
            return fast;
        }
        BigDecimal exact = rate.multiply(BigDecimal.valueOf(base)).multiply(BigDecimal.valueOf(periods));
        // rounded straight to whole units: a cash unit of 3 minor units would make an exact quotient endless
        BigInteger units = exact.divide(BigDecimal.valueOf(unit), 0, mode).toBigIntegerExact();
        return Math.multiplyExact(units.longValueExact(), unit);
    }

    /**
     * The same charge worked out in {@code long}s, rate = unscaled ÷ 10^scale: units = round(unscaled × base ×
     * periods ÷ (10^scale × unit)). Returns -1 where a {@code long} could overflow or the rate has no such form,
     * and then the {@code BigDecimal} path above decides.
     */
    static long chargeInLongs(BigDecimal rate, long base, int periods, long unit, RoundingMode mode) {
        int scale = rate.scale();
        if (scale < 0 || scale > 18 || rate.signum() < 0 || base < 0 || periods < 0 || rate.precision() > 18) {
            return -1;
        }
        long r = rate.unscaledValue().longValue();
        long hi = Math.multiplyHigh(r, base);
        long rb = r * base;
        if (hi != 0 || rb < 0) {
            return -1;
        }
        long num;
        long den;
        try {
            num = Math.multiplyExact(rb, (long) periods);
            den = Math.multiplyExact(Amounts.POWERS_OF_TEN[scale], unit);
        } catch (ArithmeticException overflow) {
            return -1;
        }
        long q = num / den;
        long rest = num % den;
        if (rest != 0) {
            int half = Long.compare(rest, den - rest);
            boolean up;
            switch (mode) {
                case UP, CEILING -> up = true;
                case DOWN, FLOOR -> up = false;
                case HALF_UP -> up = half >= 0;
                case HALF_DOWN -> up = half > 0;
                case HALF_EVEN -> up = half > 0 || (half == 0 && (q & 1) == 1);
                default -> {
                    return -1;
                }
            }
            if (up) {
                q++;
            }
        }
        long charge = q * unit;
        return charge / unit == q ? charge : -1;
    }


    private void join(Event.MemberJoined j) {
        if (index.get(j.member()) >= 0) {
            throw refuse(Rule.MEMBER_ALREADY_JOINED, j.member(), "a member with id '" + j.member() + "' joined already");
        }
        index = index.with(j.member(), accounts.length);
        Account[] grown = java.util.Arrays.copyOf(accounts, accounts.length + 1);
        grown[accounts.length] = new Account(j.member(), j.name(), meeting);
        accounts = grown;
        if (owned != null) {
            owned = java.util.Arrays.copyOf(owned, accounts.length);
            owned[accounts.length - 1] = true;
        }
    }

    private void attend(Event.Attendance at) {
        int i = active(at.member());
        if (accounts[i].lastAttendanceMeeting == meeting) {
            throw refuse(Rule.ATTENDANCE_ONCE, at.member(), "attendance was already taken for this member at this meeting");
        }
        Account a = edit(i);
        a.lastAttendanceMeeting = meeting;
        switch (at.presence()) {
            case PRESENT -> {
                a.present++;
                current.present++;
            }
            case LATE -> {
                a.late++;
                current.late++;
            }
            case ABSENT -> {
                a.absent++;
                current.absent++;
            }
            default -> throw new IllegalStateException();
        }
    }

    private void buyShares(Event.SharesBought s) {
        int i = active(s.member());
        int min = constitution.minSharesPerMeeting();
        int max = constitution.maxSharesPerMeeting();
        if (accounts[i].lastShareMeeting == meeting) {
            throw refuse(Rule.SHARES_PER_MEETING, s.member(), "the member already bought shares at this meeting; "
                    + "shares are bought in one purchase of " + min + " to " + max);
        }
        if (s.shares() < min || s.shares() > max) {
            throw refuse(Rule.SHARES_PER_MEETING, s.member(), s.shares() + " shares is outside the " + min + " to " + max
                    + " allowed per meeting");
        }
        long amount = Math.multiplyExact(constitution.shareValueMinor(), s.shares());
        long weight = Math.multiplyExact((long) s.shares(), constitution.meetings() - meeting + 1L);
        Account a = edit(i);
        a.lastShareMeeting = meeting;
        a.shares += s.shares();
        a.shareMeetings = Math.addExact(a.shareMeetings, weight);
        a.savings = Math.addExact(a.savings, amount);
        activeShares += s.shares();
        activeShareMeetings = Math.addExact(activeShareMeetings, weight);
        savingsIn = Math.addExact(savingsIn, amount);
        loanFund = Math.addExact(loanFund, amount);
        current.sharesBought += s.shares();
        current.savings += amount;
    }

    private void paySocialFund(Event.SocialFundPaid s) {
        int i = active(s.member());
        long amount = money(s.amount(), s.member(), "the social-fund contribution");
        long due = constitution.socialFundMinor();
        if (amount != due) {
            throw refuse(Rule.SOCIAL_FUND_CONTRIBUTION, s.member(), "paid " + fmt(amount) + " but the contribution is "
                    + fmt(due));
        }
        if (accounts[i].lastSocialMeeting == meeting) {
            throw refuse(Rule.SOCIAL_FUND_CONTRIBUTION, s.member(), "the member already paid the contribution at this meeting");
        }
        Account a = edit(i);
        a.lastSocialMeeting = meeting;
        a.socialPaid += amount;
        socialFund = Math.addExact(socialFund, amount);
        socialIn = Math.addExact(socialIn, amount);
        current.socialIn += amount;
    }

    private void chargeFine(Event.FineCharged f) {
        int i = active(f.member());
        Long amount = constitution.fineMinor(f.fine());
        if (amount == null) {
            throw refuse(Rule.FINE_SCHEDULE, f.member(), "there is no fine '" + f.fine() + "' in the schedule "
                    + constitution.fines().keySet());
        }
        Account a = edit(i);
        a.finesCharged = Math.addExact(a.finesCharged, amount);
        current.finesCharged += amount;
    }

    private void payFine(Event.FinePaid f) {
        int i = active(f.member());
        long amount = money(f.amount(), f.member(), "the fine paid");
        long owed = accounts[i].finesOwed();
        if (amount > owed) {
            throw refuse(Rule.FINE_OVERPAID, f.member(), "paid " + fmt(amount) + " but owes " + fmt(owed) + " in fines");
        }
        Account a = edit(i);
        a.finesPaid += amount;
        finesPaid = Math.addExact(finesPaid, amount);
        loanFund = Math.addExact(loanFund, amount);
        current.finesPaid += amount;
    }

    private void payGrant(Event.GrantPaid g) {
        active(g.member());
        long amount = money(g.amount(), g.member(), "the grant");
        if (amount > socialFund) {
            throw refuse(Rule.SOCIAL_FUND_BALANCE, g.member(), "a grant of " + fmt(amount) + " is more than the "
                    + fmt(socialFund) + " in the social fund");
        }
        socialFund -= amount;
        grantsOut += amount;
        current.grants += amount;
    }

    private void issueLoan(Event.LoanIssued e) {
        int i = active(e.member());
        LoanPolicy p = constitution.loans();
        long principal = money(e.principal(), e.member(), "the loan");
        int n = constitution.meetings();
        int lastLending = n - p.closingMeetings();
        if (meeting > lastLending) {
            throw refuse(Rule.LOAN_CLOSING_MEETINGS, e.member(), "no new loans after meeting " + lastLending + " of "
                    + n + " (the last " + p.closingMeetings() + " meetings before share-out)");
        }
        if (e.termPeriods() > p.maxTermPeriods()) {
            throw refuse(Rule.LOAN_TERM, e.member(), "a term of " + e.termPeriods() + " periods is longer than the "
                    + p.maxTermPeriods() + " allowed");
        }
        long due = meeting + (long) e.termPeriods() * p.chargingPeriod();
        if (due > n) {
            throw refuse(Rule.LOAN_TERM, e.member(), "a loan of " + e.termPeriods() + " periods of " + p.chargingPeriod()
                    + " meetings would fall due at meeting " + due + ", after the share-out at meeting " + n);
        }
        Account a = accounts[i];
        if (a.open.length >= p.maxLoansAtOnce()) {
            throw refuse(Rule.LOANS_AT_ONCE, e.member(), "the member already holds " + a.open.length
                    + " loan(s); at most " + p.maxLoansAtOnce() + " at once");
        }
        long cap = cap(a);
        long owed = a.principalOutstanding();
        if (Math.addExact(owed, principal) > cap) {
            throw refuse(Rule.LOAN_CAP, e.member(), "a loan of " + fmt(principal) + " with " + fmt(owed)
                    + " already outstanding is more than " + p.maxMultipleOfSavings().stripTrailingZeros().toPlainString()
                    + " x savings of " + fmt(a.savings) + " = " + fmt(cap));
        }
        if (principal > loanFund) {
            throw refuse(Rule.LOAN_FUND_CASH, e.member(), "a loan of " + fmt(principal) + " is more than the "
                    + fmt(loanFund) + " cash in the loan fund");
        }
        Loan loan = new Loan(++loanCount, e.member(), meeting, principal, e.termPeriods(), (int) due);
        loan.owner = batch;
        if (p.method() == LoanPolicy.ChargingMethod.UP_FRONT) {
            loan.chargesDue = charge(p.rate(), principal, e.termPeriods());
        }
        Account w = edit(i);
        Loan[] open = java.util.Arrays.copyOf(w.open, w.open.length + 1);
        open[w.open.length] = loan;
        w.open = open;
        loanFund -= principal;
        lent = Math.addExact(lent, principal);
        outstanding = Math.addExact(outstanding, principal);
        current.lent += principal;
    }

    /** The most a member may owe in principal: the multiple of savings, rounded down to the minor unit. */
    long cap(Account a) {
        BigDecimal multiple = constitution.loans().maxMultipleOfSavings();
        long fast = chargeInLongs(multiple, a.savings, 1, 1, RoundingMode.FLOOR);
        return fast >= 0 ? fast : multiple.multiply(BigDecimal.valueOf(a.savings)).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    private void repay(Event.LoanRepaid r) {
        int i = active(r.member());
        long amount = money(r.amount(), r.member(), "the repayment");
        Account a = accounts[i];
        if (a.open.length == 0) {
            throw refuse(Rule.LOAN_NONE_OUTSTANDING, r.member(), "a repayment of " + fmt(amount) + " but the member has no loan outstanding");
        }
        long owed = a.owedOnLoans();
        if (amount > owed) {
            throw refuse(Rule.LOAN_OVERPAYMENT, r.member(), "a repayment of " + fmt(amount) + " is more than the "
                    + fmt(owed) + " owed (charges and principal)");
        }
        Account w = edit(i);
        Loan[] loans = w.open.clone();
        long left = amount;
        int stillOpen = 0;
        for (int k = 0; k < loans.length; k++) {
            Loan l = loans[k];
            if (left > 0) {
                l = edit(l);
                long toCharges = Math.min(left, l.chargesDue - l.chargesPaid);
                l.chargesPaid += toCharges;
                left -= toCharges;
                long toPenalties = Math.min(left, l.penaltiesDue - l.penaltiesPaid);
                l.penaltiesPaid += toPenalties;
                left -= toPenalties;
                long toPrincipal = Math.min(left, l.principalOutstanding());
                l.principalRepaid += toPrincipal;
                left -= toPrincipal;
                chargesPaid += toCharges;
                penaltiesPaid += toPenalties;
                principalRepaid += toPrincipal;
                outstanding -= toPrincipal;
                current.chargesPaid += toCharges;
                current.penaltiesPaid += toPenalties;
                current.principalRepaid += toPrincipal;
            }
            if (l.owed() == 0) {
                l.closedAt = meeting;
                closedLoans = closedLoans.push(l);
            } else {
                loans[stillOpen++] = l;
            }
        }
        w.open = java.util.Arrays.copyOf(loans, stillOpen);
        loanFund = Math.addExact(loanFund, amount);
    }

    private void reschedule(Event.LoanRescheduled r) {
        int i = active(r.member());
        Account a = accounts[i];
        if (a.open.length == 0) {
            throw refuse(Rule.LOAN_NONE_OUTSTANDING, r.member(), "there is no loan outstanding to reschedule");
        }
        int n = constitution.meetings();
        long due = a.open[0].dueMeeting + (long) r.extraPeriods() * constitution.loans().chargingPeriod();
        if (due > n) {
            throw refuse(Rule.LOAN_TERM, r.member(), "loan " + a.open[0].number + " would fall due at meeting " + due
                    + ", after the share-out at meeting " + n);
        }
        Account w = edit(i);
        w.open = w.open.clone();
        Loan l = edit(w.open[0]);
        l.dueMeeting = (int) due;
        l.termPeriods += r.extraPeriods();
        l.rescheduledBy = r.decidedBy();
        w.open[0] = l;
    }

    private void writeOff(Event.LoanWrittenOff e) {
        int i = find(e.member());
        Account a = accounts[i];
        if (a.open.length == 0) {
            throw refuse(Rule.LOAN_NONE_OUTSTANDING, e.member(), "there is no loan outstanding to write off");
        }
        boolean social = constitution.loans().writeOffCover() == LoanPolicy.WriteOffCover.SOCIAL_FUND;
        Account w = edit(i);
        for (Loan open : w.open) {
            Loan l = edit(open);
            long out = l.principalOutstanding();
            long cover = social ? Math.min(out, socialFund) : 0;
            socialFund -= cover;
            loanFund += cover;
            writtenOffCovered += cover;
            writtenOffLoss += out - cover;
            outstanding -= out;
            current.writtenOff += out;
            l.principalWrittenOff = out;
            l.writtenOffCovered = cover;
            l.chargesWaived = l.chargesUnpaid();
            l.writtenOffBy = e.decidedBy();
            l.writeOffReason = e.reason();
            l.closedAt = meeting;
            closedLoans = closedLoans.push(l);
        }
        w.open = new Loan[0];
    }

    private void leave(Event.MemberLeft e) {
        int i = active(e.member());
        Account a = accounts[i];
        if (a.open.length > 0) {
            throw refuse(Rule.LEAVER_HAS_LOAN, e.member(), "the member still owes " + fmt(a.owedOnLoans()) + " on loans");
        }
        long gross = settlementValue(a);
        long fines = Math.min(a.finesOwed(), gross);
        long net = gross - fines;
        if (net > loanFund) {
            throw refuse(Rule.LEAVER_SETTLEMENT, e.member(), "the settlement of " + fmt(net) + " is more than the "
                    + fmt(loanFund) + " cash in the loan fund");
        }
        Account w = edit(i);
        w.leftAt = meeting;
        w.finesPaid += fines;
        w.finesWaived += w.finesOwed();
        w.settlement = gross;
        activeShares -= w.shares;
        activeShareMeetings -= w.shareMeetings;
        finesPaid += fines;
        leaverSettlements += gross;
        loanFund -= net;
        current.finesPaid += fines;
        current.leaverPayouts += net;
    }

    /** What a member leaving now is owed for their shares, before fines, per the share-out policy. */
    long settlementValue(Account a) {
        if (constitution.shareOut().leaverSettlement() == ShareOutPolicy.LeaverSettlement.SAVINGS_ONLY
                || activeShares == 0) {
            return a.savings;
        }
        long worth = loanFund + outstanding;
        long unit = constitution.cashUnitMinor();
        BigInteger v = BigInteger.valueOf(worth).multiply(BigInteger.valueOf(a.shares))
                .divide(BigInteger.valueOf(activeShares).multiply(BigInteger.valueOf(unit)));
        return Math.multiplyExact(v.longValueExact(), unit);
    }

    private void countCash(Event.CashCounted c) {
        long lf = money(c.loanFund(), null, "the loan fund counted");
        long sf = money(c.socialFund(), null, "the social fund counted");
        if (lf != loanFund || sf != socialFund) {
            throw refuse(Rule.CASH_COUNT, null, "counted " + fmt(lf) + " in the loan fund and " + fmt(sf)
                    + " in the social fund, but the records say " + fmt(loanFund) + " and " + fmt(socialFund)
                    + " (differences " + fmt(lf - loanFund) + " and " + fmt(sf - socialFund) + ")");
        }
    }
}

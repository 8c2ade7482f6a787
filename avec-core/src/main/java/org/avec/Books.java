package org.avec;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.avec.internal.Amounts;

/**
 * The group's books after some events, in exact minor units: the two boxes, the running totals of what entered
 * and left each, every member's account, the loans, and the meetings held. This is the state the rule areas
 * ({@link Meetings}, {@link Savings}, {@link Lending}, {@link Charges}, {@link Leaving}) change, and that
 * {@link Reports} and {@link Sharing} read.
 *
 * <p>Books are never changed once published. {@link Recorder} makes new books by {@link #startBuild() copying}
 * (O(members) references, never the history), applies events to the copy, and {@link #publish() publishes} it;
 * if a rule is broken the copy is dropped and the books it came from are untouched. During a build each member's
 * account and each loan is copied at most once, the first time it changes, and then changed in place.
 */
final class Books implements Cloneable {

    final Constitution constitution;
    final CurrencyUnit currency;
    int meeting;
    LocalDate date;
    MemberTable table;
    Account[] accounts;
    History<Loan> closedLoans = History.empty();
    /**
     * Whether these books keep each meeting's totals ({@link #pastMeetings}, {@link #current}) for the meeting
     * summaries. A cycle's own books do not: the summaries are asked for rarely, so {@link Cycle#meetingSummaries()}
     * replays the record into books that do. Otherwise the totals are written into one scratch {@link #current}
     * that nothing reads, so that the rule areas post every movement the same way in both.
     */
    boolean keepsMeetings;
    History<MeetingTotals> pastMeetings = History.empty();
    /** The open meeting's totals (a scratch copy unless {@link #keepsMeetings}); null before the first meeting. */
    MeetingTotals current;
    int loanCount;

    // the two boxes
    long loanFund;
    long socialFund;
    // running totals: everything that entered or left each box
    long carriedCapital;
    long carriedSocial;
    long savingsIn;
    long finesPaid;
    long chargesPaid;
    long penaltiesPaid;
    long writtenOffLoss;
    long leaverSettlements;
    long outstanding;
    long activeShares;

    // the group's own money beyond the box (§12): each array is replaced, never changed, when an event changes it
    /** Loan-fund cash kept at each place the constitution names, in its order; the box holds the rest. */
    long[] placeCash = NO_AMOUNTS;
    /** The sum of {@link #placeCash}. */
    long placesTotal;
    long otherIncome;
    long expenses;
    /** The lenders the group has borrowed from this cycle (or owed when the books opened), and what it owes each. */
    String[] lenders = NO_NAMES;
    long[] lenderOwed = NO_AMOUNTS;
    long groupDebt;
    long groupBorrowed;
    long groupPrincipalRepaid;
    long groupInterestPaid;
    /** Property the group holds, in the order acquired. */
    Held[] property = NO_PROPERTY;
    long propertyHeld;
    long propertyBought;
    long propertySold;
    /** Property the group held when the books opened, at its value. */
    long propertyCarriedIn;
    /** Property given to the group, at its value: worth that came in without cash. */
    long propertyGiven;
    /** The value of property sold (what it was held at), so that a sale's gain is price − value. */
    long propertySoldValue;

    static final long[] NO_AMOUNTS = new long[0];
    static final String[] NO_NAMES = new String[0];
    static final Held[] NO_PROPERTY = new Held[0];

    /** An item of property the group holds: its name, value, the meeting it came, and who gave it (null if bought). */
    record Held(String item, long value, int meeting, String givenBy) {}

    /** The loan-fund cash in the group's box: all of it but what is kept at the other places. */
    long boxCash() {
        return loanFund - placesTotal;
    }

    /** While these books are being built: what the build owns and may change in place. Null once published. */
    private Build build;

    /** What one build owns: the accounts it copied (by position), its token for loans, the member looked up last. */
    private static final class Build {
        boolean[] owned;
        final Object token = new Object();
        String lastKey;
        int lastPosition;

        Build(int members) {
            owned = new boolean[members];
        }
    }

    private Books(Constitution constitution) {
        this.constitution = constitution;
        this.currency = constitution.currency();
    }

    /** Profit earned before the books opened (a group digitised mid-cycle), part of the loan fund. */
    long earnedBefore;

    /**
     * The books as they open (see {@link Opening}): at the start of a cycle, or part-way through it with each member's
     * position. Refused, naming the rule, if the opening is in another currency, does not fit the constitution, or
     * does not balance.
     */
    static Books opening(Constitution c, Opening o) {
        MinorUnits.requireCurrency(c.currency(), o.currency(), o.loanFundCashMinor(), 0, null, "the opening");
        int n = c.meetings();
        int first = o.firstMeeting();
        Books b = new Books(c);
        if (first > n) {
            throw b.refuse(Rule.OPENING_BALANCE, null, "the books open at meeting " + first + " but the cycle has "
                    + n + " meetings");
        }
        b.meeting = first - 1;
        b.carriedCapital = o.carriedCapitalMinor();
        b.carriedSocial = o.socialFundMinor();
        b.earnedBefore = o.earnedBeforeMinor();
        b.loanFund = o.loanFundCashMinor();
        b.socialFund = o.socialFundMinor();
        List<Opening.Position> positions = o.positions();
        b.accounts = new Account[positions.size()];
        long savings = 0;
        for (int i = 0; i < b.accounts.length; i++) {
            Opening.Position p = positions.get(i);
            Member m = p.member();
            Account a = new Account(m.id(), m.name(), m.profile(), 0);
            a.shares = p.shares();
            a.savings = Math.multiplyExact(p.shares(), c.shareValueMinor());
            // shares bought before the books count as bought evenly over the meetings before them, unless given
            a.shareMeetings = p.shareMeetings().orElse(Math.multiplyExact(p.shares(), 2L * n - first) / 2);
            a.finesCharged = p.finesOwed();
            a.socialLoan = p.socialFundLoan();
            savings = Math.addExact(savings, a.savings);
            b.activeShares = Math.addExact(b.activeShares, p.shares());
            b.accounts[i] = a;
        }
        b.table = o.table;
        b.savingsIn = savings;
        int period = c.loans().chargingPeriod();
        for (Opening.Loan ol : o.loans()) {
            int i = b.table.position(ol.member());
            if (i < 0) {
                throw b.refuse(Rule.OPENING_BALANCE, ol.member(), "an opening loan's borrower is not a member");
            }
            if (ol.dueMeeting() > n) {
                throw b.refuse(Rule.OPENING_BALANCE, ol.member(), "an opening loan falls due at meeting "
                        + ol.dueMeeting() + ", after the share-out at meeting " + n);
            }
            int term = (ol.dueMeeting() - ol.issuedAt() + period - 1) / period;
            Loan l = new Loan(++b.loanCount, ol.member(), ol.issuedAt(), ol.principal(), term, ol.dueMeeting(),
                    LoanPurpose.NOT_GIVEN);
            l.principalRepaid = ol.principal() - ol.outstanding();
            l.chargesDue = ol.chargesDue();
            Account a = b.accounts[i];
            a.loansOpen = java.util.Arrays.copyOf(a.loansOpen, a.loansOpen.length + 1);
            a.loansOpen[a.loansOpen.length - 1] = l;
            b.outstanding = Math.addExact(b.outstanding, ol.outstanding());
        }
        if (!o.cashAt.isEmpty()) {
            b.placeCash = new long[c.places().size()];
            for (Map.Entry<String, Long> p : o.cashAt.entrySet()) {
                int at = c.placeIndex(p.getKey());
                if (at <= 0) {
                    throw b.refuse(Rule.PLACE_UNKNOWN, null, "the opening keeps cash at '" + SafeText.of(p.getKey())
                            + "', which is not a place the constitution names" + (c.places().isEmpty() ? ""
                                    : " (" + SafeText.of(String.join(", ", c.places())) + ")"));
                }
                b.placeCash[at - 1] = p.getValue();
                b.placesTotal = Math.addExact(b.placesTotal, p.getValue());
            }
            if (b.placesTotal > b.loanFund) {
                throw b.refuse(Rule.OPENING_BALANCE, null, "the opening keeps " + b.fmt(b.placesTotal) + " of the loan"
                        + " fund at the other places, more than its cash of " + b.fmt(b.loanFund));
            }
        }
        if (!o.groupLoans.isEmpty()) {
            b.lenders = o.groupLoans.keySet().toArray(new String[0]);
            b.lenderOwed = new long[b.lenders.length];
            for (int i = 0; i < b.lenders.length; i++) {
                b.lenderOwed[i] = o.groupLoans.get(b.lenders[i]);
                b.groupDebt = Math.addExact(b.groupDebt, b.lenderOwed[i]);
            }
        }
        if (!o.property.isEmpty()) {
            b.property = new Held[o.property.size()];
            int k = 0;
            for (Map.Entry<String, Long> p : o.property.entrySet()) {
                b.property[k++] = new Held(p.getKey(), p.getValue(), first - 1, null);
                b.propertyHeld = Math.addExact(b.propertyHeld, p.getValue());
            }
            b.propertyCarriedIn = b.propertyHeld;
        }
        long held = Math.addExact(b.loanFund, b.outstanding);
        long owned = Math.addExact(Math.addExact(Math.addExact(savings, b.earnedBefore), b.carriedCapital), b.groupDebt);
        if (held != owned) {
            throw b.refuse(Rule.OPENING_BALANCE, null, "loan-fund cash " + b.fmt(b.loanFund) + " + loans outstanding "
                    + b.fmt(b.outstanding) + " = " + b.fmt(held) + ", but savings " + b.fmt(savings)
                    + " + earned before the books " + b.fmt(b.earnedBefore) + " + capital carried in "
                    + b.fmt(b.carriedCapital) + (b.groupDebt == 0 ? "" : " + owed to the group's lenders "
                            + b.fmt(b.groupDebt)) + " = " + b.fmt(owned) + " (difference " + b.fmt(held - owned) + ")");
        }
        return b;
    }

    /** These books, made to keep each meeting's totals from now on; only on books that open a cycle. */
    Books keepingMeetings() {
        keepsMeetings = true;
        return this;
    }

    /** A copy of these published books to build on: every field, with the arrays that change copied. */
    Books startBuild() {
        try {
            Books b = (Books) super.clone();
            b.accounts = accounts.clone();
            b.current = current == null ? null : current.copy();
            b.build = new Build(accounts.length);
            return b;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** Ends the build: the boxes are written into the open meeting's totals, and nothing may change any more. */
    Books publish() {
        closeTotals();
        build = null;
        return this;
    }

    /** Writes the boxes as they stand into the open meeting's totals: when a meeting closes, and at publishing. */
    void closeTotals() {
        if (current != null) {
            current.loanFundAtEnd = loanFund;
            current.socialFundAtEnd = socialFund;
            current.outstandingAtEnd = outstanding;
        }
    }

    // ------------------------------------------------------------------ members

    /**
     * Where a member's account is: "only members of the group take part".
     *
     * @throws RuleViolationException ({@link Rule#MEMBER_UNKNOWN}) if no such member has joined
     */
    int find(MemberId id) {
        Build w = build;
        if (w != null) {
            // a member's events usually come one after the other (attendance, shares, social fund), and the next
            // member usually follows in the order members joined: both are tried first, by the id's text itself
            // (the same text when the events were made from the members' ids), in a method small enough to be inlined
            String key = id.value();
            if (key == w.lastKey) {
                return w.lastPosition;
            }
            int next = w.lastPosition + 1;
            if (next < accounts.length && key == accounts[next].id.value()) {
                w.lastKey = key;
                return w.lastPosition = next;
            }
        }
        return lookUp(id, w);
    }

    /**
     * The same as {@link #find}, for ids whose text is another copy: the next member by equal text, then the table.
     * Kept apart so that the usual path stays small enough to be inlined.
     */
    private int lookUp(MemberId id, Build w) {
        String key = id.value();
        if (w != null && w.lastKey != null) {
            if (key.equals(w.lastKey)) {
                return w.lastPosition;
            }
            int next = w.lastPosition + 1;
            if (next < accounts.length && key.equals(accounts[next].id.value())) {
                w.lastKey = key;
                return w.lastPosition = next;
            }
        }
        int i = table.position(id);
        if (i < 0) {
            throw refuse(Rule.MEMBER_UNKNOWN, id, "no member with id '" + id + "' has joined the group"
                    + (hasFounders() ? "" : "; this cycle started with no members: founding members are given when the"
                            + " cycle starts (Cycle.start or Cycle.replay with the founders), later ones join with"
                            + " MemberJoined"));
        }
        if (w != null) {
            w.lastKey = key;
            w.lastPosition = i;
        }
        return i;
    }

    /** Whether any member started the cycle (joined before its first meeting). */
    private boolean hasFounders() {
        for (Account a : accounts) {
            if (a.joinedAt == 0) {
                return true;
            }
        }
        return false;
    }

    /** A member's account, read only. */
    Account account(MemberId id) {
        return accounts[find(id)];
    }

    /**
     * Where the account of a member still in the group is: "a member who has left takes no further part".
     *
     * @throws RuleViolationException ({@link Rule#MEMBER_LEFT}) if the member has left
     */
    int active(MemberId id) {
        int i = find(id);
        if (accounts[i].leftAt != 0) {
            throw departed(accounts[i]);
        }
        return i;
    }

    /** The refusal for a member who has left: "a member who has left takes no further part". */
    RuleViolationException departed(Account a) {
        return refuse(Rule.MEMBER_LEFT, a.id, "the member left the group at meeting " + a.leftAt);
    }

    /** Adds a new member's account; the caller has checked that the id is new. */
    void add(Account a) {
        table = table.with(a.id, accounts.length);
        accounts = Arrays.copyOf(accounts, accounts.length + 1);
        accounts[accounts.length - 1] = a;
        build.owned = Arrays.copyOf(build.owned, accounts.length);
        build.owned[accounts.length - 1] = true;
    }

    /** The account at position {@code i}, which this build may change: copied the first time. */
    Account writable(int i) {
        if (build.owned[i]) {
            return accounts[i];
        }
        Account a = accounts[i].copy();
        accounts[i] = a;
        build.owned[i] = true;
        return a;
    }

    /** A loan this build may change: the loan itself if this build made or copied it, else a copy it owns. */
    Loan writable(Loan loan) {
        return loan.owner == build.token ? loan : loan.copy(build.token);
    }

    /** A new loan, owned by this build. */
    Loan newLoan(MemberId borrower, long principal, int termPeriods, int dueMeeting, LoanPurpose purpose) {
        Loan l = new Loan(++loanCount, borrower, meeting, principal, termPeriods, dueMeeting, purpose);
        l.owner = build.token;
        return l;
    }

    // ------------------------------------------------------------------ refusals and amounts

    RuleViolationException refuse(Rule rule, MemberId member, String detail) {
        return new RuleViolationException(rule, meeting, member, detail);
    }

    /** An event's amount in minor units, once it is known to be in the group's currency. */
    long amount(MemberAmount e, String what) {
        MinorUnits.requireCurrency(currency, e.currency(), e.minor(), meeting, e.member(), what);
        return e.minor();
    }

    String fmt(long minor) {
        return Amounts.format(minor, currency);
    }
}

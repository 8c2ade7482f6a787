package org.avec;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
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
    History<MeetingTotals> pastMeetings = History.empty();
    /** The open meeting's totals; null before the first meeting. */
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

    /**
     * The books at the start of a cycle: what was carried in (in the group's currency, not negative), and the
     * founders (each once).
     */
    static Books opening(Constitution c, MonetaryAmount carriedCapital, MonetaryAmount carriedSocialFund,
            List<Member> founders) {
        return opening(c, carried(c, carriedCapital, "the capital carried in"),
                carried(c, carriedSocialFund, "the social fund carried in"), founders);
    }

    private static long carried(Constitution c, MonetaryAmount amount, String what) {
        long minor = MinorUnits.inGroupCurrency(c.currency(), amount, what);
        if (minor < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + Amounts.format(amount));
        }
        return minor;
    }

    static Books opening(Constitution c, long capital, long social, List<Member> founders) {
        Books b = new Books(c);
        b.carriedCapital = capital;
        b.carriedSocial = social;
        b.loanFund = capital;
        b.socialFund = social;
        b.table = MemberTable.of(founders);
        b.accounts = new Account[founders.size()];
        for (int i = 0; i < b.accounts.length; i++) {
            b.accounts[i] = new Account(founders.get(i).id(), founders.get(i).name(), founders.get(i).profile(), 0);
        }
        return b;
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
            // member usually follows in the order members joined: both are tried before the table
            String key = id.value();
            if (key == w.lastKey) {
                return w.lastPosition;
            }
            int next = w.lastPosition + 1;
            if (next < accounts.length && w.lastKey != null && key.equals(accounts[next].id.value())) {
                w.lastKey = key;
                w.lastPosition = next;
                return next;
            }
        }
        return lookUp(id, w);
    }

    /** The table's answer, kept out of {@link #find} so that the usual path stays small enough to be inlined. */
    private int lookUp(MemberId id, Build w) {
        int i = table.position(id);
        if (i < 0) {
            throw refuse(Rule.MEMBER_UNKNOWN, id, "no member with id '" + id + "' has joined the group");
        }
        if (w != null) {
            w.lastKey = id.value();
            w.lastPosition = i;
        }
        return i;
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

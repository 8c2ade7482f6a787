package org.avec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.internal.Amounts;

/**
 * What a group's books hold when they open: at the start of a cycle, or part-way through it, when a group that kept
 * its records on paper is digitised (FAO's VSLA MIS and Ledger Link both have such a set-up step, S20, S23).
 *
 * <p><b>The rule.</b> "Each member's position is entered once: her shares so far (her savings are shares × the share
 * value), the loans she still owes (principal lent and still owed, the charges due and unpaid, the meeting it was
 * issued and the meeting it falls due), the fines she owes, what she owes the social fund; and the group's cash in
 * the loan fund's box, its social fund, the capital carried in from the last cycle and the profit it earned before
 * the books (charges, penalties and fines paid, less losses). The opening balances: loan-fund cash + loans outstanding
 * = savings + profit earned before the books + capital carried in (+ what the group owes on loans to the group, whose
 * cash is in the loan fund)." Property the group holds ({@link Builder#property}) is carried in at its value beside
 * the balance. A cycle refuses an opening that does not balance
 * ({@link Rule#OPENING_BALANCE}), naming the difference. Charges due and unpaid are not in the balance: a charge is
 * income only when it is paid.
 *
 * <p><b>Example</b> (§11): opened at meeting 21 of 52, share 10 MAD. A holds 40 shares, B 25, C 35 (savings 1,000);
 * B owes 300 of principal and 30 of service charge; the box holds 820; the social fund 60. Loan fund 820 + 300 =
 * 1,120 = savings 1,000 + 120 earned before the books.
 * <pre>{@code
 * Opening opening = Opening.builder(Monetary.getCurrency("MAD"), 21)
 *         .loanFundCash(Money.of(820, "MAD")).socialFund(Money.of(60, "MAD")).earnedBefore(Money.of(120, "MAD"))
 *         .member(Member.of("a", "A"), 40).member(Member.of("b", "B"), 25).member(Member.of("c", "C"), 35)
 *         .loan("b", Money.of(300, "MAD"), Money.of(300, "MAD"), Money.of(30, "MAD"), 17, 25)
 *         .build();
 * Cycle cycle = Cycle.start(constitution, opening);
 * }</pre>
 *
 * <p><b>Time-weighted share-out.</b> A share bought at meeting m counts n − m share-meetings (n the share-out meeting).
 * When a member's share-meetings before the books are not given, her shares are taken as bought evenly over the
 * meetings before the books: {@code shares × (2n − first) ÷ 2}, rounded down, where {@code first} is the first meeting
 * in the books. Give them with {@link Builder#shareMeetings(String, long)} where the paper records show them.
 *
 * <p>Amounts are read when given and kept as exact counts of the currency's minor unit. Whether the opening agrees
 * with the group's rules (its currency, its meetings, its balance) is checked when a cycle starts from it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Opening {

    /**
     * A loan a member still owes when the books open.
     *
     * @param member the borrower, not null
     * @param principal the principal lent, more than zero
     * @param outstanding the principal still owed, from 0 to {@code principal}
     * @param chargesDue service charges and penalties due and not yet paid, zero or more
     * @param issuedAt the meeting the loan was made, before the books' first meeting
     * @param dueMeeting the meeting it falls due, after {@code issuedAt}
     */
    public record Loan(MemberId member, long principal, long outstanding, long chargesDue, int issuedAt,
            int dueMeeting) {
        /**
         * Checks what needs no knowledge of the group.
         *
         * @param member the borrower, not null
         * @param principal the principal lent, more than zero
         * @param outstanding the principal still owed, from 0 to {@code principal}
         * @param chargesDue charges and penalties due and unpaid, zero or more
         * @param issuedAt the meeting the loan was made, at least 1
         * @param dueMeeting the meeting it falls due, after {@code issuedAt}
         * @throws IllegalArgumentException if a figure is out of range or the loan owes nothing
         */
        public Loan {
            Objects.requireNonNull(member, "member");
            if (principal <= 0 || outstanding < 0 || outstanding > principal || chargesDue < 0
                    || outstanding + chargesDue == 0) {
                throw new IllegalArgumentException("An opening loan of member " + member + " owes principal from 0 to"
                        + " the principal lent (lent " + principal + ", owed " + outstanding + ", charges " + chargesDue
                        + " in minor units) and owes something");
            }
            if (issuedAt < 1 || dueMeeting <= issuedAt) {
                throw new IllegalArgumentException("An opening loan of member " + member + " is issued at a meeting from"
                        + " 1 and falls due after it, not issued at " + issuedAt + " and due at " + dueMeeting);
            }
        }
    }

    /**
     * One member's position when the books open.
     *
     * @param member the member, not null
     * @param shares the shares she holds, zero or more
     * @param shareMeetings her share-meetings so far for a time-weighted share-out, if the records show them
     * @param finesOwed fines charged and not paid, in minor units, zero or more
     * @param socialFundLoan what she owes the social fund, in minor units, zero or more
     */
    public record Position(Member member, long shares, OptionalLong shareMeetings, long finesOwed, long socialFundLoan) {
        /**
         * Checks what needs no knowledge of the group.
         *
         * @param member the member, not null
         * @param shares the shares she holds, zero or more
         * @param shareMeetings her share-meetings so far, if known, not null
         * @param finesOwed fines owed, in minor units, zero or more
         * @param socialFundLoan owed to the social fund, in minor units, zero or more
         * @throws IllegalArgumentException if a figure is negative
         */
        public Position {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(shareMeetings, "shareMeetings");
            if (shares < 0 || finesOwed < 0 || socialFundLoan < 0
                    || (shareMeetings.isPresent() && shareMeetings.getAsLong() < 0)) {
                throw new IllegalArgumentException("The opening position of member " + member.id()
                        + " has a negative figure: " + shares + " shares, fines " + finesOwed + ", social-fund loan "
                        + socialFundLoan + (shareMeetings.isPresent() ? ", share-meetings " + shareMeetings.getAsLong() : ""));
            }
        }
    }

    private final CurrencyUnit currency;
    private final int firstMeeting;
    private final long loanFundCash;
    private final long socialFund;
    private final long carriedCapital;
    private final long earnedBefore;
    private final List<Position> positions;
    private final List<Member> members;
    /** The members' index, built once when the opening is made (it refuses a member listed twice). */
    final MemberTable table;
    private final List<Loan> loans;
    /** What the group owes each lender when the books open, and the property it holds, in minor units. */
    final Map<String, Long> groupLoans;
    final Map<String, Long> property;
    /** The part of the loan-fund cash kept at each place besides the box, in minor units. */
    final Map<String, Long> cashAt;

    private Opening(CurrencyUnit currency, int firstMeeting, long loanFundCash, long socialFund, long carriedCapital,
            long earnedBefore, List<Position> positions, List<Loan> loans) {
        this(currency, firstMeeting, loanFundCash, socialFund, carriedCapital, earnedBefore, positions, loans, Map.of(),
                Map.of(), Map.of());
    }

    private Opening(CurrencyUnit currency, int firstMeeting, long loanFundCash, long socialFund, long carriedCapital,
            long earnedBefore, List<Position> positions, List<Loan> loans, Map<String, Long> groupLoans,
            Map<String, Long> property, Map<String, Long> cashAt) {
        this.groupLoans = groupLoans;
        this.property = property;
        this.cashAt = cashAt;
        this.currency = currency;
        this.firstMeeting = firstMeeting;
        this.loanFundCash = loanFundCash;
        this.socialFund = socialFund;
        this.carriedCapital = carriedCapital;
        this.earnedBefore = earnedBefore;
        this.positions = positions;
        List<Member> m = new ArrayList<>(positions.size());
        for (Position p : positions) {
            m.add(p.member());
        }
        // each member once: the table refuses a member listed twice, naming her
        this.table = MemberTable.of(m);
        this.members = java.util.Collections.unmodifiableList(m);
        this.loans = loans;
    }

    /**
     * The opening of a new cycle at its first meeting: the founding members, holding nothing yet, and the cash
     * carried in from the last cycle.
     *
     * @param carriedCapital cash carried into the loan fund, not negative, not null
     * @param carriedSocialFund cash carried into the social fund, in the same currency, not negative, not null
     * @param founders the members at the start of the cycle, with distinct ids, not null
     * @return the opening, never null
     * @throws IllegalArgumentException if an amount is negative or finer than the minor unit, or a member is listed
     *     twice
     * @throws RuleViolationException ({@link Rule#GROUP_CURRENCY}) if the amounts are in two currencies
     */
    public static Opening atStart(MonetaryAmount carriedCapital, MonetaryAmount carriedSocialFund,
            Collection<Member> founders) {
        return atStart(Objects.requireNonNull(carriedCapital, "carriedCapital").getCurrency(), carriedCapital,
                carriedSocialFund, founders);
    }

    /** {@link #atStart(MonetaryAmount, MonetaryAmount, Collection)} for a group saving in {@code currency}. */
    static Opening atStart(CurrencyUnit currency, MonetaryAmount carriedCapital, MonetaryAmount carriedSocialFund,
            Collection<Member> founders) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(founders, "founders");
        long capital = read(currency, carriedCapital, "the capital carried in", false);
        long social = read(currency, carriedSocialFund, "the social fund carried in", false);
        List<Position> positions = new ArrayList<>(founders.size());
        int position = 0;
        for (Member m : founders) {
            if (m == null) {
                throw new NullPointerException("the founding member at position " + position + " is null");
            }
            positions.add(new Position(m, 0, OptionalLong.empty(), 0, 0));
            position++;
        }
        return new Opening(currency, 1, capital, social, capital, 0, java.util.Collections.unmodifiableList(positions),
                List.of());
    }

    /** An amount of the opening in minor units: in the group's currency, not negative unless it may be. */
    private static long read(CurrencyUnit currency, MonetaryAmount amount, String what, boolean mayBeNegative) {
        long minor = MinorUnits.inGroupCurrency(currency, Objects.requireNonNull(amount, what), what);
        if (minor < 0 && !mayBeNegative) {
            throw new IllegalArgumentException(what + " must not be negative: " + Amounts.format(amount));
        }
        return minor;
    }

    /**
     * A builder of the books' opening.
     *
     * @param currency the group's currency, not null
     * @param firstMeeting the first meeting in the books (1 at the start of a cycle, 21 for a group digitised after
     *     20 meetings), at least 1
     * @return a new builder with no members and empty boxes, never null
     * @throws IllegalArgumentException if the first meeting is less than 1
     */
    public static Builder builder(CurrencyUnit currency, int firstMeeting) {
        return new Builder(Objects.requireNonNull(currency, "currency"), firstMeeting);
    }

    /**
     * The group's currency.
     *
     * @return the currency, never null
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * The first meeting in the books; the meetings before it were kept on paper.
     *
     * @return the meeting, at least 1
     */
    public int firstMeeting() {
        return firstMeeting;
    }

    /**
     * The cash in the loan fund's box when the books open.
     *
     * @return the cash, never null
     */
    public MonetaryAmount loanFundCash() {
        return Amounts.of(loanFundCash, currency);
    }

    /**
     * The cash in the social fund when the books open (at the start of a cycle: carried from the last cycle).
     *
     * @return the social fund, never null
     */
    public MonetaryAmount socialFund() {
        return Amounts.of(socialFund, currency);
    }

    /**
     * The capital carried into the loan fund from the last cycle.
     *
     * @return the capital, never null
     */
    public MonetaryAmount carriedCapital() {
        return Amounts.of(carriedCapital, currency);
    }

    /**
     * The profit the loan fund earned before the books (charges, penalties and fines paid, less losses), negative for
     * a loss; zero at the start of a cycle.
     *
     * @return the profit, never null
     */
    public MonetaryAmount earnedBefore() {
        return Amounts.of(earnedBefore, currency);
    }

    /**
     * Each member's position, in the order given.
     *
     * @return an unmodifiable list, never null
     */
    public List<Position> positions() {
        return positions;
    }

    /**
     * The members when the books open, in the order given.
     *
     * @return an unmodifiable list, never null
     */
    public List<Member> members() {
        return members;
    }

    /**
     * The loans owed when the books open, in the order given (they are the cycle's loans 1, 2, ...).
     *
     * @return an unmodifiable list, never null
     */
    public List<Loan> loans() {
        return loans;
    }

    long loanFundCashMinor() {
        return loanFundCash;
    }

    long socialFundMinor() {
        return socialFund;
    }

    /**
     * What the group owes on loans to the group when the books open, by lender (a debt carried from the last cycle, or
     * owed when a group's records were digitised): its cash is in the loan fund, and it is never shared out.
     *
     * @return the lenders and what each is owed, in the order given, never null
     */
    public Map<String, MonetaryAmount> groupLoans() {
        return amounts(groupLoans);
    }

    /**
     * The property the group holds when the books open, by item, at its value.
     *
     * @return the items and their values, in the order given, never null
     */
    public Map<String, MonetaryAmount> property() {
        return amounts(property);
    }

    /**
     * The part of the loan-fund cash kept at each place besides the box when the books open (a bank account's balance,
     * a wallet's); the box holds the rest. Checked against the constitution's places when a cycle starts from it.
     *
     * @return the places and their cash, in the order given, never null
     */
    public Map<String, MonetaryAmount> cashAt() {
        return amounts(cashAt);
    }

    private Map<String, MonetaryAmount> amounts(Map<String, Long> m) {
        Map<String, MonetaryAmount> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, Amounts.of(v, currency)));
        return java.util.Collections.unmodifiableMap(out);
    }

    long carriedCapitalMinor() {
        return carriedCapital;
    }

    long earnedBeforeMinor() {
        return earnedBefore;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Opening x && currency.equals(x.currency) && firstMeeting == x.firstMeeting
                && loanFundCash == x.loanFundCash && socialFund == x.socialFund && carriedCapital == x.carriedCapital
                && earnedBefore == x.earnedBefore && positions.equals(x.positions) && loans.equals(x.loans)
                && groupLoans.equals(x.groupLoans) && property.equals(x.property) && cashAt.equals(x.cashAt));
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, firstMeeting, loanFundCash, socialFund, carriedCapital, earnedBefore, positions,
                loans, groupLoans, property, cashAt);
    }

    /** One line: the first meeting, the boxes, the members and loans. */
    @Override
    public String toString() {
        return "Opening[first meeting " + firstMeeting + ", loan fund " + Amounts.format(loanFundCash, currency)
                + ", social fund " + Amounts.format(socialFund, currency) + ", carried " + Amounts.format(carriedCapital,
                currency) + ", earned before " + Amounts.format(earnedBefore, currency) + ", " + positions.size()
                + " members, " + loans.size() + " loans" + (groupLoans.isEmpty() ? "" : ", owes " + groupLoans.size()
                        + " lender(s)") + (property.isEmpty() ? "" : ", " + property.size() + " item(s) of property") + "]";
    }

    /** Builds an {@link Opening}; every figure starts at zero. Not thread-safe. */
    public static final class Builder {
        private final CurrencyUnit currency;
        private final int firstMeeting;
        private long loanFundCash;
        private long socialFund;
        private long carriedCapital;
        private long earnedBefore;
        private final Map<MemberId, Position> positions = new LinkedHashMap<>();
        private final List<Loan> loans = new ArrayList<>();
        private final Map<String, Long> groupLoans = new LinkedHashMap<>();
        private final Map<String, Long> property = new LinkedHashMap<>();
        private final Map<String, Long> cashAt = new LinkedHashMap<>();

        private Builder(CurrencyUnit currency, int firstMeeting) {
            if (firstMeeting < 1) {
                throw new IllegalArgumentException("The books' first meeting is at least 1, not " + firstMeeting);
            }
            this.currency = currency;
            this.firstMeeting = firstMeeting;
        }

        private long read(MonetaryAmount amount, String what, boolean mayBeNegative) {
            return Opening.read(currency, amount, what, mayBeNegative);
        }

        private Position position(String id) {
            Position p = positions.get(MemberId.of(id));
            if (p == null) {
                throw new IllegalArgumentException("Member " + MemberId.of(id) + " is not in the opening: give her"
                        + " position with member(...) first");
            }
            return p;
        }

        /**
         * Sets the cash in the loan fund's box.
         *
         * @param cash not negative, not null
         * @return this builder
         */
        public Builder loanFundCash(MonetaryAmount cash) {
            this.loanFundCash = read(cash, firstMeeting == 1 ? "the capital carried in" : "the loan-fund cash at opening",
                    false);
            return this;
        }

        /**
         * Sets the cash in the social fund.
         *
         * @param cash not negative, not null
         * @return this builder
         */
        public Builder socialFund(MonetaryAmount cash) {
            this.socialFund = read(cash, firstMeeting == 1 ? "the social fund carried in" : "the social fund at opening",
                    false);
            return this;
        }

        /**
         * Sets the capital carried into the loan fund from the last cycle (part of what the loan fund holds).
         *
         * @param capital not negative, not null
         * @return this builder
         */
        public Builder carriedCapital(MonetaryAmount capital) {
            this.carriedCapital = read(capital, "the capital carried in", false);
            return this;
        }

        /**
         * Sets the profit earned before the books: charges, penalties and fines paid into the loan fund, less losses.
         *
         * @param profit negative for a loss, not null
         * @return this builder
         */
        public Builder earnedBefore(MonetaryAmount profit) {
            this.earnedBefore = read(profit, "the profit earned before the books", true);
            return this;
        }

        /**
         * Adds a member and the shares she holds.
         *
         * @param member the member, not already given, not null
         * @param shares zero or more
         * @return this builder
         * @throws IllegalArgumentException if the member was given already or the shares are negative
         */
        public Builder member(Member member, long shares) {
            Objects.requireNonNull(member, "member");
            if (positions.containsKey(member.id())) {
                throw new IllegalArgumentException("Member " + member.id() + " is listed twice");
            }
            positions.put(member.id(), new Position(member, shares, OptionalLong.empty(), 0, 0));
            return this;
        }

        /**
         * Sets a member's share-meetings so far, for a time-weighted share-out (see the class description).
         *
         * @param id a member given with {@link #member}, not null
         * @param shareMeetings zero or more
         * @return this builder
         */
        public Builder shareMeetings(String id, long shareMeetings) {
            Position p = position(id);
            positions.put(p.member().id(), new Position(p.member(), p.shares(), OptionalLong.of(shareMeetings),
                    p.finesOwed(), p.socialFundLoan()));
            return this;
        }

        /**
         * Sets the fines a member owes.
         *
         * @param id a member given with {@link #member}, not null
         * @param owed not negative, not null
         * @return this builder
         */
        public Builder finesOwed(String id, MonetaryAmount owed) {
            Position p = position(id);
            positions.put(p.member().id(), new Position(p.member(), p.shares(), p.shareMeetings(),
                    read(owed, "the fines owed by " + p.member().id(), false), p.socialFundLoan()));
            return this;
        }

        /**
         * Sets what a member owes the social fund on an interest-free loan (due by the constitution's term from the
         * books' first meeting).
         *
         * @param id a member given with {@link #member}, not null
         * @param owed not negative, not null
         * @return this builder
         */
        public Builder socialFundLoan(String id, MonetaryAmount owed) {
            Position p = position(id);
            positions.put(p.member().id(), new Position(p.member(), p.shares(), p.shareMeetings(), p.finesOwed(),
                    read(owed, "the social-fund loan of " + p.member().id(), false)));
            return this;
        }

        /**
         * Adds a loan a member still owes.
         *
         * @param id a member given with {@link #member}, not null
         * @param principal the principal lent, more than zero, not null
         * @param outstanding the principal still owed, not more than lent, not null
         * @param chargesDue service charges and penalties due and unpaid, not negative, not null
         * @param issuedAt the meeting it was made, before the books' first meeting
         * @param dueMeeting the meeting it falls due, after {@code issuedAt}
         * @return this builder
         * @throws IllegalArgumentException if a figure is out of range or the member was not given
         */
        public Builder loan(String id, MonetaryAmount principal, MonetaryAmount outstanding, MonetaryAmount chargesDue,
                int issuedAt, int dueMeeting) {
            Position p = position(id);
            if (issuedAt >= firstMeeting) {
                throw new IllegalArgumentException("An opening loan of member " + p.member().id() + " was issued before"
                        + " the books' first meeting " + firstMeeting + ", not at " + issuedAt);
            }
            loans.add(new Loan(p.member().id(), read(principal, "the principal lent", false),
                    read(outstanding, "the principal still owed", false), read(chargesDue, "the charges due", false),
                    issuedAt, dueMeeting));
            return this;
        }

        /**
         * Adds what the group owes a lender on a loan to the group when the books open. Its cash is part of the loan
         * fund's cash given, and it counts in the balance: loan-fund cash + loans outstanding = savings + earned before
         * + carried in + what the group owes.
         *
         * @param lender the lender's name, not blank, named once, not null
         * @param owed the principal still owed, more than zero, not null
         * @return this builder
         * @throws IllegalArgumentException if the lender is blank or already given, or the amount is not more than zero
         */
        public Builder groupLoan(String lender, MonetaryAmount owed) {
            GroupMoney.text(lender, "lender");
            long v = read(owed, "what the group owes " + SafeText.of(lender), false);
            if (v == 0 || groupLoans.containsKey(lender)) {
                throw new IllegalArgumentException("A loan to the group is owed once per lender and is more than zero: "
                        + SafeText.of(lender) + " " + Amounts.format(owed));
            }
            groupLoans.put(lender, v);
            return this;
        }

        /**
         * Adds an item of property the group holds when the books open, at its value (its cost, or the value stated
         * when it was given). It is carried in beside the balance, and is not divided at share-out unless sold.
         *
         * @param item the item's name, not blank, named once, not null
         * @param value more than zero, not null
         * @return this builder
         * @throws IllegalArgumentException if the item is blank or already given, or the value is not more than zero
         */
        public Builder property(String item, MonetaryAmount value) {
            GroupMoney.text(item, "item");
            long v = read(value, "the value of " + SafeText.of(item), false);
            if (v == 0 || property.containsKey(item)) {
                throw new IllegalArgumentException("An item of property is named once and is worth more than zero: "
                        + SafeText.of(item) + " " + Amounts.format(value));
            }
            property.put(item, v);
            return this;
        }

        /**
         * Sets the part of the loan-fund cash kept at a place besides the box when the books open (the bank statement's
         * balance, the wallet's): it is part of {@link #loanFundCash}, and the box holds the rest.
         *
         * @param place a place the constitution names, not null
         * @param cash not negative, not null
         * @return this builder
         * @throws IllegalArgumentException if the place is blank or given twice, or the cash is negative
         */
        public Builder cashAt(String place, MonetaryAmount cash) {
            GroupMoney.text(place, "place");
            long v = read(cash, "the cash at " + SafeText.of(place), false);
            if (cashAt.containsKey(place)) {
                throw new IllegalArgumentException("The cash at " + SafeText.of(place) + " is given once");
            }
            cashAt.put(place, v);
            return this;
        }

        /**
         * Builds the opening.
         *
         * @return the opening, never null
         */
        public Opening build() {
            return new Opening(currency, firstMeeting, loanFundCash, socialFund, carriedCapital, earnedBefore,
                    List.copyOf(positions.values()), List.copyOf(loans),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groupLoans)),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(property)),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cashAt)));
        }
    }
}

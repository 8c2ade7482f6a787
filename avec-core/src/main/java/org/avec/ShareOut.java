package org.avec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The share-out at the end of a cycle: everything in the loan fund's box paid back to the members in
 * proportion to their shares, exact to the minor unit, with every figure an auditor needs to check it.
 *
 * <p><b>The rule.</b> The distributable cash is the loan fund's cash, plus any debts that members settle by
 * deduction from their payout. The value per share is the distributable cash ÷ the total shares
 * ({@link ShareOutPolicy.Method#PROPORTIONAL}, the AVEC standard) or per share-meeting
 * ({@link ShareOutPolicy.Method#TIME_WEIGHTED}). Each member's exact entitlement is shares × value per
 * share; the payout is that rounded down to the cash unit; the whole cash units left are handed out by
 * largest remainder if the constitution says so (see {@link Allocation}), and what is left is the
 * {@linkplain #remainder() remainder}, carried into the next cycle's loan fund or given to the social fund.
 * The social fund is never shared out: it is carried into the next cycle.
 *
 * <p><b>Always:</b> the net payouts plus the remainder equal the loan fund's cash; the net payouts plus the
 * remainder plus the debts netted equal the distributable cash; every gross payout differs from the exact
 * entitlement by less than one cash unit; and the make-up (carried in + savings + charges + penalties +
 * fines − losses − paid to leavers − loans still out + debts netted) adds up to the distributable cash.
 *
 * <p><b>Debts.</b> With {@link ShareOutPolicy.OutstandingLoans#REFUSE} (the default) the share-out is refused
 * while a loan is outstanding. With {@code DEDUCT_FROM_PAYOUT}, and always for unpaid fines, what a member
 * owes is taken from the member's payout. A member whose shares are worth less than the debt receives
 * nothing; the shares are set against the debt, the rest is named as a shortfall, and the value per share is
 * worked out over the other members (so the loss is shared by all, and no one is paid money that is not in
 * the box). The same happens when the payout rounded down to the cash unit would be less than the debt:
 * what the member would have kept is less than one cash unit, and is rounded away.
 *
 * <p>{@link #toString()} renders the statement as a plain-text table that can be checked with a calculator.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShareOut {

    private static final int EXTRA_DIGITS = 10;

    private final Cycle cycle;
    private final CurrencyUnit currency;
    private final long cash;
    private final long debtsNetted;
    private final long weightTotal;
    private final long totalShares;
    private final long remainder;
    // one entry per member in the share-out, in order of member id; the lines are made from them when first asked for
    private final Ledger.Account[] members;
    private final long[] weight;
    private final long[] gross;
    private final long[] deduction;
    private final long[] debt;
    private final boolean[] paid;
    private final long pool;
    private final long netTotal;
    private volatile List<ShareOutLine> lines;

    private ShareOut(Cycle cycle, long cash, long debtsNetted, long weightTotal, long totalShares,
            Ledger.Account[] members, long[] weight, long[] gross, long[] deduction, long[] debt, boolean[] paid,
            long pool, long netTotal, long remainder) {
        this.members = members;
        this.weight = weight;
        this.gross = gross;
        this.deduction = deduction;
        this.debt = debt;
        this.paid = paid;
        this.pool = pool;
        this.netTotal = netTotal;
        this.cycle = cycle;
        this.currency = cycle.constitution().currency();
        this.cash = cash;
        this.debtsNetted = debtsNetted;
        this.weightTotal = weightTotal;
        this.totalShares = totalShares;
        this.remainder = remainder;
    }

    /**
     * Works out the share-out of a cycle at its last meeting.
     *
     * @param cycle the cycle, at its last meeting, not null
     * @return the share-out, never null
     * @throws RuleViolationException if the cycle is not at its last meeting, or loans are outstanding and
     *     the constitution refuses the share-out until they are repaid
     */
    static ShareOut of(Cycle cycle) {
        Objects.requireNonNull(cycle, "cycle");
        Ledger l = cycle.ledger();
        Constitution c = cycle.constitution();
        ShareOutPolicy policy = c.shareOut();
        if (l.meeting != c.meetings()) {
            throw new RuleViolationException(Rule.SHARE_OUT_MEETING, l.meeting, null,
                    "the share-out is at meeting " + c.meetings() + "; meeting " + l.meeting + " is open");
        }
        List<Ledger.Account> members = new ArrayList<>();
        for (Ledger.Account a : l.accounts) {
            if (a.active()) {
                members.add(a);
            }
        }
        members.sort((x, y) -> x.id.compareTo(y.id));
        if (policy.outstandingLoans() == ShareOutPolicy.OutstandingLoans.REFUSE) {
            StringBuilder owing = new StringBuilder();
            MemberId first = null;
            for (Ledger.Account a : members) {
                if (a.open.length > 0) {
                    owing.append(owing.length() == 0 ? "" : ", ").append(a.id).append(" owes ")
                            .append(Amounts.format(a.owedOnLoans(), c.currency()));
                    first = first == null ? a.id : first;
                }
            }
            if (first != null) {
                throw new RuleViolationException(Rule.SHARE_OUT_LOANS_OUTSTANDING, l.meeting, first,
                        "loans are still outstanding: " + owing);
            }
        }
        int n = members.size();
        boolean timeWeighted = policy.method() == ShareOutPolicy.Method.TIME_WEIGHTED;
        long[] weight = new long[n];
        long[] debt = new long[n];
        boolean[] paid = new boolean[n];
        long totalShares = 0;
        for (int i = 0; i < n; i++) {
            Ledger.Account a = members.get(i);
            weight[i] = timeWeighted ? a.shareMeetings : a.shares;
            debt[i] = Math.addExact(a.owedOnLoans(), a.finesOwed());
            paid[i] = weight[i] > 0;
            totalShares += a.shares;
        }
        long cashUnit = c.cashUnitMinor();
        long[] parts = new long[n];
        long pool = 0;
        long netted = 0;
        long weights = 0;
        // each round either settles or drops at least one member, so at most n + 1 rounds
        for (int round = 0; round <= n; round++) {
            netted = 0;
            weights = 0;
            for (int i = 0; i < n; i++) {
                if (paid[i]) {
                    netted = Math.addExact(netted, debt[i]);
                    weights = Math.addExact(weights, weight[i]);
                }
            }
            pool = Math.addExact(l.loanFund, netted);
            long[] w = new long[n];
            for (int i = 0; i < n; i++) {
                w[i] = paid[i] ? weight[i] : 0;
            }
            parts = Allocation.split(pool, w, cashUnit, policy.distributeRemainder());
            boolean dropped = false;
            for (int i = 0; i < n; i++) {
                if (paid[i] && parts[i] < debt[i]) {
                    paid[i] = false;
                    dropped = true;
                }
            }
            if (!dropped) {
                break;
            }
        }
        long handedOut = 0;
        long netTotal = 0;
        long[] gross = new long[n];
        long[] deduction = new long[n];
        for (int i = 0; i < n; i++) {
            if (paid[i]) {
                gross[i] = parts[i];
                deduction[i] = debt[i];
                handedOut += gross[i];
                netTotal += gross[i] - deduction[i];
            } else {
                // not paid: the member's exact part, down to the minor unit, is set against the debt
                gross[i] = Math.min(debt[i], exact(pool, weight[i], weights, c.currency())
                        .movePointRight(Amounts.digits(c.currency())).setScale(0, RoundingMode.FLOOR).longValueExact());
                deduction[i] = gross[i];
            }
        }
        return new ShareOut(cycle, l.loanFund, netted, weights, totalShares, members.toArray(new Ledger.Account[0]),
                weight, gross, deduction, debt, paid, pool, netTotal, pool - handedOut);
    }

    /** A member's exact part of the pool, in major units to 10 decimals beyond the minor unit (half-even). */
    private static BigDecimal exact(long pool, long weight, long weights, CurrencyUnit currency) {
        int digits = Amounts.digits(currency);
        if (weights == 0) {
            return BigDecimal.ZERO.setScale(digits + EXTRA_DIGITS);
        }
        return BigDecimal.valueOf(pool, digits).multiply(BigDecimal.valueOf(weight)).divide(BigDecimal.valueOf(weights),
                digits + EXTRA_DIGITS, RoundingMode.HALF_EVEN);
    }

    private static MonetaryAmount money(long minor, Constitution c) {
        return Amounts.of(minor, c.currency());
    }

    private MonetaryAmount money(long minor) {
        return Amounts.of(minor, currency);
    }

    /**
     * The cycle that was shared out.
     *
     * @return the cycle, never null
     */
    public Cycle cycle() {
        return cycle;
    }

    /**
     * The method used: by shares or by share-meetings.
     *
     * @return the method, never null
     */
    public ShareOutPolicy.Method method() {
        return cycle.constitution().shareOut().method();
    }

    /**
     * The total shares of the members at share-out (members who left are settled already and hold none).
     *
     * @return the shares
     */
    public long totalShares() {
        return totalShares;
    }

    /**
     * The total weight the distributable cash is divided by: the shares (or share-meetings) of the members
     * who are paid. Members whose debt is larger than their part are not counted.
     *
     * @return the total weight
     */
    public long totalWeight() {
        return weightTotal;
    }

    /**
     * The loan fund's cash at share-out.
     *
     * @return the cash, never null
     */
    public MonetaryAmount loanFundCash() {
        return money(cash);
    }

    /**
     * What members owed and settled by deduction from their payouts.
     *
     * @return the debts netted, never null
     */
    public MonetaryAmount debtsNetted() {
        return money(debtsNetted);
    }

    /**
     * The distributable cash: the loan fund's cash plus the debts netted.
     *
     * @return the distributable cash, never null
     */
    public MonetaryAmount distributable() {
        return money(cash + debtsNetted);
    }

    /**
     * The make-up of the distributable cash, line by line, in the order they add up: carried in, savings,
     * service charges paid, penalties paid, fines paid, then (negative) write-off losses, paid to members
     * who left, loans still out, and finally debts netted.
     *
     * @return an unmodifiable ordered map from a line's words to its amount, never null
     */
    public java.util.Map<String, MonetaryAmount> makeUp() {
        Ledger l = cycle.ledger();
        java.util.Map<String, MonetaryAmount> m = new java.util.LinkedHashMap<>();
        m.put("carried in from last cycle", money(l.carriedCapital));
        m.put("savings (shares bought)", money(l.savingsIn));
        m.put("service charges paid", money(l.chargesPaid));
        m.put("late penalties paid", money(l.penaltiesPaid));
        m.put("fines paid", money(l.finesPaid));
        m.put("loans written off (loss)", money(-l.writtenOffLoss));
        m.put("paid to members who left", money(-l.leaverSettlements));
        m.put("loans still out", money(-l.outstanding));
        m.put("debts deducted from payouts", money(debtsNetted));
        return Collections.unmodifiableMap(m);
    }

    /**
     * The exact value per share (per share-meeting when time-weighted): distributable cash ÷ total weight,
     * in major units, to 10 decimal places beyond the minor unit (half-even); zero if no one holds shares.
     *
     * @return the exact value, never null
     */
    public BigDecimal valuePerShare() {
        return exact(cash + debtsNetted, 1, weightTotal, currency);
    }

    /**
     * The value per share rounded down to the minor unit, as a group would write it on the board.
     *
     * @return the rounded value, never null
     */
    public MonetaryAmount valuePerShareRounded() {
        return Amounts.of(valuePerShare().movePointRight(Amounts.digits(currency)).setScale(0, RoundingMode.FLOOR)
                .longValueExact(), currency);
    }

    /**
     * One line per member still in the group, in order of member id.
     *
     * @return an unmodifiable list, never null
     */
    public List<ShareOutLine> lines() {
        List<ShareOutLine> made = lines;
        if (made == null) {
            // made at most a few times if threads race, always equal: the share-out itself never changes
            List<ShareOutLine> list = new ArrayList<>(members.length);
            for (int i = 0; i < members.length; i++) {
                Ledger.Account a = members[i];
                list.add(new ShareOutLine(a.id, a.name, a.shares, weight[i], money(a.savings),
                        exact(pool, weight[i], weightTotal, currency), money(gross[i]), money(deduction[i]),
                        money(gross[i] - deduction[i]), money(debt[i] - deduction[i]), !paid[i] && debt[i] > 0));
            }
            made = Collections.unmodifiableList(list);
            lines = made;
        }
        return made;
    }

    /**
     * One member's line.
     *
     * @param id the member's id, not null
     * @return the line, never null
     * @throws IllegalArgumentException if the member is not in the share-out
     */
    public ShareOutLine line(String id) {
        MemberId m = MemberId.of(id);
        return lines().stream().filter(x -> x.member().equals(m)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No member '" + id + "' in the share-out"));
    }

    /**
     * The sum of the net payouts: the cash handed to members.
     *
     * @return the total paid out, never null
     */
    public MonetaryAmount totalPaidOut() {
        return money(netTotal);
    }

    /**
     * What is not paid out after rounding to the cash unit.
     *
     * @return the remainder, never negative, never null
     */
    public MonetaryAmount remainder() {
        return money(remainder);
    }

    /**
     * Where the remainder goes, per the constitution.
     *
     * @return the destination, never null
     */
    public ShareOutPolicy.RemainderDestination remainderDestination() {
        return cycle.constitution().shareOut().remainderDestination();
    }

    /**
     * Capital carried into the next cycle's loan fund: the remainder, if it goes there.
     *
     * @return the carried capital, never null
     */
    public MonetaryAmount carriedCapital() {
        return money(remainderDestination() == ShareOutPolicy.RemainderDestination.NEXT_CYCLE ? remainder : 0);
    }

    /**
     * The social fund carried into the next cycle: the social fund's cash, plus the remainder if it goes there.
     *
     * @return the carried social fund, never null
     */
    public MonetaryAmount carriedSocialFund() {
        long social = cycle.ledger().socialFund;
        return money(remainderDestination() == ShareOutPolicy.RemainderDestination.SOCIAL_FUND ? social + remainder : social);
    }

    /**
     * Starts the next cycle under the same constitution, with the members still in the group and the
     * carried capital and social fund.
     *
     * @return the new cycle before its first meeting, never null
     */
    public Cycle nextCycle() {
        return nextCycle(cycle.constitution());
    }

    /**
     * Starts the next cycle under a new constitution, with the members still in the group and the carried
     * capital and social fund.
     *
     * @param constitution the rules agreed for the next cycle, in the same currency, not null
     * @return the new cycle before its first meeting, never null
     * @throws IllegalArgumentException if the new constitution is in another currency
     */
    public Cycle nextCycle(Constitution constitution) {
        Objects.requireNonNull(constitution, "constitution");
        List<Member> continuing = new ArrayList<>();
        for (Ledger.Account a : cycle.ledger().accounts) {
            if (a.active()) {
                continuing.add(new Member(a.id, a.name));
            }
        }
        return Cycle.start(constitution, carriedCapital(), carriedSocialFund(), continuing);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShareOut s && cycle.equals(s.cycle);
    }

    @Override
    public int hashCode() {
        return cycle.hashCode();
    }

    /** The statement as a plain-text table: make-up, value per share, one line per member, totals and what is carried. */
    @Override
    public String toString() {
        CurrencyUnit cur = currency;
        StringBuilder sb = new StringBuilder();
        Constitution c = cycle.constitution();
        sb.append("SHARE-OUT at meeting ").append(cycle.meeting()).append(cycle.date() == null ? "" : " (" + cycle.date() + ")")
                .append(", amounts in ").append(cur.getCurrencyCode()).append(", ")
                .append(method() == ShareOutPolicy.Method.PROPORTIONAL ? "proportional to shares" : "time-weighted (share-meetings)")
                .append(", cash unit ").append(Amounts.plain(c.cashUnitMinor(), cur)).append('\n');
        sb.append("Distributable cash\n");
        for (java.util.Map.Entry<String, MonetaryAmount> e : makeUp().entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %-34s %14s%n", e.getKey(), plain(e.getValue())));
        }
        sb.append(String.format(Locale.ROOT, "  %-34s %14s%n", "= distributable", plain(distributable())));
        String unit = method() == ShareOutPolicy.Method.PROPORTIONAL ? "share" : "share-meeting";
        sb.append(String.format(Locale.ROOT, "Total %ss %d; value per %s = %s / %d = %s (%s rounded down)%n", unit,
                weightTotal, unit, plain(distributable()), weightTotal, valuePerShare().toPlainString(),
                plain(valuePerShareRounded())));
        String header = String.format(Locale.ROOT, "%-12s %-16s %7s %10s %22s %12s %12s %12s %12s", "Member", "Name",
                "Shares", method() == ShareOutPolicy.Method.PROPORTIONAL ? "Weight" : "Share-mtgs", "Exact", "Gross",
                "Deduction", "Net payout", "Shortfall");
        sb.append(header).append('\n').append("-".repeat(header.length())).append('\n');
        long gross = 0;
        long deduction = 0;
        long net = 0;
        long shortfall = 0;
        for (ShareOutLine x : lines()) {
            sb.append(String.format(Locale.ROOT, "%-12s %-16s %7d %10d %22s %12s %12s %12s %12s%n", cut(x.member().value(), 12),
                    cut(x.name(), 16), x.shares(), x.weight(), x.exactEntitlement().toPlainString(), plain(x.gross()),
                    plain(x.deduction()), plain(x.net()), plain(x.shortfall())));
            gross += Amounts.minor(x.gross(), "gross");
            deduction += Amounts.minor(x.deduction(), "deduction");
            net += Amounts.minor(x.net(), "net");
            shortfall += Amounts.minor(x.shortfall(), "shortfall");
        }
        sb.append("-".repeat(header.length())).append('\n');
        sb.append(String.format(Locale.ROOT, "%-12s %-16s %7d %10d %22s %12s %12s %12s %12s%n", "Total", "", totalShares,
                weightTotal, "", Amounts.plain(gross, cur), Amounts.plain(deduction, cur), Amounts.plain(net, cur),
                Amounts.plain(shortfall, cur)));
        sb.append(String.format(Locale.ROOT, "Net payouts %s + remainder %s = loan fund cash %s%n", Amounts.plain(net, cur),
                plain(remainder()), plain(loanFundCash())));
        sb.append(String.format(Locale.ROOT, "Remainder %s goes to %s%n", plain(remainder()),
                remainderDestination() == ShareOutPolicy.RemainderDestination.NEXT_CYCLE ? "the next cycle's loan fund" : "the social fund"));
        sb.append(String.format(Locale.ROOT, "Carried into the next cycle: loan fund %s, social fund %s%n",
                plain(carriedCapital()), plain(carriedSocialFund())));
        return sb.toString();
    }

    private static String plain(MonetaryAmount a) {
        return Amounts.format(a).substring(a.getCurrency().getCurrencyCode().length() + 1);
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}

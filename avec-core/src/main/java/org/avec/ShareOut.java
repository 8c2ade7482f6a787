package org.avec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** The figures of a share-out, filled in once by {@link Sharing} and never changed afterwards. */
    static final class Figures {
        final MemberId[] ids;
        final String[] names;
        final long[] shares;
        final long[] savings;
        final long[] weight;
        final long[] gross;
        final long[] deduction;
        final long[] debt;
        final boolean[] setAgainstDebt;
        long totalShares;
        long totalWeight;
        long cash;
        long debtsNetted;
        long pool;
        long remainder;
        long socialFund;
        /** The make-up lines, in the order of {@link #MAKE_UP}. */
        long[] makeUp;

        Figures(int members) {
            ids = new MemberId[members];
            names = new String[members];
            shares = new long[members];
            savings = new long[members];
            weight = new long[members];
            gross = new long[members];
            deduction = new long[members];
            debt = new long[members];
            setAgainstDebt = new boolean[members];
        }
    }

    private static final String[] MAKE_UP = {"carried in from last cycle", "savings (shares bought)",
        "service charges paid", "late penalties paid", "fines paid", "loans written off (loss)",
        "paid to members who left", "loans still out", "debts deducted from payouts"};

    private final Cycle cycle;
    private final CurrencyUnit currency;
    private final Figures f;
    private final long totalGross;
    private final long totalDeductions;
    private final long totalNet;
    private final long totalShortfall;

    ShareOut(Cycle cycle, Figures figures) {
        this.cycle = cycle;
        this.currency = cycle.constitution().currency();
        this.f = figures;
        long gross = 0;
        long deduction = 0;
        long shortfall = 0;
        for (int i = 0; i < f.ids.length; i++) {
            gross += f.gross[i];
            deduction += f.deduction[i];
            shortfall += f.debt[i] - f.deduction[i];
        }
        this.totalGross = gross;
        this.totalDeductions = deduction;
        this.totalNet = gross - deduction;
        this.totalShortfall = shortfall;
    }

    private MonetaryAmount money(long minor) {
        return MinorUnits.of(minor, currency);
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
        return f.totalShares;
    }

    /**
     * The total weight the distributable cash is divided by: the shares (or share-meetings) of the members
     * who are paid. Members whose debt is larger than their part are not counted.
     *
     * @return the total weight
     */
    public long totalWeight() {
        return f.totalWeight;
    }

    /**
     * The loan fund's cash at share-out.
     *
     * @return the cash, never null
     */
    public MonetaryAmount loanFundCash() {
        return money(f.cash);
    }

    /**
     * What members owed and settled by deduction from their payouts.
     *
     * @return the debts netted, never null
     */
    public MonetaryAmount debtsNetted() {
        return money(f.debtsNetted);
    }

    /**
     * The distributable cash: the loan fund's cash plus the debts netted.
     *
     * @return the distributable cash, never null
     */
    public MonetaryAmount distributable() {
        return money(f.pool);
    }

    /**
     * The make-up of the distributable cash, line by line, in the order they add up: carried in, savings,
     * service charges paid, penalties paid, fines paid, then (negative) write-off losses, paid to members
     * who left, loans still out, and finally debts netted.
     *
     * @return an unmodifiable ordered map from a line's words to its amount, never null
     */
    public Map<String, MonetaryAmount> makeUp() {
        Map<String, MonetaryAmount> m = new LinkedHashMap<>();
        for (int i = 0; i < MAKE_UP.length; i++) {
            m.put(MAKE_UP[i], money(f.makeUp[i]));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The exact value per share (per share-meeting when time-weighted): distributable cash ÷ total weight,
     * in major units, to 10 decimal places beyond the minor unit (half-even); zero if no one holds shares.
     *
     * @return the exact value, never null
     */
    public BigDecimal valuePerShare() {
        return MinorUnits.exactPart(f.pool, 1, f.totalWeight, currency);
    }

    /**
     * The value per share rounded down to the minor unit, as a group would write it on the board.
     *
     * @return the rounded value, never null
     */
    public MonetaryAmount valuePerShareRounded() {
        return money(MinorUnits.partDown(f.pool, 1, f.totalWeight, 1));
    }

    /**
     * One line per member still in the group, in order of member id. Each call makes a new list.
     *
     * @return an unmodifiable list, never null
     */
    public List<ShareOutLine> lines() {
        List<ShareOutLine> list = new ArrayList<>(f.ids.length);
        for (int i = 0; i < f.ids.length; i++) {
            list.add(line(i));
        }
        return Collections.unmodifiableList(list);
    }

    private ShareOutLine line(int i) {
        return new ShareOutLine(f.ids[i], f.names[i], f.shares[i], f.weight[i], money(f.savings[i]),
                MinorUnits.exactPart(f.pool, f.weight[i], f.totalWeight, currency), money(f.gross[i]),
                money(f.deduction[i]), money(f.gross[i] - f.deduction[i]), money(f.debt[i] - f.deduction[i]),
                f.setAgainstDebt[i]);
    }

    /**
     * One member's line.
     *
     * @param id the member's id, not null
     * @return the line, never null
     * @throws RuleViolationException ({@link Rule#MEMBER_UNKNOWN}) if no such member joined the group, or
     *     ({@link Rule#MEMBER_LEFT}) if the member left before the share-out and so has no line
     */
    public ShareOutLine line(String id) {
        MemberId m = MemberId.of(id);
        for (int i = 0; i < f.ids.length; i++) {
            if (f.ids[i].equals(m)) {
                return line(i);
            }
        }
        throw cycle.refusalForAbsent(m);
    }

    /**
     * The sum of the gross payouts (the Gross column of the statement).
     *
     * @return the total, never null
     */
    public MonetaryAmount totalGross() {
        return money(totalGross);
    }

    /**
     * The sum of the deductions (the Deduction column of the statement).
     *
     * @return the total, never null
     */
    public MonetaryAmount totalDeductions() {
        return money(totalDeductions);
    }

    /**
     * The sum of the shortfalls (the Shortfall column of the statement): what members owed beyond their payouts.
     *
     * @return the total, never null
     */
    public MonetaryAmount totalShortfall() {
        return money(totalShortfall);
    }

    /**
     * The sum of the net payouts: the cash handed to members.
     *
     * @return the total paid out, never null
     */
    public MonetaryAmount totalPaidOut() {
        return money(totalNet);
    }

    /**
     * What is not paid out after rounding to the cash unit.
     *
     * @return the remainder, never negative, never null
     */
    public MonetaryAmount remainder() {
        return money(f.remainder);
    }

    /**
     * Where the remainder goes, per the constitution.
     *
     * @return the destination, never null
     */
    public ShareOutPolicy.RemainderDestination remainderDestination() {
        return cycle.constitution().shareOut().remainderDestination();
    }

    private boolean remainderToSocialFund() {
        return remainderDestination() == ShareOutPolicy.RemainderDestination.SOCIAL_FUND;
    }

    /**
     * Capital carried into the next cycle's loan fund: the remainder, if it goes there.
     *
     * @return the carried capital, never null
     */
    public MonetaryAmount carriedCapital() {
        return money(remainderToSocialFund() ? 0 : f.remainder);
    }

    /**
     * The social fund carried into the next cycle: the social fund's cash, plus the remainder if it goes there.
     *
     * @return the carried social fund, never null
     */
    public MonetaryAmount carriedSocialFund() {
        return money(remainderToSocialFund() ? Math.addExact(f.socialFund, f.remainder) : f.socialFund);
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
     * @throws RuleViolationException ({@link Rule#GROUP_CURRENCY}) if the new constitution is in another currency
     */
    public Cycle nextCycle(Constitution constitution) {
        Objects.requireNonNull(constitution, "constitution");
        List<Member> continuing = new ArrayList<>();
        for (MemberAccount a : cycle.members()) {
            if (a.isActive()) {
                continuing.add(new Member(a.id(), a.name()));
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
        boolean proportional = method() == ShareOutPolicy.Method.PROPORTIONAL;
        sb.append("SHARE-OUT at meeting ").append(cycle.meeting()).append(cycle.date() == null ? "" : " (" + cycle.date() + ")")
                .append(", amounts in ").append(cur.getCurrencyCode()).append(", ")
                .append(proportional ? "proportional to shares" : "time-weighted (share-meetings)")
                .append(", cash unit ").append(MinorUnits.plain(c.cashUnitMinor(), cur)).append('\n');
        sb.append("Distributable cash\n");
        for (Map.Entry<String, MonetaryAmount> e : makeUp().entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %-34s %14s%n", e.getKey(), plain(e.getValue())));
        }
        sb.append(String.format(Locale.ROOT, "  %-34s %14s%n", "= distributable", plain(distributable())));
        String unit = proportional ? "share" : "share-meeting";
        sb.append(String.format(Locale.ROOT, "Total %ss %d; value per %s = %s / %d = %s (%s rounded down)%n", unit,
                f.totalWeight, unit, plain(distributable()), f.totalWeight, valuePerShare().toPlainString(),
                plain(valuePerShareRounded())));
        String header = String.format(Locale.ROOT, "%-12s %-16s %7s %10s %22s %12s %12s %12s %12s", "Member", "Name",
                "Shares", proportional ? "Weight" : "Share-mtgs", "Exact", "Gross", "Deduction", "Net payout", "Shortfall");
        sb.append(header).append('\n').append("-".repeat(header.length())).append('\n');
        for (ShareOutLine x : lines()) {
            sb.append(String.format(Locale.ROOT, "%-12s %-16s %7d %10d %22s %12s %12s %12s %12s%n", cut(x.member().value(), 12),
                    cut(x.name(), 16), x.shares(), x.weight(), x.exactEntitlement().toPlainString(), plain(x.gross()),
                    plain(x.deduction()), plain(x.net()), plain(x.shortfall())));
        }
        sb.append("-".repeat(header.length())).append('\n');
        sb.append(String.format(Locale.ROOT, "%-12s %-16s %7d %10d %22s %12s %12s %12s %12s%n", "Total", "", f.totalShares,
                f.totalWeight, "", plain(totalGross()), plain(totalDeductions()), plain(totalPaidOut()),
                plain(totalShortfall())));
        sb.append(String.format(Locale.ROOT, "Net payouts %s + remainder %s = loan fund cash %s%n", plain(totalPaidOut()),
                plain(remainder()), plain(loanFundCash())));
        sb.append(String.format(Locale.ROOT, "Remainder %s goes to %s%n", plain(remainder()),
                remainderToSocialFund() ? "the social fund" : "the next cycle's loan fund"));
        sb.append(String.format(Locale.ROOT, "Carried into the next cycle: loan fund %s, social fund %s%n",
                plain(carriedCapital()), plain(carriedSocialFund())));
        return sb.toString();
    }

    private static String plain(MonetaryAmount a) {
        return MinorUnits.format(a).substring(a.getCurrency().getCurrencyCode().length() + 1);
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}

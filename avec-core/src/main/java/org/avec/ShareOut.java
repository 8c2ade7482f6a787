package org.avec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.internal.Amounts;

/**
 * The share-out at the end of a cycle: everything in the loan fund's box paid back to the members, exact to the
 * minor unit, with every figure an auditor needs to check it.
 *
 * <p><b>The rule.</b> The distributable cash is the loan fund's cash, plus the debts that members settle by
 * deduction from their payout. Each member's exact entitlement is her <em>base</em> plus her <em>weight</em> × the
 * shared amount ÷ the total weight, where, by the constitution's {@link ShareOutPolicy.Method}:
 * <ul>
 *   <li>{@code PROPORTIONAL} (the AVEC standard): base nothing, weight her shares, shared the whole distributable
 *       cash, so the value per share is distributable ÷ total shares;</li>
 *   <li>{@code TIME_WEIGHTED}: base her savings, weight her share-meetings, shared the profit (distributable − the
 *       savings of the members paid);</li>
 *   <li>{@code FLAT_PROFIT}: base her savings, weight 1 for each member paid, shared the profit;</li>
 *   <li>{@code LOAN_BASED}: base her savings plus the charges and penalties she paid, weight her shares, shared what
 *       is left.</li>
 * </ul>
 * The shared amount is negative when the group made a loss: then everyone's base is cut by her weight's part of it.
 * The payout is the entitlement rounded down to the cash unit (or worked out from the value per weight rounded down to
 * the cash unit first); the whole cash units left are handed out by largest remainder if the constitution says so;
 * what is left is the {@linkplain #remainder() remainder}, carried into the next cycle's loan fund or given to the
 * social fund.
 *
 * <p><b>Always:</b> the net payouts plus the remainder equal the loan fund's cash; the gross payouts plus the
 * remainder equal the distributable cash; the deductions equal the debts netted; each payout is below the exact
 * entitlement by less than one cash unit when each payout is rounded (and, by largest remainder, may be above it by
 * less than one), or by less than one cash unit per share (per weight) when the value per share is rounded down
 * first ({@link ShareOutPolicy.Rounding#VALUE_PER_SHARE_DOWN}); and the {@linkplain #makeUp() make-up} adds up to the
 * distributable cash.
 *
 * <p><b>Debts.</b> With {@link ShareOutPolicy.OutstandingLoans#REFUSE} (the default) the share-out is refused
 * while a loan is outstanding (loans from the social fund are always repaid first). With {@code DEDUCT_FROM_PAYOUT},
 * and always for unpaid fines, what a member owes is taken from her payout. A member whose payout does not cover
 * what she owes (or, in a loss, whose savings do not cover her part of the loss) forfeits her shares to the others and
 * receives nothing: her line shows nothing paid and nothing deducted, and its shortfall is the principal she still
 * owes, the cash the group lent and loses (her unpaid charges and fines were never income). The others share the box
 * without her debt in it.
 *
 * <p><b>Social fund.</b> Carried into the next cycle, or shared equally among the members, each part rounded down to
 * the cash unit and shown on her line; what is left of it is carried.
 *
 * <p>{@link #toString()} renders the statement as a plain-text table that can be checked with a calculator.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShareOut {

    /** The figures worked out by the share-out rule; filled once, never changed after. */
    static final class Figures {
        final MemberId[] ids;
        final String[] names;
        final long[] shares;
        final long[] savings;
        final long[] shareMeetings;
        final long[] weight;
        /**
         * Each member's exact entitlement × the total weight, in minor units: in longs, or where the figures are too
         * large, in big integers; the entitlement is worked out from them when a line is asked for.
         */
        long[] exactNumerators;
        java.math.BigInteger[] exactNumeratorsBig;
        long exactDenominator = 1;
        final long[] gross;
        final long[] deduction;
        final long[] debt;
        final long[] principalOwed;
        final long[] shortfall;
        final boolean[] forfeited;
        final long[] socialShare;
        final int digits;
        /** Whether this is what members would receive if the cycle were shared out at the open meeting. */
        boolean today;
        long totalShares;
        long totalWeight;
        long shared;
        long valuePerWeightRounded;
        long cash;
        long groupDebt;
        long debtsNetted;
        long pool;
        long remainder;
        long socialFund;
        long socialShared;

        Figures(int members, int digits) {
            ids = new MemberId[members];
            names = new String[members];
            shares = new long[members];
            savings = new long[members];
            shareMeetings = new long[members];
            weight = new long[members];
            gross = new long[members];
            deduction = new long[members];
            debt = new long[members];
            principalOwed = new long[members];
            shortfall = new long[members];
            forfeited = new boolean[members];
            socialShare = new long[members];
            this.digits = digits;
        }
    }

    /**
     * Where the distributable cash comes from, line by line, every amount zero or more but {@code earnedBefore}. They
     * add up as {@code loanFundCash = carriedIn + earnedBefore + savings + serviceCharges + latePenalties + fines −
     * writtenOff − paidToLeavers − loansOut + otherIncome − expenses − groupLoanInterest + groupLoansReceived −
     * groupLoansRepaid − propertyBought + propertySold} and {@code distributable = loanFundCash + debtsDeducted −
     * groupDebt}: what the group still owes its lenders is repaid first or carried with its cash, never divided
     * (rules reference §12). Property still held ({@code propertyKept}) is not cash and is not divided: it is carried
     * into the next cycle at its value.
     *
     * @param carriedIn capital carried in from the last cycle
     * @param earnedBefore profit earned before the books, for books opened mid-cycle ({@link Opening}): zero for a
     *     cycle recorded from its first meeting, negative for a loss
     * @param savings the members' savings (shares bought) during the cycle, including those of members who left
     * @param serviceCharges service charges paid (income when paid, including charges kept back at issue)
     * @param latePenalties late penalties paid
     * @param fines fines paid into the loan fund (fines paid into the social fund are not here)
     * @param writtenOff principal of loans written off that the social fund did not cover: the group's loss
     * @param paidToLeavers what members who left mid-cycle were paid for their shares (before fines kept back)
     * @param loansOut principal still out on loan at share-out
     * @param loanFundCash the cash in the loan fund's box
     * @param debtsDeducted what members still owed and settle by deduction from their payouts (the Deduction column)
     * @param distributable the cash shared out: the Gross column plus the remainder
     * @param notRecovered the part of {@code loansOut} owed by members who forfeited their shares, which the group
     *     loses (the Shortfall column)
     * @param otherIncome other income received (bank interest, ...)
     * @param expenses the group's expenses (fees, stationery, ...)
     * @param groupLoanInterest interest the group paid its lenders
     * @param groupLoansReceived loans to the group: received this cycle, and owed when the books opened
     * @param groupLoansRepaid principal the group repaid its lenders during the cycle
     * @param propertyBought property bought from the loan fund, at cost
     * @param propertySold property sold, at its price
     * @param groupDebt what the group still owes its lenders at share-out: repaid first, or carried, not divided
     * @param propertyKept property the group still holds, at its value: not divided, carried into the next cycle
     */
    public record MakeUp(MonetaryAmount carriedIn, MonetaryAmount earnedBefore, MonetaryAmount savings,
            MonetaryAmount serviceCharges, MonetaryAmount latePenalties, MonetaryAmount fines, MonetaryAmount writtenOff,
            MonetaryAmount paidToLeavers, MonetaryAmount loansOut, MonetaryAmount loanFundCash,
            MonetaryAmount debtsDeducted, MonetaryAmount distributable, MonetaryAmount notRecovered,
            MonetaryAmount otherIncome, MonetaryAmount expenses, MonetaryAmount groupLoanInterest,
            MonetaryAmount groupLoansReceived, MonetaryAmount groupLoansRepaid, MonetaryAmount propertyBought,
            MonetaryAmount propertySold, MonetaryAmount groupDebt, MonetaryAmount propertyKept) {

        /**
         * A make-up with the lines of avec 0.3: no other income, expenses, loans to the group or property.
         *
         * @param carriedIn capital carried in
         * @param earnedBefore profit earned before the books
         * @param savings the members' savings
         * @param serviceCharges service charges paid
         * @param latePenalties late penalties paid
         * @param fines fines paid into the loan fund
         * @param writtenOff principal written off, not covered
         * @param paidToLeavers paid to members who left
         * @param loansOut principal still out
         * @param loanFundCash the loan fund's cash
         * @param debtsDeducted debts deducted from payouts
         * @param distributable the cash shared out
         * @param notRecovered principal not recovered
         */
        public MakeUp(MonetaryAmount carriedIn, MonetaryAmount earnedBefore, MonetaryAmount savings,
                MonetaryAmount serviceCharges, MonetaryAmount latePenalties, MonetaryAmount fines,
                MonetaryAmount writtenOff, MonetaryAmount paidToLeavers, MonetaryAmount loansOut,
                MonetaryAmount loanFundCash, MonetaryAmount debtsDeducted, MonetaryAmount distributable,
                MonetaryAmount notRecovered) {
            this(carriedIn, earnedBefore, savings, serviceCharges, latePenalties, fines, writtenOff, paidToLeavers,
                    loansOut, loanFundCash, debtsDeducted, distributable, notRecovered, savings.multiply(0),
                    savings.multiply(0), savings.multiply(0), savings.multiply(0), savings.multiply(0),
                    savings.multiply(0), savings.multiply(0), savings.multiply(0), savings.multiply(0));
        }

        /**
         * The profit the cycle made, as the make-up shows it: service charges + late penalties + fines + other income +
         * the gain on property sold − expenses − interest paid to lenders − principal written off (and, for books opened
         * mid-cycle, the profit earned before them).
         *
         * @return the profit, negative for a loss, never null
         */
        public MonetaryAmount profit() {
            return earnedBefore.add(serviceCharges).add(latePenalties).add(fines).add(otherIncome).subtract(expenses)
                    .subtract(groupLoanInterest).subtract(writtenOff);
        }
    }

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
            shortfall += f.shortfall[i];
        }
        this.totalGross = gross;
        this.totalDeductions = deduction;
        this.totalNet = gross - deduction;
        this.totalShortfall = shortfall;
    }

    private MonetaryAmount money(long minor) {
        return Amounts.of(minor, currency);
    }

    /**
     * The cycle that is shared out.
     *
     * @return the cycle at its last meeting, never null
     */
    public Cycle cycle() {
        return cycle;
    }

    /**
     * How the loan fund is divided, by the constitution.
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
     * The total weight the shared amount is divided by: the shares, share-meetings or members (by the method) of the
     * members who are paid. Members who forfeit their shares are not counted.
     *
     * @return the total weight
     */
    public long totalWeight() {
        return f.totalWeight;
    }

    /**
     * The amount shared by weight: the whole distributable cash by shares, or what is left of it after each member's
     * base (her savings; under {@code LOAN_BASED} also the charges she paid) by the other methods: the profit, negative
     * for a loss.
     *
     * @return the shared amount, never null
     */
    public MonetaryAmount shared() {
        return money(f.shared);
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
     * The make-up of the distributable cash, line by line.
     *
     * @return the make-up, never null
     */
    public MakeUp makeUp() {
        Books b = cycle.books();
        return new MakeUp(money(b.carriedCapital), money(b.earnedBefore), money(b.savingsIn), money(b.chargesPaid),
                money(b.penaltiesPaid), money(b.finesPaid), money(b.writtenOffLoss), money(b.leaverSettlements),
                money(b.outstanding), money(b.loanFund), money(f.debtsNetted), money(f.pool), money(totalShortfall),
                money(b.otherIncome), money(b.expenses), money(b.groupInterestPaid),
                money(b.groupDebt + b.groupPrincipalRepaid), money(b.groupPrincipalRepaid), money(b.propertyBought),
                money(b.propertySold), money(f.groupDebt), money(b.propertyHeld));
    }

    /**
     * What the group still owes its lenders at share-out: taken from the cash before anything is divided, and repaid
     * to the lenders or carried into the next cycle with the debt ({@link #groupDebtRule()}).
     *
     * @return the debt, zero if the group owes nothing, never null
     */
    public MonetaryAmount groupDebt() {
        return money(f.groupDebt);
    }

    /**
     * Whether the group's debt is repaid at share-out or carried into the next cycle.
     *
     * @return the constitution's rule, never null
     */
    public ShareOutPolicy.GroupDebt groupDebtRule() {
        return cycle.constitution().shareOut().groupDebt();
    }

    /**
     * Where the cash shared out is: the loan fund's cash at each place, the box first. The share-out pays from all of
     * them (the bank's and the wallet's cash is withdrawn for it).
     *
     * @return the cash at each place, never null
     */
    public java.util.Map<String, MonetaryAmount> cashAt() {
        return cycle.balance().cash();
    }

    /**
     * The exact value of one unit of weight: the shared amount ÷ the total weight, in major units, to 10 decimal
     * places beyond the minor unit (half-even); zero if no one is paid. By shares this is the value per share; by the
     * other methods it is the profit per share-meeting, per member or per share.
     *
     * @return the exact value, never null
     */
    public BigDecimal valuePerShare() {
        return MinorUnits.exactPart(f.shared, 1, f.totalWeight, currency);
    }

    /**
     * The value per share (per unit of weight) the payouts were worked out from, as a group would write it on the
     * board: rounded down to the cash unit with {@link ShareOutPolicy.Rounding#VALUE_PER_SHARE_DOWN}, else rounded
     * down to the minor unit.
     *
     * @return the rounded value, never null
     */
    public MonetaryAmount valuePerShareRounded() {
        return money(cycle.constitution().shareOut().rounding() == ShareOutPolicy.Rounding.VALUE_PER_SHARE_DOWN
                ? f.valuePerWeightRounded : f.totalWeight == 0 ? 0 : Math.floorDiv(f.shared, f.totalWeight));
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
        java.math.BigInteger numerator = f.exactNumeratorsBig != null ? f.exactNumeratorsBig[i]
                : java.math.BigInteger.valueOf(f.exactNumerators[i]);
        BigDecimal exact = Sharing.exactMajor(numerator, java.math.BigInteger.valueOf(f.exactDenominator), f.digits);
        return new ShareOutLine(f.ids[i], f.names[i], f.shares[i], f.weight[i], money(f.savings[i]), exact,
                money(f.gross[i]), money(f.deduction[i]), money(f.gross[i] - f.deduction[i]), money(f.shortfall[i]),
                f.forfeited[i], money(f.socialShare[i]));
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
     * The sum of the gross payouts (the Gross column of the statement): the distributable cash less the remainder.
     *
     * @return the total, never null
     */
    public MonetaryAmount totalGross() {
        return money(totalGross);
    }

    /**
     * The sum of the deductions (the Deduction column of the statement): the make-up's debts deducted.
     *
     * @return the total, never null
     */
    public MonetaryAmount totalDeductions() {
        return money(totalDeductions);
    }

    /**
     * The sum of the shortfalls (the Shortfall column of the statement): the principal owed by members who forfeited
     * their shares, which the group loses; the make-up's {@code notRecovered}.
     *
     * @return the total, never null
     */
    public MonetaryAmount totalShortfall() {
        return money(totalShortfall);
    }

    /**
     * The sum of the net payouts from the loan fund: the cash handed to members out of the loan fund's box.
     *
     * @return the total paid out, never null
     */
    public MonetaryAmount totalPaidOut() {
        return money(totalNet);
    }

    /**
     * What is not paid out of the loan fund after rounding to the cash unit.
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
     * The social fund's cash at share-out.
     *
     * @return the cash, never null
     */
    public MonetaryAmount socialFund() {
        return money(f.socialFund);
    }

    /**
     * The part of the social fund shared out among the members (zero when it is carried over).
     *
     * @return the total of the members' social-fund parts, never null
     */
    public MonetaryAmount socialFundShared() {
        return money(f.socialShared);
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
     * The social fund carried into the next cycle: the social fund's cash less what is shared out, plus the remainder
     * if it goes there.
     *
     * @return the carried social fund, never null
     */
    public MonetaryAmount carriedSocialFund() {
        long kept = f.socialFund - f.socialShared;
        return money(remainderToSocialFund() ? Math.addExact(kept, f.remainder) : kept);
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
     * capital and social fund; and, where the group has them, the property it still holds and (if the constitution
     * carries it) its debt to its lenders with the cash kept back for it.
     *
     * @param constitution the rules agreed for the next cycle, in the same currency, not null
     * @return the new cycle before its first meeting, never null
     * @throws RuleViolationException ({@link Rule#GROUP_CURRENCY}) if the new constitution is in another currency
     * @throws IllegalStateException if this is a {@linkplain #isProjection() projection}
     */
    public Cycle nextCycle(Constitution constitution) {
        Objects.requireNonNull(constitution, "constitution");
        if (f.today) {
            throw new IllegalStateException("A projection at meeting " + cycle.meeting() + " (Cycle.shareOutToday) pays"
                    + " nothing: the next cycle starts from the share-out at the last meeting (Cycle.shareOut)");
        }
        List<Member> continuing = new ArrayList<>();
        for (MemberAccount a : cycle.members()) {
            if (a.isActive()) {
                continuing.add(new Member(a.id(), a.name(), a.profile()));
            }
        }
        Books b = cycle.books();
        boolean carriesDebt = f.groupDebt > 0 && groupDebtRule() == ShareOutPolicy.GroupDebt.CARRIED;
        if (!carriesDebt && b.property.length == 0) {
            return Cycle.start(constitution, carriedCapital(), carriedSocialFund(), continuing);
        }
        // the debt carried goes with the cash kept back for it; the property still held goes at its value
        Opening.Builder o = Opening.builder(currency, 1)
                .loanFundCash(carriedCapital().add(money(carriesDebt ? f.groupDebt : 0)))
                .socialFund(carriedSocialFund()).carriedCapital(carriedCapital());
        for (Member m : continuing) {
            o.member(m, 0);
        }
        if (carriesDebt) {
            for (int i = 0; i < b.lenders.length; i++) {
                if (b.lenderOwed[i] > 0) {
                    o.groupLoan(b.lenders[i], money(b.lenderOwed[i]));
                }
            }
        }
        for (Books.Held h : b.property) {
            o.property(h.item(), money(h.value()));
        }
        return Cycle.start(constitution, o.build());
    }

    /**
     * Whether this is a projection ({@link Cycle#shareOutToday()}): what each member would receive if the cycle were
     * shared out at the meeting that is open, with every debt deducted from her payout, rather than the share-out at
     * the last meeting.
     *
     * @return true for a projection
     */
    public boolean isProjection() {
        return f.today;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShareOut s && f.today == s.f.today && cycle.equals(s.cycle);
    }

    @Override
    public int hashCode() {
        return cycle.hashCode() + (f.today ? 1 : 0);
    }

    private static final String[] METHOD = {"proportional to shares", "savings back, profit by share-meetings",
        "savings back, profit split equally", "savings and charges paid back, the rest by shares"};
    private static final String[] UNIT = {"share", "share-meeting", "member", "share"};
    private static final String[] BASE = {"", "savings back", "savings back", "savings and charges back"};

    /** The statement as a plain-text table: make-up, value per share, one line per member, totals and what is carried. */
    @Override
    public String toString() {
        CurrencyUnit cur = currency;
        StringBuilder sb = new StringBuilder();
        Constitution c = cycle.constitution();
        int method = method().ordinal();
        boolean proportional = method() == ShareOutPolicy.Method.PROPORTIONAL;
        sb.append(f.today ? "IF SHARED OUT TODAY, at meeting " : "SHARE-OUT at meeting ").append(cycle.meeting()).append(cycle.date() == null ? "" : " (" + cycle.date() + ")")
                .append(", amounts in ").append(cur.getCurrencyCode()).append(", ").append(METHOD[method])
                .append(", cash unit ").append(Amounts.plain(c.cashUnitMinor(), cur)).append(", rounding ")
                .append(c.shareOut().rounding()).append('\n');
        MakeUp m = makeUp();
        sb.append("Distributable cash\n");
        row(sb, "carried in from last cycle", m.carriedIn(), "");
        if (!m.earnedBefore().isZero()) {
            row(sb, "earned before the books", m.earnedBefore(), "+");
        }
        row(sb, "savings (shares bought)", m.savings(), "+");
        row(sb, "service charges paid", m.serviceCharges(), "+");
        row(sb, "late penalties paid", m.latePenalties(), "+");
        row(sb, "fines paid into the loan fund", m.fines(), "+");
        row(sb, "loans written off (loss)", m.writtenOff(), "-");
        row(sb, "paid to members who left", m.paidToLeavers(), "-");
        row(sb, "loans still out", m.loansOut(), "-");
        row(sb, "= loan fund cash", m.loanFundCash(), "");
        row(sb, "debts deducted from payouts", m.debtsDeducted(), "+");
        row(sb, "= distributable", m.distributable(), "");
        if (!m.notRecovered().isZero()) {
            row(sb, "of the loans out, not recovered", m.notRecovered(), "");
        }
        String unit = UNIT[method];
        if (!proportional) {
            sb.append(String.format(Locale.ROOT, "Shared by %s: distributable %s - %s %s = %s%n", unit + "s",
                    plain(distributable()), BASE[method], plain(money(f.pool - f.shared)), plain(shared())));
        }
        sb.append(String.format(Locale.ROOT, "Total %ss %d; value per %s = %s / %d = %s (%s rounded down)%n", unit,
                f.totalWeight, unit, plain(shared()), f.totalWeight, valuePerShare().toPlainString(),
                plain(valuePerShareRounded())));
        String header = String.format(Locale.ROOT, "%-12s %-16s %7s %10s %22s %12s %12s %12s %12s", "Member", "Name",
                "Shares", "Weight", "Exact", "Gross", "Deduction", "Net payout", "Shortfall");
        sb.append(header).append('\n').append(org.avec.internal.Compat.repeat("-", header.length())).append('\n');
        for (ShareOutLine x : lines()) {
            sb.append(String.format(Locale.ROOT, "%-12s %-16s %7d %10d %22s %12s %12s %12s %12s%s%n", cut(x.member().toString(), 12),
                    cut(SafeText.of(x.name()), 16), x.shares(), x.weight(), x.exactEntitlement().toPlainString(), plain(x.gross()),
                    plain(x.deduction()), plain(x.net()), plain(x.shortfall()),
                    x.sharesSetAgainstDebt() ? "  shares forfeited" : ""));
        }
        sb.append(org.avec.internal.Compat.repeat("-", header.length())).append('\n');
        sb.append(String.format(Locale.ROOT, "%-12s %-16s %7d %10d %22s %12s %12s %12s %12s%n", "Total", "", f.totalShares,
                f.totalWeight, "", plain(totalGross()), plain(totalDeductions()), plain(totalPaidOut()),
                plain(totalShortfall())));
        sb.append(String.format(Locale.ROOT, "Net payouts %s + remainder %s = loan fund cash %s%n", plain(totalPaidOut()),
                plain(remainder()), plain(loanFundCash())));
        sb.append(String.format(Locale.ROOT, "Remainder %s goes to %s%n", plain(remainder()),
                remainderToSocialFund() ? "the social fund" : "the next cycle's loan fund"));
        if (f.socialShared > 0) {
            sb.append(String.format(Locale.ROOT, "Social fund %s: %s shared equally, %s each%n", plain(socialFund()),
                    plain(socialFundShared()), plain(money(f.socialShare[0]))));
        }
        sb.append(String.format(Locale.ROOT, "Carried into the next cycle: loan fund %s, social fund %s%n",
                plain(carriedCapital()), plain(carriedSocialFund())));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String words, MonetaryAmount a, String sign) {
        sb.append(String.format(Locale.ROOT, "  %-34s %1s%14s%n", words, sign, plain(a)));
    }

    private static String plain(MonetaryAmount a) {
        return Amounts.format(a).substring(a.getCurrency().getCurrencyCode().length() + 1);
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}

package org.avec.indicators;

import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.internal.Amounts;

import static org.avec.indicators.Indicators.*;

/**
 * One group's data items given by hand ({@link Indicators#builder(CurrencyUnit)}), for a group whose records are kept
 * elsewhere or to check a worked example, or a programme's published totals ({@link #groups(long)}: 51 groups given as
 * one sum). Every item starts at zero; amounts in the builder's currency. Each amount and each loan figure has its own
 * call, named after it ({@link #savings}, {@link #loanFundCash}, {@link #loansDisbursed}, ...), so that two figures
 * cannot be swapped unnoticed as they could in one call of several amounts. Items that
 * were not counted may be left at zero (a ratio over a zero is undefined), but the items given must agree, so that
 * every ratio stays within its stated bounds, for one group and for any sum of groups: no more present than members
 * at a meeting, no more women and men or young members than members, no more loans written off or borrowers than
 * loans, no more written off than disbursed; the principal at risk is part of the loans outstanding, which are part
 * of their original principal, itself part of the loans disbursed. A refused call leaves the builder as it was.
 *
 * <p>A builder is for one thread; the indicators it builds are immutable and thread-safe.
 */
public final class IndicatorsBuilder {
    private final CurrencyUnit currency;
    private final long[] x = new long[ITEMS.length];
    private final SortedMap<String, long[]> sectors = new TreeMap<>();
    private long days;

    IndicatorsBuilder(CurrencyUnit currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
        x[GROUPS] = 1;
    }

    /**
     * Members at the start of the cycle, members who joined since, and members who left.
     *
     * @param atStart at the start
     * @param joined joined since
     * @param left left since
     * @return this builder
     * @throws IllegalArgumentException if a count is negative, or more members left than there were
     */
    public IndicatorsBuilder membership(long atStart, long joined, long left) {
        // two counts of 0 or more: a sum beyond Long.MAX_VALUE turns negative
        long ever = count(atStart) + count(joined);
        if (ever < 0) {
            throw new IllegalArgumentException("Too many members to count: " + atStart + " + " + joined);
        }
        if (count(left) > ever) {
            throw new IllegalArgumentException("More members left (" + left + ") than there were (" + atStart
                    + " + " + joined + ")");
        }
        x[AT_START] = atStart;
        x[JOINED] = joined;
        x[LEFT] = left;
        x[MEMBERS] = ever - left;
        return this;
    }

    /**
     * Women, men and young members among the members now.
     *
     * @param women recorded as women
     * @param men recorded as men
     * @param youth young
     * @return this builder
     * @throws IllegalArgumentException if a count is negative (more than the members is refused by {@link #build()})
     */
    public IndicatorsBuilder profiles(long women, long men, long youth) {
        return set(new int[] {WOMEN, MEN, YOUTH}, count(women), count(men), count(youth));
    }

    /**
     * Attendance at the last meeting, and over the last few meetings.
     *
     * @param present present or late at the last meeting
     * @param expected members at the last meeting
     * @param presentRecent present or late, summed over the last meetings
     * @param expectedRecent members, summed over the last meetings
     * @return this builder
     * @throws IllegalArgumentException if a count is negative, or more were present than in the group
     */
    public IndicatorsBuilder attendance(long present, long expected, long presentRecent, long expectedRecent) {
        return attendance(present, 0, expected, presentRecent, 0, expectedRecent);
    }

    /**
     * Attendance with the members who sent a representative counted apart (S21).
     *
     * @param present present or late at the last meeting
     * @param represented absent but represented at the last meeting
     * @param expected members at the last meeting
     * @param presentRecent present or late, summed over the last meetings
     * @param representedRecent represented, summed over the last meetings
     * @param expectedRecent members, summed over the last meetings
     * @return this builder
     * @throws IllegalArgumentException if a count is negative, or more came or were represented than were in the
     *     group
     */
    public IndicatorsBuilder attendance(long present, long represented, long expected, long presentRecent,
            long representedRecent, long expectedRecent) {
        atMost("members present or represented at the last meeting", Math.addExact(count(present), count(represented)),
                "members in the group then", count(expected));
        atMost("members present or represented at the last meetings", Math.addExact(count(presentRecent),
                count(representedRecent)), "members in the group then", count(expectedRecent));
        return set(new int[] {PRESENT_LAST, REPRESENTED_LAST, EXPECTED_LAST, PRESENT_RECENT, REPRESENTED_RECENT,
            EXPECTED_RECENT}, present, represented, expected, presentRecent, representedRecent, expectedRecent);
    }

    /**
     * The money: savings, the boxes and what is out on loan, and the capital carried in.
     *
     * @param savings members' savings
     * @param loanFundCash cash in the loan fund
     * @param loansOutstanding principal out on loan
     * @param socialFund cash in the social fund
     * @param carriedIn capital carried in from the last cycle
     * @return this builder
     * @throws IllegalArgumentException if an amount is negative, in another currency or finer than its minor unit
     * @deprecated five amounts in one call can be swapped unnoticed: use {@link #savings}, {@link #loanFundCash},
     *     {@link #loansOutstanding}, {@link #socialFund} and {@link #carriedIn}
     */
    @Deprecated(since = "0.3.0")
    public IndicatorsBuilder money(MonetaryAmount savings, MonetaryAmount loanFundCash, MonetaryAmount loansOutstanding,
            MonetaryAmount socialFund, MonetaryAmount carriedIn) {
        return set(new int[] {SAVINGS, CASH, OUTSTANDING, SOCIAL, CARRIED}, amount(savings, "savings"),
                amount(loanFundCash, "loan-fund cash"), amount(loansOutstanding, "loans outstanding"),
                amount(socialFund, "social fund"), amount(carriedIn, "capital carried in"));
    }

    /**
     * The loans of the cycle.
     *
     * @param count loans issued
     * @param disbursed their principal
     * @param borrowers members who borrowed
     * @param writtenOff loans written off
     * @param writtenOffValue principal written off
     * @param atRisk principal outstanding on loans more than the settings' days late
     * @param originalOutstanding the original principal of the loans outstanding
     * @return this builder
     * @throws IllegalArgumentException if a count or amount is negative, or a part exceeds its whole (more borrowers
     *     or loans written off than loans, more written off or original principal than disbursed, more at risk than
     *     the original principal)
     * @deprecated seven figures in one call can be swapped unnoticed: use {@link #loansDisbursed},
     *     {@link #borrowers}, {@link #writtenOff} and {@link #portfolio}
     */
    @Deprecated(since = "0.3.0")
    public IndicatorsBuilder loans(long count, MonetaryAmount disbursed, long borrowers, long writtenOff,
            MonetaryAmount writtenOffValue, MonetaryAmount atRisk, MonetaryAmount originalOutstanding) {
        long out = amount(disbursed, "loans disbursed");
        long lost = amount(writtenOffValue, "principal written off");
        long late = amount(atRisk, "principal at risk");
        long original = amount(originalOutstanding, "original principal of the loans outstanding");
        atMost("borrowers", count(borrowers), "loans", count(count));
        atMost("loans written off", count(writtenOff), "loans", count);
        amountAtMost("principal written off", lost, "loans disbursed", out);
        amountAtMost("principal at risk", late, "original principal of the loans outstanding", original);
        amountAtMost("original principal of the loans outstanding", original, "loans disbursed", out);
        return set(new int[] {LOANS, DISBURSED, BORROWERS, WRITTEN_OFF, WRITTEN_OFF_VALUE, AT_RISK, ORIGINAL}, count,
                out, borrowers, writtenOff, lost, late, original);
    }

    /**
     * How many groups the items add up: 1 for one group (the default), more for a programme's published totals, whose
     * per-group figures ({@link Indicators#membersPerGroup()}) then divide by them.
     *
     * @param groups 1 or more
     * @return this builder
     * @throws IllegalArgumentException if fewer than one
     */
    public IndicatorsBuilder groups(long groups) {
        if (groups < 1) {
            throw new IllegalArgumentException("Indicators are of one group or more, not " + groups);
        }
        x[GROUPS] = groups;
        return this;
    }

    /**
     * The members' savings: shares bought × the share value, of the members still in the group, lent out or not.
     *
     * @param savings not negative, in the builder's currency
     * @return this builder
     * @throws IllegalArgumentException if negative, in another currency or finer than its minor unit
     */
    public IndicatorsBuilder savings(MonetaryAmount savings) {
        x[SAVINGS] = amount(savings, "savings");
        return this;
    }

    /**
     * The cash in the loan fund's box.
     *
     * @param cash not negative, in the builder's currency
     * @return this builder
     * @throws IllegalArgumentException if negative, in another currency or finer than its minor unit
     */
    public IndicatorsBuilder loanFundCash(MonetaryAmount cash) {
        x[CASH] = amount(cash, "loan-fund cash");
        return this;
    }

    /**
     * The principal out on loan (at most the original principal of those loans: checked by {@link #build()}).
     *
     * @param outstanding not negative, in the builder's currency
     * @return this builder
     * @throws IllegalArgumentException if negative, in another currency or finer than its minor unit
     */
    public IndicatorsBuilder loansOutstanding(MonetaryAmount outstanding) {
        x[OUTSTANDING] = amount(outstanding, "loans outstanding");
        return this;
    }

    /**
     * The part of the loan-fund cash kept at a bank or in a mobile-money wallet (it is counted in the loan-fund cash
     * too; checked at {@link #build()}: not more than it).
     *
     * @param cash not negative, in the builder's currency
     * @return this builder
     * @throws IllegalArgumentException if negative, in another currency or finer than its minor unit
     */
    public IndicatorsBuilder cashBeyondTheBox(MonetaryAmount cash) {
        x[BEYOND_BOX] = amount(cash, "cash beyond the box");
        return this;
    }

    /**
     * What members owe the social fund on its loans.
     *
     * @param owed not negative, in the builder's currency
     * @return this builder
     * @throws IllegalArgumentException if negative, in another currency or finer than its minor unit
     */
    public IndicatorsBuilder socialFundLoans(MonetaryAmount owed) {
        x[SOCIAL_LOANS] = amount(owed, "social-fund loans");
        return this;
    }

    /**
     * The property the group holds, at its value.
     *
     * @param property not negative, in the builder's currency
     * @return this builder
     * @throws IllegalArgumentException if negative, in another currency or finer than its minor unit
     */
    public IndicatorsBuilder property(MonetaryAmount property) {
        x[PROPERTY] = amount(property, "property");
        return this;
    }

    /**
     * What the group owes on loans to the group (its liabilities).
     *
     * @param owed not negative, in the builder's currency
     * @return this builder
     * @throws IllegalArgumentException if negative, in another currency or finer than its minor unit
     */
    public IndicatorsBuilder liabilities(MonetaryAmount owed) {
        x[LIABILITIES] = amount(owed, "liabilities");
        return this;
    }

    /**
     * The cash in the social fund.
     *
     * @param socialFund not negative, in the builder's currency
     * @return this builder
     * @throws IllegalArgumentException if negative, in another currency or finer than its minor unit
     */
    public IndicatorsBuilder socialFund(MonetaryAmount socialFund) {
        x[SOCIAL] = amount(socialFund, "social fund");
        return this;
    }

    /**
     * The capital carried in from the last cycle (not profit of this one).
     *
     * @param carriedIn not negative, in the builder's currency
     * @return this builder
     * @throws IllegalArgumentException if negative, in another currency or finer than its minor unit
     */
    public IndicatorsBuilder carriedIn(MonetaryAmount carriedIn) {
        x[CARRIED] = amount(carriedIn, "capital carried in");
        return this;
    }

    /**
     * The loans issued this cycle, and their principal.
     *
     * @param count loans issued, not negative
     * @param disbursed their principal, not negative, in the builder's currency
     * @return this builder
     * @throws IllegalArgumentException if negative, in another currency or finer than its minor unit
     */
    public IndicatorsBuilder loansDisbursed(long count, MonetaryAmount disbursed) {
        long out = amount(disbursed, "loans disbursed");
        x[LOANS] = count(count);
        x[DISBURSED] = out;
        return this;
    }

    /**
     * The members who borrowed this cycle (at most the loans: checked by {@link #build()}).
     *
     * @param borrowers not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public IndicatorsBuilder borrowers(long borrowers) {
        x[BORROWERS] = count(borrowers);
        return this;
    }

    /**
     * The loans written off, and their principal (at most the loans and what was disbursed: checked by
     * {@link #build()}).
     *
     * @param count loans written off, not negative
     * @param principal their principal written off, not negative, in the builder's currency
     * @return this builder
     * @throws IllegalArgumentException if negative, in another currency or finer than its minor unit
     */
    public IndicatorsBuilder writtenOff(long count, MonetaryAmount principal) {
        long lost = amount(principal, "principal written off");
        x[WRITTEN_OFF] = count(count);
        x[WRITTEN_OFF_VALUE] = lost;
        return this;
    }

    /**
     * The principal at risk and the original principal of the loans outstanding: at risk ≤ outstanding ≤ original ≤
     * disbursed, checked by {@link #build()}.
     *
     * @param atRisk principal outstanding on loans more than the settings' days late
     * @param originalOutstanding the original principal of the loans outstanding
     * @return this builder
     * @throws IllegalArgumentException if negative, in another currency or finer than its minor unit
     */
    public IndicatorsBuilder portfolio(MonetaryAmount atRisk, MonetaryAmount originalOutstanding) {
        long late = amount(atRisk, "principal at risk");
        long original = amount(originalOutstanding, "original principal of the loans outstanding");
        x[AT_RISK] = late;
        x[ORIGINAL] = original;
        return this;
    }

    /**
     * Loans for income-generating activities in a sector (added to those already given for it).
     *
     * @param sector the sector, as {@link org.avec.LoanPurpose#incomeGenerating(String)} writes it
     * @param loans how many loans
     * @param principal the principal lent
     * @return this builder
     * @throws IllegalArgumentException if the count or amount is negative, or the sector is blank
     */
    public IndicatorsBuilder incomeGenerating(String sector, long loans, MonetaryAmount principal) {
        String key = org.avec.LoanPurpose.incomeGenerating(sector).sector();
        long[] before = sectors.getOrDefault(key, new long[2]);
        long[] after;
        long agr;
        try {
            after = new long[] {add("loans in sector " + key, before[0], count(loans)),
                add("principal in sector " + key, before[1], amount(principal, "principal of the sector's loans"))};
            agr = add("incomeGeneratingLoans", x[AGR], loans);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        sectors.put(key, after);
        x[AGR] = agr;
        return this;
    }

    /**
     * Days since the cycle's first meeting, for the annualised returns.
     *
     * @param days 0 or more
     * @return this builder
     * @throws IllegalArgumentException if the days are negative
     */
    public IndicatorsBuilder day(long days) {
        this.days = count(days);
        return this;
    }

    /**
     * The indicators of the group.
     *
     * @return the indicators, never null
     * @throws IllegalArgumentException if the items given disagree (more women and men, or young members, than
     *     members; more borrowers or loans written off than loans; more written off, or original principal, than
     *     disbursed; more at risk than outstanding; more outstanding than their original principal) or their sums are
     *     too large to count
     */
    public Indicators build() {
        long womenAndMen = x[WOMEN] + x[MEN];
        atMost("women and men", womenAndMen < 0 ? Long.MAX_VALUE : womenAndMen, "members", x[MEMBERS]);
        atMost("young members", x[YOUTH], "members", x[MEMBERS]);
        // the loan figures, each given on its own, agree with each other
        atMost("borrowers", x[BORROWERS], "loans", x[LOANS]);
        atMost("loans written off", x[WRITTEN_OFF], "loans", x[LOANS]);
        amountAtMost("principal written off", x[WRITTEN_OFF_VALUE], "loans disbursed", x[DISBURSED]);
        amountAtMost("original principal of the loans outstanding", x[ORIGINAL], "loans disbursed", x[DISBURSED]);
        amountAtMost("principal at risk", x[AT_RISK], "loans outstanding", x[OUTSTANDING]);
        amountAtMost("cash beyond the box", x[BEYOND_BOX], "loan-fund cash", x[CASH]);
        amountAtMost("loans outstanding", x[OUTSTANDING], "original principal of the loans outstanding", x[ORIGINAL]);
        SortedMap<String, long[]> s = new TreeMap<>();
        sectors.forEach((k, v) -> s.put(k, v.clone()));
        try {
            return ofItems(currency, x.clone(), days, s);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Sets the items only once every value has been read and checked: a refused call changes nothing. */
    private IndicatorsBuilder set(int[] items, long... values) {
        for (int i = 0; i < items.length; i++) {
            x[items[i]] = values[i];
        }
        return this;
    }

    /** A part is at most its whole: "More women and men (24) than members (23)". */
    private static void atMost(String part, long value, String whole, long of) {
        if (value > of) {
            throw new IllegalArgumentException("More " + part + " (" + value + ") than " + whole + " (" + of + ")");
        }
    }

    /** A part of an amount is at most the amount: "More principal at risk (MAD 2150.00) than ...". */
    private void amountAtMost(String part, long value, String whole, long of) {
        if (value > of) {
            throw new IllegalArgumentException("More " + part + " (" + Amounts.format(value, currency) + ") than "
                    + whole + " (" + Amounts.format(of, currency) + ")");
        }
    }

    private static long count(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("A count is not negative: " + n);
        }
        return n;
    }

    /** Reads an amount of the group (what it is named in a refusal): in its currency, not negative. */
    private long amount(MonetaryAmount a, String what) {
        Objects.requireNonNull(a, what);
        if (!a.getCurrency().equals(currency)) {
            throw new IllegalArgumentException("Amounts are in " + currency.getCurrencyCode() + ", not "
                    + a.getCurrency().getCurrencyCode() + ": " + what);
        }
        long minor;
        try {
            minor = Amounts.minor(a, what);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (minor < 0) {
            throw new IllegalArgumentException("An amount here is not negative: " + what + " "
                    + Amounts.format(minor, currency));
        }
        return minor;
    }
}

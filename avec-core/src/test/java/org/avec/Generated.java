package org.avec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.javamoney.moneta.Money;

/** Generators shared by the property tests: constitutions, founders and random actions on a cycle. */
final class Generated {

    private Generated() {}

    static final List<String> CURRENCIES = List.of("MAD", "XOF", "TND", "UGX");

    /** Minor units of an amount, worked out here independently of the engine. */
    static long minor(MonetaryAmount a) {
        int digits = Math.max(0, a.getCurrency().getDefaultFractionDigits());
        return a.getNumber().numberValue(BigDecimal.class).movePointRight(digits).longValueExact();
    }

    static MonetaryAmount money(long minor, CurrencyUnit currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return Money.of(BigDecimal.valueOf(minor, digits), currency);
    }

    /**
     * Whether properties run with their full number of tries. PIT lowers the default to 4 tries by a system property:
     * then the coverage checks of the generators (which need many tries to mean anything) are left out.
     */
    static boolean manyTries() {
        return Integer.getInteger("jqwik.tries.default", 250) >= 100;
    }

    /** A constitution with every policy drawn at random. */
    static Arbitrary<Constitution> constitutions() {
        Arbitrary<CurrencyUnit> currency = Arbitraries.of(CURRENCIES).map(Monetary::getCurrency);
        Arbitrary<Integer> cashUnitMinor = Arbitraries.of(1, 3, 5, 10, 25, 50, 100);
        Arbitrary<Integer> shareUnits = Arbitraries.integers().between(1, 40);
        Arbitrary<Integer> socialMinor = Arbitraries.integers().between(0, 500);
        Arbitrary<Integer> meetings = Arbitraries.integers().between(6, 30);
        Arbitrary<LoanPolicy> loans = loanPolicies();
        Arbitrary<ShareOutPolicy> shareOut = shareOutPolicies();
        Arbitrary<int[]> shares = Arbitraries.integers().between(1, 3).flatMap(min ->
                Arbitraries.integers().between(min, 6).map(max -> new int[] {min, max}));
        return Combinators.combine(currency, cashUnitMinor, shareUnits, socialMinor, meetings, loans, shareOut, shares)
                .as((cur, unit, units, social, n, lp, sp, mm) -> {
                    LoanPolicy fitted = lp.closingMeetings() >= n ? lp.toBuilder().closingMeetings(n - 1).build() : lp;
                    Constitution.Builder b = Constitution.builder(money((long) unit * units, cur))
                            .cashUnit(money(unit, cur))
                            .sharesPerMeeting(mm[0], mm[1])
                            .meetings(Constitution.Frequency.WEEKLY, n)
                            .fine("late", money(unit * 2L, cur))
                            .fine("absent", money(3, cur))
                            .loans(fitted)
                            .shareOut(sp);
                    if (social > 0) {
                        // within the bound: at most ten times what a member may save at one meeting
                        b.socialFund(money(Math.min(social, 10L * unit * units * mm[1]), cur));
                    }
                    return b;
                })
                .flatMap(b -> Combinators.combine(Arbitraries.of(Constitution.FineDestination.class),
                        Arbitraries.of(Constitution.Leftover.class), Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 2), Arbitraries.of(ShareOutPolicy.GroupDebt.class),
                        Arbitraries.of(0, 0, 50, 45))
                        .as((fines, leftover, socialLoans, places, debt, cap) -> {
                            // the money beyond the box (§12): no place, a bank, or a bank and a wallet; the group's
                            // debt repaid first or carried; the cap while it owes: the usual, 5x or 4.5x
                            Constitution c = b.finesTo(fines).leftover(leftover).socialFundLoans(socialLoans).build();
                            Constitution.Builder more = c.toBuilder();
                            for (int i = 0; i < places; i++) {
                                more.place(i == 0 ? "bank" : "wallet");
                            }
                            return more.shareOut(c.shareOut().toBuilder().groupDebt(debt).build())
                                    .loans(c.loans().toBuilder().maxMultipleOfSavingsWithGroupLoan(
                                            cap == 0 ? null : BigDecimal.valueOf(cap, 1)).build())
                                    .build();
                        }));
    }

    static Arbitrary<LoanPolicy> loanPolicies() {
        Arbitrary<BigDecimal> rate = Arbitraries.integers().between(0, 200).map(i -> BigDecimal.valueOf(i, 3));
        Arbitrary<Integer> period = Arbitraries.integers().between(1, 4);
        Arbitrary<LoanPolicy.ChargingMethod> method = Arbitraries.of(LoanPolicy.ChargingMethod.class);
        Arbitrary<Integer> term = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> closing = Arbitraries.integers().between(0, 3);
        Arbitrary<LoanPolicy.WriteOffCover> cover = Arbitraries.of(LoanPolicy.WriteOffCover.class);
        Arbitrary<BigDecimal> penalty = Arbitraries.integers().between(0, 100).map(i -> BigDecimal.valueOf(i, 3));
        Arbitrary<Integer> atOnce = Arbitraries.integers().between(1, 2);
        Arbitrary<java.math.RoundingMode> mode = Arbitraries.of(java.math.RoundingMode.HALF_UP,
                java.math.RoundingMode.HALF_EVEN, java.math.RoundingMode.DOWN, java.math.RoundingMode.UP);
        Arbitrary<LoanPolicy.ChargeRoundingUnit> unit = Arbitraries.of(LoanPolicy.ChargeRoundingUnit.class);
        return Combinators.combine(rate, period, method, term, closing, cover, penalty, atOnce).as(
                (r, p, m, t, c, w, pen, once) -> LoanPolicy.builder().serviceCharge(r, p, m).maxTermPeriods(t)
                        .closingMeetings(c).writeOffCover(w).latePenaltyRate(pen).maxLoansAtOnce(once))
                .flatMap(b -> Combinators.combine(mode, unit, Arbitraries.of(LoanPolicy.FirstCharge.class))
                        .as((md, u, first) -> b.rounding(md, u).firstCharge(first).build()));
    }

    static Arbitrary<ShareOutPolicy> shareOutPolicies() {
        return Combinators.combine(Arbitraries.of(ShareOutPolicy.Method.class),
                Arbitraries.of(ShareOutPolicy.OutstandingLoans.class), Arbitraries.of(ShareOutPolicy.Rounding.class),
                Arbitraries.of(ShareOutPolicy.RemainderDestination.class),
                Arbitraries.of(ShareOutPolicy.LeaverSettlement.class), Arbitraries.of(ShareOutPolicy.SocialFund.class))
                .as((m, o, d, r, l, sf) -> ShareOutPolicy.builder().method(m).outstandingLoans(o).rounding(d).remainderTo(r)
                        .leavers(l).socialFund(sf))
                .flatMap(b -> Combinators.combine(Arbitraries.of(ShareOutPolicy.LeaverLoans.class),
                        Arbitraries.of(0, 0, 5, 10, 100).map(i -> BigDecimal.valueOf(i, 2)))
                        .as((loans, penalty) -> b.leaverLoans(loans).leavingPenalty(penalty).build()));
    }

    /** One random step: a kind of action and three numbers it may use. */
    record Action(int kind, int who, int qty, int fraction) {}

    static Arbitrary<Action> actions() {
        // kinds 0..24, mapped by Driver.KINDS so that shares, loans and repayments are the most frequent
        return Combinators.combine(Arbitraries.integers().between(0, Driver.KINDS.length - 1), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(-1, 7), Arbitraries.integers().between(0, 150)).as(Action::new);
    }

    /** Between 100 and 400 random actions (sizes spread evenly, not bunched at the minimum). */
    static Arbitrary<List<Action>> actionLists() {
        // under PIT (few tries) shorter cycles: the driver checks every identity after every event, so a cycle's cost
        // grows with the square of its length, and a mutant is killed by the first broken identity
        return (manyTries() ? Arbitraries.integers().between(100, 400) : Arbitraries.integers().between(40, 140))
                .flatMap(n -> actions().list().ofSize(n));
    }

    static Arbitrary<List<Member>> founders() {
        return Arbitraries.integers().between(1, 8).map(n -> {
            List<Member> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // what the programme records, varied: nothing, a woman born 1961..1999, a man born 2003
                list.add(Member.of("m" + i, "Member " + i).with(i % 3 == 0 ? Profile.NONE
                        : i % 3 == 1 ? Profile.of(Profile.Sex.FEMALE, 1960 + 7 * i % 40) : Profile.of(Profile.Sex.MALE, 2003)));
            }
            return list;
        });
    }

    /**
     * The books' opening for a cycle under {@code c} with these members: half the time at meeting 1 with cash carried
     * in (as a new cycle), half the time part-way through the cycle with shares, loans (charges due, some partly
     * repaid), fines and social-fund loans drawn at random, and the profit earned before the books that makes it
     * balance (negative for a loss).
     */
    static Arbitrary<Opening> openings(Constitution c, List<Member> members) {
        return Arbitraries.longs().map(seed -> {
            java.util.Random r = new java.util.Random(seed);
            CurrencyUnit cur = c.currency();
            long share = minor(c.shareValue());
            long carried = r.nextInt(3) == 0 ? 0 : r.nextInt(100_000);
            long social = r.nextInt(5_000);
            if (r.nextBoolean()) {
                return Opening.atStart(money(carried, cur), money(social, cur), members);
            }
            int n = c.meetings();
            int first = 2 + r.nextInt(n / 2);
            Opening.Builder b = Opening.builder(cur, first).carriedCapital(money(carried, cur))
                    .socialFund(money(social, cur));
            long savings = 0;
            long outstanding = 0;
            for (Member m : members) {
                long shares = r.nextInt(4) == 0 ? 0 : r.nextInt((first - 1) * c.maxSharesPerMeeting() + 1);
                b.member(m, shares);
                savings += shares * share;
                String id = m.id().value();
                if (r.nextInt(3) == 0) {
                    b.finesOwed(id, money(r.nextInt(500), cur));
                }
                if (r.nextInt(5) == 0 && c.socialFundLoanMeetings() > 0) {
                    b.socialFundLoan(id, money(1 + r.nextInt(300), cur));
                }
                if (r.nextInt(4) == 0) {
                    b.shareMeetings(id, shares * r.nextInt(n));
                }
                if (r.nextInt(2) == 0) {
                    long principal = 1 + r.nextInt(50_000);
                    long owed = r.nextInt(4) == 0 ? principal : r.nextLong(principal + 1);
                    long charges = owed == 0 ? 1 + r.nextInt(200) : r.nextInt(3) == 0 ? 0 : r.nextInt(2_000);
                    int issued = 1 + r.nextInt(first - 1);
                    int due = issued + 1 + r.nextInt(n - issued);
                    b.loan(id, money(principal, cur), money(owed, cur), money(charges, cur), issued, due);
                    outstanding += owed;
                }
            }
            long cash = r.nextInt(5) == 0 ? 0 : r.nextInt(200_000);
            // some groups owe a lender and hold property when their records are digitised (§12)
            long debt = 0;
            if (r.nextInt(4) == 0) {
                debt = 1 + r.nextInt(50_000);
                b.groupLoan("Bank " + r.nextInt(3), money(debt, cur));
                cash += debt;
            }
            if (r.nextInt(4) == 0) {
                b.property("mill", money(1 + r.nextInt(80_000), cur));
            }
            if (!c.places().isEmpty() && cash > 0 && r.nextBoolean()) {
                b.cashAt(c.places().get(0), money(r.nextLong(cash + 1), cur));
            }
            return b.loanFundCash(money(cash, cur))
                    .earnedBefore(money(cash + outstanding - savings - carried - debt, cur)).build();
        });
    }

    static final LocalDate START = LocalDate.of(2026, 1, 5);
}

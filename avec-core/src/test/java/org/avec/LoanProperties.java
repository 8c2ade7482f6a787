package org.avec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The same loan and the same repayments of principal, charged flat and on the declining balance. */
class LoanProperties {

    @Provide
    Arbitrary<CurrencyUnit> currencies() {
        return Arbitraries.of(Generated.CURRENCIES).map(Monetary::getCurrency);
    }

    @Provide
    Arbitrary<java.math.RoundingMode> modes() {
        return Arbitraries.of(java.math.RoundingMode.HALF_UP, java.math.RoundingMode.HALF_EVEN,
                java.math.RoundingMode.DOWN, java.math.RoundingMode.UP, java.math.RoundingMode.CEILING);
    }

    @Property
    void declining_never_charges_more_than_flat(@ForAll("currencies") CurrencyUnit cur,
            @ForAll @IntRange(min = 1, max = 300) int rateThousandths, @ForAll @IntRange(min = 1, max = 4) int period,
            @ForAll @IntRange(min = 1, max = 4) int term, @ForAll @IntRange(min = 1, max = 1_000_000) int principal,
            @ForAll @Size(min = 4, max = 4) List<@IntRange(min = 0, max = 100) Integer> repaidPercent,
            @ForAll("modes") java.math.RoundingMode mode, @ForAll boolean cashUnitRounding) {
        BigDecimal rate = BigDecimal.valueOf(rateThousandths, 3);
        long flat = charges(cur, LoanPolicy.ChargingMethod.FLAT, rate, period, term, principal, repaidPercent, mode,
                cashUnitRounding);
        long declining = charges(cur, LoanPolicy.ChargingMethod.DECLINING_BALANCE, rate, period, term, principal,
                repaidPercent, mode, cashUnitRounding);
        assertThat(declining).isNotNegative().isLessThanOrEqualTo(flat);
    }

    /**
     * Lends {@code principal} minor units to a member with enough savings, repays the given percentages of the
     * principal (plus whatever charges are due) at each charging meeting, then everything at the due meeting.
     * Returns the total charges due on the loan, after checking it was repaid exactly principal + charges.
     */
    private static long charges(CurrencyUnit cur, LoanPolicy.ChargingMethod method, BigDecimal rate, int period,
            int term, long principal, List<Integer> repaidPercent, java.math.RoundingMode mode, boolean cash) {
        int meetings = 1 + period * term;
        Constitution c = Constitution.builder(Generated.money(principal, cur)).cashUnit(Generated.money(1, cur))
                .sharesPerMeeting(1, 1).meetings(Constitution.Frequency.WEEKLY, meetings)
                .loans(LoanPolicy.builder().serviceCharge(rate, period, method).maxTermPeriods(term).closingMeetings(0)
                        .rounding(mode, cash ? LoanPolicy.ChargeRoundingUnit.CASH_UNIT : LoanPolicy.ChargeRoundingUnit.MINOR_UNIT)
                        .build())
                .build();
        Cycle cycle = Cycle.start(c, Generated.money(0, cur), Generated.money(0, cur),
                List.of(Member.of("a", "A"), Member.of("b", "B"))).openMeeting(Generated.START)
                .buyShares("a", 1).buyShares("b", 1).lend("b", Generated.money(principal, cur), term);
        long paid = 0;
        for (int k = 1; k <= term; k++) {
            while (cycle.meeting() < 1 + k * period) {
                cycle = cycle.openMeeting(cycle.date().plusWeeks(1));
            }
            MemberAccount b = cycle.member("b");
            long owedCharges = Generated.minor(b.owedOnLoans()) - Generated.minor(b.principalOutstanding());
            long part = k == term ? Generated.minor(b.principalOutstanding())
                    : Math.min(Generated.minor(b.principalOutstanding()), principal * repaidPercent.get(k - 1) / 100);
            if (owedCharges + part > 0) {
                cycle = cycle.repay("b", Generated.money(owedCharges + part, cur));
                paid += owedCharges + part;
            }
        }
        LoanStatement l = cycle.loans("b").get(0);
        assertThat(l.status()).isEqualTo(LoanStatement.Status.REPAID);
        long due = Generated.minor(l.chargesDue());
        assertThat(due).isNotNegative();
        assertThat(paid).as("repaid exactly principal + charges due").isEqualTo(principal + due);
        return due;
    }
}

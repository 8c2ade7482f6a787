package org.avec.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.javamoney.moneta.Money;

/**
 * Data items given by hand, whatever they are (negative, huge, disagreeing), are either refused with an
 * {@link IllegalArgumentException} that says why, or give indicators whose every figure can be read and whose every
 * share stays within its stated bounds; two such groups add up or are refused with an {@link ArithmeticException}
 * that says what no longer fits.
 */
class BuilderProperties {

    static final CurrencyUnit MAD = Monetary.getCurrency("MAD");

    /** Mostly small counts, a few negative, a few huge. */
    @Provide
    Arbitrary<List<Long>> counts() {
        return mostlySmall(30, Long.MAX_VALUE / 2).list().ofSize(14);
    }

    /** Mostly small amounts in centimes (up to 50,000 MAD), a few negative, a few huge. */
    @Provide
    Arbitrary<List<Long>> amounts() {
        return mostlySmall(5_000_000, Long.MAX_VALUE / 4).list().ofSize(10);
    }

    private static Arbitrary<Long> mostlySmall(long small, long huge) {
        return Arbitraries.frequencyOf(Tuple.of(80, Arbitraries.longs().between(0, small)),
                Tuple.of(1, Arbitraries.longs().between(-100, -1)),
                Tuple.of(1, Arbitraries.longs().between(huge, Long.MAX_VALUE)));
    }

    private static void cut(int loose, int rule, List<Long> items, int part, long whole) {
        if (loose != rule) {
            items.set(part, Math.min(items.get(part), whole));
        }
    }

    static MonetaryAmount mad(long minor) {
        return Money.ofMinor(MAD, minor);
    }

    /**
     * The group of these items, each part first cut down to its whole (present to expected, women and men to
     * members, ...) except the part numbered {@code loose} (none if -1): so that most tries are accepted, and each
     * rule that a part is at most its whole is met alone by the others' tries.
     */
    static Indicators build(List<Long> items, List<Long> amounts, int loose) {
        List<Long> c = new java.util.ArrayList<>(items);
        List<Long> a = new java.util.ArrayList<>(amounts);
        cut(loose, 0, c, 2, c.get(0));
        long members = Math.max(0, c.get(0) - c.get(2));
        cut(loose, 1, c, 3, members);
        cut(loose, 2, c, 4, Math.max(0, members - c.get(3)));
        cut(loose, 3, c, 5, members);
        cut(loose, 4, c, 6, c.get(7));
        cut(loose, 5, c, 8, c.get(9));
        cut(loose, 6, c, 11, c.get(10));
        cut(loose, 7, c, 12, c.get(10));
        cut(loose, 8, a, 6, a.get(5));
        cut(loose, 9, a, 8, a.get(5));
        cut(loose, 10, a, 2, a.get(8));
        cut(loose, 11, a, 7, a.get(2));
        long days = Math.floorMod(c.get(13), 400);
        return Indicators.builder(MAD).membership(c.get(0), c.get(1), c.get(2)).profiles(c.get(3), c.get(4), c.get(5))
                .attendance(c.get(6), c.get(7), c.get(8), c.get(9))
                .money(mad(a.get(0)), mad(a.get(1)), mad(a.get(2)), mad(a.get(3)), mad(a.get(4)))
                .loans(c.get(10), mad(a.get(5)), c.get(11), c.get(12), mad(a.get(6)), mad(a.get(7)), mad(a.get(8)))
                .incomeGenerating("trade", c.get(13), mad(a.get(9))).day(days).build();
    }

    @Property(tries = 400)
    void any_data_items_are_refused_or_readable_within_their_bounds(@ForAll("counts") List<Long> c,
            @ForAll("amounts") List<Long> a, @ForAll("counts") List<Long> c2, @ForAll("amounts") List<Long> a2,
            @ForAll @IntRange(min = -1, max = 11) int loose) {
        Indicators one;
        try {
            one = build(c, a, loose);
        } catch (IllegalArgumentException refused) {
            Statistics.label("one group").collect("refused");
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        Statistics.label("one group").collect("accepted");
        readable(one);
        Indicators two;
        try {
            two = one.plus(build(c2, a2, -1));
        } catch (IllegalArgumentException refused) {
            return;
        } catch (ArithmeticException tooLarge) {
            assertThat(tooLarge.getMessage()).startsWith("Too large to");
            return;
        }
        Statistics.label("two groups").collect("added up");
        readable(two);
        Statistics.label("one group").coverage(check -> check.check("accepted").percentage(p -> p >= 20));
    }

    /** Every figure can be read; every share is from 0 to 1 (or undefined); the others are 0 or more. */
    static void readable(Indicators i) {
        for (Method m : Indicators.class.getDeclaredMethods()) {
            if (m.getParameterCount() == 0 && Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
                try {
                    assertThat(m.invoke(i)).as(m.getName()).isNotNull();
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new AssertionError(m.getName() + " of " + i + " cannot be read", e);
                }
            }
        }
        for (Ratio share : List.of(i.loanFundUtilisation(), i.portfolioAtRisk(), i.portfolioAtRiskOfOriginalPrincipal(),
                i.attendance(), i.attendanceRecent(), i.dropOutOfEveryone(), i.womenShare(), i.youthShare(),
                i.socialFundShareOfAssets(), i.writtenOffByCount(), i.writtenOffByValue())) {
            assertThat(share.isWithin(0, 1)).as("%s of %s", share, i).isTrue();
        }
        // drop-out against the members at the start is above 1 only when more left than started (joiners who left)
        assertThat(i.dropOut().isWithin(0, Long.MAX_VALUE)).isTrue();
        assertThat(i.dropOut().isDefined() && i.dropOut().isWithin(0, 1) || i.left() > i.membersAtStart()
                || !i.dropOut().isDefined()).as("%s of %s", i.dropOut(), i).isTrue();
        for (Ratio r : List.of(i.capitalTurnover(), i.incomeGeneratingLoansPerMember(), i.membersPerGroup())) {
            assertThat(r.isWithin(0, Long.MAX_VALUE)).as("%s of %s", r, i).isTrue();
        }
        assertThat(i.women() + i.men()).isLessThanOrEqualTo(i.members());
        assertThat(i.members()).isEqualTo(i.membersAtStart() + i.joined() - i.left());
    }
}

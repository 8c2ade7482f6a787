package org.avec.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The hand-entry builder, one call per figure, and a programme's published totals as one sum of many groups. */
class NamedBuilderTest {

    static final CurrencyUnit MAD = Monetary.getCurrency("MAD");

    static Money mad(String v) {
        return Money.of(new BigDecimal(v), MAD);
    }

    /** The rules reference's section 9 example, each figure named. */
    static IndicatorsBuilder section9() {
        return Indicators.builder(MAD).membership(25, 0, 2).profiles(20, 3, 0).attendance(21, 23, 0, 0)
                .savings(mad("23000")).loanFundCash(mad("4500")).loansOutstanding(mad("21500")).socialFund(mad("1200"))
                .carriedIn(mad("0")).loansDisbursed(40, mad("48000")).borrowers(20).writtenOff(1, mad("300"))
                .portfolio(mad("2150"), mad("21500")).day(182);
    }

    @Test
    @SuppressWarnings("deprecation")
    void named_figures_give_the_same_indicators_as_the_positional_calls() {
        Indicators named = section9().build();
        Indicators positional = Indicators.builder(MAD).membership(25, 0, 2).profiles(20, 3, 0).attendance(21, 23, 0, 0)
                .money(mad("23000"), mad("4500"), mad("21500"), mad("1200"), mad("0"))
                .loans(40, mad("48000"), 20, 1, mad("300"), mad("2150"), mad("21500")).day(182).build();
        assertThat(named).isEqualTo(positional);
        // section 9's figures: assets 27,200; equity 26,000; ROS 13.04%; PAR 10.00%; drop-out 8.00%
        assertThat(named.assets()).isEqualTo(mad("27200"));
        assertThat(named.returnOnSavings().percent()).isEqualByComparingTo("13.04");
        assertThat(named.portfolioAtRisk().percent()).isEqualByComparingTo("10.00");
        assertThat(named.dropOut().percent()).isEqualByComparingTo("8.00");
        assertThat(named.writtenOffByValue().percent(3)).isEqualByComparingTo("0.625");
    }

    @Test
    void figures_given_one_by_one_must_agree_when_built() {
        assertThatThrownBy(() -> section9().borrowers(41).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("More borrowers (41) than loans (40)");
        assertThatThrownBy(() -> section9().writtenOff(41, mad("300")).build())
                .hasMessage("More loans written off (41) than loans (40)");
        assertThatThrownBy(() -> section9().writtenOff(1, mad("48000.01")).build())
                .hasMessage("More principal written off (MAD 48000.01) than loans disbursed (MAD 48000.00)");
        assertThatThrownBy(() -> section9().portfolio(mad("2150"), mad("48000.01")).build())
                .hasMessage("More original principal of the loans outstanding (MAD 48000.01) than loans disbursed"
                        + " (MAD 48000.00)");
        assertThatThrownBy(() -> section9().loansOutstanding(mad("21500.01")).build())
                .hasMessage("More loans outstanding (MAD 21500.01) than original principal of the loans outstanding"
                        + " (MAD 21500.00)");
        assertThatThrownBy(() -> section9().savings(mad("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> section9().loanFundCash(Money.of(1, "EUR"))).hasMessageContaining("not EUR");
        assertThatThrownBy(() -> section9().loansDisbursed(-1, mad("1"))).hasMessage("A count is not negative: -1");
        assertThatThrownBy(() -> section9().groups(0)).hasMessage("Indicators are of one group or more, not 0");
        // a refused call changed nothing
        IndicatorsBuilder b = section9();
        assertThatThrownBy(() -> b.socialFund(mad("0.001"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(b.build().socialFund()).isEqualTo(mad("1200"));
    }

    @Test
    void a_programme_s_published_totals_are_one_sum_of_many_groups() {
        // 51 groups given as their totals: 1,163 members at the start, none joined or left
        Indicators totals = Indicators.builder(MAD).groups(51).membership(1163, 0, 0).savings(mad("1163000"))
                .loanFundCash(mad("200000")).loansOutstanding(mad("1000000")).loansDisbursed(3000, mad("3000000"))
                .portfolio(mad("0"), mad("1000000")).build();
        assertThat(totals.groups()).isEqualTo(51);
        assertThat(totals.membersPerGroup().value(2)).isEqualByComparingTo("22.80");
        assertThat(totals.plus(section9().build()).groups()).isEqualTo(52);
    }
}

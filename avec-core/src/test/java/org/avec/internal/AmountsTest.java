package org.avec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Reading and writing amounts: the shared zero is always of the currency asked for. */
class AmountsTest {

    @Test
    void a_zero_is_of_the_currency_asked_for_whatever_was_asked_before() {
        for (String code : new String[] {"MAD", "XOF", "MAD", "MAD", "KWD", "XOF"}) {
            assertThat(Amounts.of(0, Monetary.getCurrency(code))).isEqualTo(Money.of(BigDecimal.ZERO, code))
                    .extracting(a -> a.getCurrency().getCurrencyCode()).isEqualTo(code);
        }
        assertThat(Amounts.of(0, Monetary.getCurrency("MAD"))).isSameAs(Amounts.of(0, Monetary.getCurrency("MAD")));
        assertThat(Amounts.of(1250, Monetary.getCurrency("MAD"))).isEqualTo(Money.of(new BigDecimal("12.50"), "MAD"));
        assertThat(Amounts.format(0, Monetary.getCurrency("KWD"))).isEqualTo("KWD 0.000");
        assertThat(Amounts.format(5, Monetary.getCurrency("XOF"))).isEqualTo("XOF 5");
    }
}

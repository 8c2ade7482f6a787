package org.avec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The replacements for what Android 8.0 lacks do what the JDK methods of the same names do (this runs on a JDK that
 * has them), on text mixing white space of every kind with other characters, and on numbers at the edges of a long.
 */
class CompatProperties {

    @Provide
    Arbitrary<String> texts() {
        // ASCII and Unicode white space (no-break, em, ideographic, line separator), controls, letters, an emoji
        return Arbitraries.of(' ', '\t', '\n', '\u000b', '\u001c', '\u00a0', '\u2003', '\u3000', '\u2028', '\u0085', 'a',
                'é', 'ع', '\ud83d', '\ude00', '0').list().ofMaxSize(12)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Property
    void isBlank_and_strip_agree_with_the_jdk(@ForAll("texts") String text) {
        assertThat(Compat.isBlank(text)).as("isBlank of %s", text.codePoints().boxed().toList()).isEqualTo(text.isBlank());
        assertThat(Compat.strip(text)).as("strip of %s", text.codePoints().boxed().toList()).isEqualTo(text.strip());
    }

    @Property
    void repeat_agrees_with_the_jdk(@ForAll("texts") String text, @ForAll @IntRange(max = 6) int count) {
        assertThat(Compat.repeat(text, count)).isEqualTo(text.repeat(count));
    }

    @Example
    void repeat_refuses_a_negative_count() {
        assertThatThrownBy(() -> Compat.repeat("-", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void longValueExact_agrees_with_the_jdk(@ForAll @IntRange(min = -3, max = 3) int offset,
            @ForAll boolean nearMax) {
        BigInteger edge = BigInteger.valueOf(nearMax ? Long.MAX_VALUE : Long.MIN_VALUE);
        BigInteger n = edge.add(BigInteger.valueOf(offset));
        boolean fits = n.bitLength() <= 63;
        if (fits) {
            assertThat(Compat.longValueExact(n)).isEqualTo(n.longValueExact());
        } else {
            assertThatThrownBy(n::longValueExact).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> Compat.longValueExact(n)).isInstanceOf(ArithmeticException.class);
        }
    }

    @Example
    void toList_keeps_the_order_and_cannot_be_changed() {
        List<Integer> list = Compat.toList(Stream.of(3, 1, 2));
        assertThat(list).containsExactly(3, 1, 2).isEqualTo(Stream.of(3, 1, 2).toList());
        assertThatThrownBy(() -> list.add(4)).isInstanceOf(UnsupportedOperationException.class);
    }
}

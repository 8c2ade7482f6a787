package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Names and texts from the records are shown safely in avec's own statement and messages (issue: names printed raw). */
class SafeTextTest {

    static final String EVIL = "Ali\u202E00.21\u001B[31m\u0000\u2028x";
    static final String SHOWN = "Ali[U+202E]00.21[U+001B][31m[U+0000][U+2028]x";
    static final String NAME = "Ali\u202E00.21\u001B[31m\u0000x"; // a name may hold anything but a line break

    @Test
    void hidden_characters_become_visible_marks_and_arabic_is_kept() {
        assertThat(SafeText.of(EVIL)).isEqualTo(SHOWN);
        assertThat(SafeText.of("فاطمة الزهراء")).isEqualTo("فاطمة الزهراء");
        assertThat(SafeText.of("Zoé\u200F")).isEqualTo("Zoé[U+200F]");
        assertThat(SafeText.of("a\u2067b\uD800")).isEqualTo("a[U+2067]b[U+D800]");
        assertThat(SafeText.of(null)).isEmpty();
        // the edges of the bidi ranges (U+202A..U+202E, U+2066..U+2069) are replaced; their neighbours are kept
        assertThat(SafeText.of("\u202A\u202E\u2066\u2069\u061C\u200E")).isEqualTo("[U+202A][U+202E][U+2066][U+2069][U+061C][U+200E]");
        assertThat(SafeText.of("\u202F\u2070\u2029")).isEqualTo("\u202F\u2070[U+2029]");
    }

    @Property(tries = 200)
    void what_is_shown_has_no_control_bidi_or_separator_character(@ForAll String text) {
        String shown = SafeText.of(text);
        assertThat(shown.codePoints()).noneMatch(cp -> Character.isISOControl(cp) || cp == 0x202E || cp == 0x2066
                || Character.getType(cp) == Character.LINE_SEPARATOR || Character.getType(cp) == Character.SURROGATE);
        if (text.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == ' ')) {
            assertThat(shown).isEqualTo(text);
        }
    }

    @Test
    void the_share_out_statement_and_event_texts_show_names_safely() {
        Money ten = Money.of(BigDecimal.TEN, "MAD");
        Constitution c = Constitution.builder(ten).meetings(Constitution.Frequency.WEEKLY, 1).loans(LoanPolicy.builder().closingMeetings(0).build())
                .fine("late" + "\u202E", ten)
                .build();
        Cycle cycle = Cycle.start(c, Money.zero(ten.getCurrency()), Money.zero(ten.getCurrency()),
                List.of(Member.of("m\u001B1", NAME))).openMeeting(LocalDate.of(2026, 1, 5)).buyShares("m\u001B1", 1);
        String statement = cycle.shareOut().toString();
        assertThat(statement).contains("m[U+001B]1", "Ali[U+202E]00.2")
                .doesNotContain("\u202E", "\u001B", "\u0000", "\u2028");
        assertThat(cycle.events().toString()).doesNotContain("\u202E", "\u001B");
        assertThat(c.toString()).contains("late[U+202E]").doesNotContain("\u202E");
        assertThat(cycle.member("m\u001B1").name()).isEqualTo(NAME);
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> cycle.fine("m\u001B1", "x\u202E"))
                .withMessageContaining("member m[U+001B]1").withMessageContaining("'x[U+202E]'")
                .withMessageNotContaining("\u202E");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Constitution.builder(ten).fine("late\u202E", ten).fine("late\u202E", ten))
                .withMessageContaining("late[U+202E]");
    }

    @Test
    void a_name_is_one_line() {
        for (String broken : new String[] {"a\nb", "a\rb", "a\u2028b", "a\u000Bb", "a\u0085b"}) {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Member.of("m", broken))
                    .withMessageStartingWith("A member's name is one line: 'a[U+").withMessageContaining("at character 2");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> new Event.MemberJoined(1, MemberId.of("m"), broken));
        }
        assertThat(Member.of("m", "Ali\u202E\t").name()).isEqualTo("Ali\u202E\t");
    }
}

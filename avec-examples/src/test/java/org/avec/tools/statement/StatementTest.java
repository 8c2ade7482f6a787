package org.avec.tools.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.Member;
import org.avec.ShareOut;
import org.avec.ShareOutLine;
import org.avec.examples.Simulation;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementTest {

    /** The demo group's share-out: 20 members, 52 meetings. */
    static ShareOut group() {
        return Simulation.run(2026, 20, 52).shareOut();
    }

    /** A small group whose members have Arabic names written with vowel marks, and a member who left. */
    static ShareOut arabicNames() {
        Constitution c = Constitution.builder(Money.of(10, "MAD")).meetings(Constitution.Frequency.WEEKLY, 6)
                .cashUnit(Money.of(1, "MAD")).build();
        Cycle g = Cycle.start(c, Money.of(0, "MAD"), Money.of(0, "MAD"), List.of(Member.of("m1", "فَاطِمَة"),
                Member.of("m2", "خديجة"), Member.of("m3", "Aicha"), Member.of("m4", "زينب")));
        for (int m = 1; m <= 6; m++) {
            g = g.openMeeting(LocalDate.of(2026, 1, 5).plusWeeks(m - 1)).buyShares("m1", 5).buyShares("m2", 2)
                    .buyShares("m3", 1);
            if (m < 3) {
                g = g.buyShares("m4", 3);
            }
            if (m == 2) {
                g = g.leave("m4");
            }
        }
        return g.shareOut();
    }

    /** The display columns at which each '|' stands, counted independently of Statement.width. */
    static List<Integer> bars(String line) {
        List<Integer> at = new ArrayList<>();
        int col = 0;
        for (int cp : line.codePoints().toArray()) {
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT) {
                continue; // takes no room on screen
            }
            if (cp == '|') {
                at.add(col);
            }
            col++;
        }
        return at;
    }

    static List<String> tableRows(String statement) {
        return statement.lines().filter(l -> l.contains("|")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr-MA", "ar-MA"})
    void the_table_lines_up_in_every_language(String tag) {
        for (ShareOut s : List.of(group(), arabicNames())) {
            String text = Statement.of(s, Locale.forLanguageTag(tag));
            List<String> rows = tableRows(text);
            assertThat(rows).hasSize(s.lines().size() + 2); // heading, members, total
            List<Integer> first = bars(rows.get(0));
            assertThat(first).hasSize(7);
            for (String row : rows) {
                assertThat(bars(row)).as(row).isEqualTo(first);
            }
            List<String> rules = text.lines().filter(l -> l.replace("\u200F", "").matches("-{10,}")).toList();
            assertThat(rules).hasSize(2);
            int width = bars(rows.get(0) + "|").get(7);
            for (String rule : rules) {
                assertThat(rule.replace("\u200F", "")).hasSize(width);
            }
        }
    }

    @Test
    void arabic_lines_start_right_to_left_and_amounts_are_isolated_left_to_right() {
        String text = Statement.of(arabicNames(), Locale.forLanguageTag("ar-MA"));
        assertThat(text.lines().filter(l -> !l.isEmpty())).allMatch(l -> l.charAt(0) == '\u200F');
        assertThat(text).contains("فَاطِمَة").contains("\u2066300,00\u2069"); // 30 shares × 10 MAD, ar-MA writes 300,00
        assertThat(text).contains("المدفوع للأعضاء المغادرين").contains("\u2066\u200E-60,00\u2069"); // Zineb's 6 shares paid back
        assertThat(Statement.width("فَاطِمَة")).isEqualTo(5);
    }

    /**
     * Where on the screen, counted from the left, the text at {@code logical} in the line is shown by a viewer that
     * applies the Unicode bidirectional algorithm (ICU's), the line's direction taken from its first strong letter.
     */
    static int shownAt(String line, int logical) {
        com.ibm.icu.text.Bidi bidi = new com.ibm.icu.text.Bidi(line, com.ibm.icu.text.Bidi.LEVEL_DEFAULT_LTR);
        return bidi.getVisualIndex(logical);
    }

    @Test
    void in_arabic_the_id_column_is_rightmost_then_the_name_as_a_viewer_shows_them() {
        // Latin ids and names next to each other: unisolated, they merge into one left-to-right run, shown name first
        String text = Statement.of(group(), Locale.forLanguageTag("ar-MA"));
        List<String> rows = tableRows(text);
        String header = rows.get(0);
        assertThat(shownAt(header, header.indexOf("الاسم"))).as("the name's heading is left of the member's")
                .isLessThan(shownAt(header, header.indexOf("العضو")));
        assertThat(shownAt(header, header.indexOf("العضو"))).as("and the member's is the rightmost cell")
                .isGreaterThan(shownAt(header, header.indexOf("الأسهم")));
        for (String row : rows.subList(1, rows.size() - 1)) {
            String[] cells = row.split("\\|");
            String id = cells[0].replaceAll("[\\u200F\\u2066-\\u2069\\s]", "");
            String name = cells[1].replaceAll("[\\u2066-\\u2069\\s]", "");
            int idShown = shownAt(row, row.indexOf(id));
            int nameShown = shownAt(row, row.indexOf(name));
            int sharesShown = shownAt(row, row.indexOf(cells[2].strip()));
            assertThat(nameShown).as("%s: the name left of the id", row).isLessThan(idShown);
            assertThat(sharesShown).as("%s: the shares left of the name", row).isLessThan(nameShown);
        }
    }

    @Test
    void english_and_french_write_amounts_their_own_way() {
        ShareOut s = arabicNames();
        String en = Statement.of(s, Locale.ENGLISH);
        String fr = Statement.of(s, Locale.forLanguageTag("fr-MA"));
        assertThat(en).contains("SHARE-OUT at meeting 6 (February 9, 2026), amounts in MAD, in proportion to shares")
                .containsPattern("(?m)^  paid to members who left +-60\\.00$")
                .contains("Value per share = 480.00 / 48 shares = 10.000000000000 (written on the board: 10.00)");
        assertThat(fr).contains("PARTAGE à la réunion 6 (9 février 2026), montants en MAD, au prorata des parts")
                .contains("Valeur de la part = 480,00 / 48 parts = 10,000000000000 (au tableau : 10,00)");
    }

    @Test
    void the_statement_carries_the_same_figures_as_the_share_out() {
        ShareOut s = group();
        String text = Statement.of(s, Locale.ENGLISH);
        for (ShareOutLine l : s.lines()) {
            String net = String.format(Locale.ENGLISH, "%,.2f", l.net().getNumber().numberValue(BigDecimal.class));
            assertThat(text).containsPattern("(?m)^" + l.member().value() + " .*\\| +" + net.replace(".", "\\.")
                    + " \\| +0\\.00$");
        }
        String total = String.format(Locale.ENGLISH, "%,.2f", s.totalPaidOut().getNumber().numberValue(BigDecimal.class));
        assertThat(text).contains("Net payouts " + total + " + remainder ");
    }

    @Test
    void other_languages_get_english_words_with_their_own_numbers() {
        String de = Statement.of(arabicNames(), Locale.GERMANY);
        assertThat(de).contains("SHARE-OUT at meeting 6 (9. Februar 2026)").contains("480,00");
    }
}

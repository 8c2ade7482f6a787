package org.avec.tools.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.LoanPolicy;
import org.avec.Member;
import org.avec.ShareOut;
import org.avec.ShareOutLine;
import org.avec.examples.Simulation;
import org.avec.SafeText;
import org.javamoney.moneta.Money;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The share-out sheet read as a browser reads it: parsed with jsoup, every figure compared with the share-out. */
class SheetTest {

    static final List<String> LANGUAGES = List.of("en", "fr-MA", "ar-MA", "ar");

    static ShareOut demo() {
        return Simulation.run(2026, 25, 52).shareOut();
    }

    /** A figure as the page shows it, read back with the page's own locale. */
    static BigDecimal figure(Element cell, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        if (f instanceof java.text.DecimalFormat d) {
            d.setParseBigDecimal(true);
        }
        String text = cell.text().trim();
        ParsePosition at = new ParsePosition(0);
        Number n = f.parse(text, at);
        assertThat(at.getIndex()).as("the whole of '%s' is a number in %s", text, locale).isEqualTo(text.length());
        return (BigDecimal) n;
    }

    static BigDecimal big(javax.money.MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class);
    }

    @Test
    void every_member_and_every_figure_is_on_the_sheet_in_each_language() {
        ShareOut s = demo();
        for (String tag : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(tag);
            Document page = Jsoup.parse(Sheet.html(s, locale));
            assertThat(page.selectFirst("html").attr("dir")).as(tag).isEqualTo(tag.startsWith("ar") ? "rtl" : "ltr");
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(tag);
            List<Element> rows = page.select("tr.member");
            assertThat(rows).hasSize(s.lines().size());
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < rows.size(); i++) {
                Element row = rows.get(i);
                ShareOutLine line = s.lines().get(i);
                assertThat(row.selectFirst("td.id").text()).isEqualTo(line.member().value());
                assertThat(row.selectFirst("td.name").text()).isEqualTo(SafeText.of(line.name()));
                assertThat(figure(row.selectFirst("td.net"), locale)).isEqualByComparingTo(big(line.net()));
                assertThat(figure(row.selectFirst("td.gross"), locale)).isEqualByComparingTo(big(line.gross()));
                assertThat(figure(row.selectFirst("td.savings"), locale)).isEqualByComparingTo(big(line.savings()));
                assertThat(figure(row.selectFirst("td.shares"), locale)).isEqualByComparingTo(BigDecimal.valueOf(line.shares()));
                sum = sum.add(figure(row.selectFirst("td.net"), locale));
            }
            assertThat(sum).isEqualByComparingTo(big(s.totalPaidOut()));
            assertThat(figure(page.selectFirst("tfoot td.net"), locale)).isEqualByComparingTo(big(s.totalPaidOut()));
            assertThat(figure(page.selectFirst("tr.total td.n"), locale)).isEqualByComparingTo(big(s.distributable()));
            assertThat(page.select("section.signatures .signature")).hasSize(3);
            assertThat(page.select("section.pictures svg")).hasSize(4);
            assertThat(page.select("script, link, img, iframe, object")).as("self-contained, no script").isEmpty();
            assertThat(page.html()).doesNotContain("http://www.w3.org/1999").doesNotContain("https://");
        }
    }

    @Test
    void arabic_is_right_to_left_with_the_group_s_digits() {
        ShareOut s = demo();
        Document arab = Jsoup.parse(Sheet.html(s, Locale.forLanguageTag("ar")));
        Document maroc = Jsoup.parse(Sheet.html(s, Locale.forLanguageTag("ar-MA")));
        String netAr = arab.selectFirst("tfoot td.net").text();
        String netMa = maroc.selectFirst("tfoot td.net").text();
        assertThat(netAr).as("ar writes Arabic-Indic digits").matches("[\\u0660-\\u0669\\u066B\\u066C\\u060C.,\\u00A0\\u200F\\u061C]+");
        assertThat(netMa).as("ar-MA writes Western digits").matches("[0-9.,\\u00A0\\u200E\\u200F]+");
        assertThat(maroc.selectFirst("h1").text()).isEqualTo("ورقة توزيع نهاية الدورة");
    }

    @Test
    void names_cannot_inject_markup_or_hide_a_figure() {
        String evil = "<script>alert(1)</script>\u202E00.21\u001B[31m\u0000";
        Constitution c = Constitution.builder(Money.of(10, "MAD")).meetings(Constitution.Frequency.WEEKLY, 2)
                .loans(LoanPolicy.builder().closingMeetings(0).build()).build();
        ShareOut s = Cycle.start(c, Money.of(0, "MAD"), Money.of(0, "MAD"), List.of(Member.of("x\"><b>", evil),
                Member.of("f", "فاطمة الزهراء"))).openMeeting(Simulation.FIRST_MEETING).buyShares("x\"><b>", 1)
                .buyShares("f", 2).openMeeting(Simulation.FIRST_MEETING.plusWeeks(1)).shareOut();
        String html = Sheet.html(s, Locale.ENGLISH);
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("tbody b")).isEmpty();
        assertThat(html).doesNotContain("\u202E").doesNotContain("\u001B").doesNotContain("\u0000");
        assertThat(page.select("td.name").eachText()).contains(SafeText.of(evil), "فاطمة الزهراء");
        assertThat(SafeText.of(evil)).isEqualTo("<script>alert(1)</script>[U+202E]00.21[U+001B][31m[U+0000]");
        assertThat(page.select("td.id").eachText()).contains("x\"><b>");
    }

    @Property(tries = 40)
    void the_payouts_shown_add_up_to_what_is_paid_out(@ForAll @IntRange(min = 8, max = 30) int members,
            @ForAll @IntRange(min = 12, max = 40) int meetings, @ForAll long seed) {
        // the simulated group needs at least 8 members and 12 meetings
        ShareOut s = Simulation.run(seed, members, meetings).shareOut();
        Locale locale = Locale.forLanguageTag(LANGUAGES.get((int) Math.floorMod(seed, 4L)));
        Document page = Jsoup.parse(Sheet.html(s, locale));
        BigDecimal sum = BigDecimal.ZERO;
        for (Element cell : page.select("tr.member td.net")) {
            sum = sum.add(figure(cell, locale));
        }
        assertThat(sum).isEqualByComparingTo(big(s.totalPaidOut()));
        assertThat(page.select("tr.member")).hasSize(s.lines().size());
    }

    @Property(tries = 60)
    void every_name_shown_is_the_member_s_name_neutralised(
            @ForAll @Size(min = 1, max = 6) List<@StringLength(min = 1, max = 12) String> names) {
        // a name is one line (Member refuses a line break); any other character may be in it
        List<String> given = names.stream().filter(n -> !n.isBlank())
                .map(n -> n.replaceAll("[\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029]", "?")).toList();
        net.jqwik.api.Assume.that(!given.isEmpty());
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            members.add(Member.of("m" + i, given.get(i)));
        }
        Constitution c = Constitution.builder(Money.of(10, "MAD")).meetings(Constitution.Frequency.WEEKLY, 1)
                .loans(LoanPolicy.builder().closingMeetings(0).build()).build();
        Cycle cycle = Cycle.start(c, Money.of(0, "MAD"), Money.of(0, "MAD"), members).openMeeting(Simulation.FIRST_MEETING);
        for (int i = 0; i < given.size(); i++) {
            cycle = cycle.buyShares("m" + i, 1);
        }
        ShareOut s = cycle.shareOut();
        Document page = Jsoup.parse(Sheet.html(s, Locale.FRENCH));
        List<Element> shown = page.select("tr.member td.name");
        for (int i = 0; i < shown.size(); i++) {
            assertThat(shown.get(i).wholeText()).isEqualTo(SafeText.of(s.lines().get(i).name()));
        }
    }
}

package org.avec.tools.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.avec.tools.statement.Statement;
import org.junit.jupiter.api.Test;

/**
 * Counts take the form their language gives them (Unicode CLDR's plural rules, through ICU): English one/other, French
 * one for 0 and 1, Arabic's six forms, where after 3 to 10 the noun is plural and after 11 to 99 singular.
 */
class PluralsTest {

    private static String say(String language, String key, Object... args) {
        return new Report.Words(Locale.forLanguageTag(language)).say(key, args);
    }

    @Test
    void english_says_one_group_and_two_groups() {
        assertThat(say("en", "title", 1, 1)).isEqualTo("Programme report: 1 group, 1 member");
        assertThat(say("en", "title", 2, 16)).isEqualTo("Programme report: 2 groups, 16 members");
        assertThat(say("en", "loans", 1, 1)).isEqualTo("1 loan to 1 borrower");
        assertThat(say("en", "skipped", 1)).isEqualTo("1 group could not be read and is left out:");
    }

    @Test
    void french_counts_zero_and_one_as_singular() {
        assertThat(say("fr-MA", "title", 0, 1)).isEqualTo("Rapport du programme : 0 groupe, 1 membre");
        assertThat(say("fr-MA", "loans", 2, 1)).isEqualTo("2 crédits à 1 emprunteuse");
        assertThat(say("fr-MA", "par", 30)).isEqualTo("Portefeuille à risque (plus de 30 jours)");
    }

    @Test
    void arabic_takes_the_singular_after_eleven_to_ninety_nine_and_the_plural_after_three_to_ten() {
        // ar-MA writes Latin digits, as the JDK does for it
        assertThat(say("ar-MA", "title", 6, 98)).isEqualTo("تقرير البرنامج: 6 مجموعات، 98 عضوة");
        assertThat(say("ar-MA", "title", 1, 2)).isEqualTo("تقرير البرنامج: مجموعة واحدة، عضوتان");
        assertThat(say("ar-MA", "loans", 95, 67)).isEqualTo("95 قرضًا لـ67 مقترضة");
        assertThat(say("ar-MA", "loans", 3, 100)).isEqualTo("3 قروض لـ100 مقترضة");
        assertThat(say("ar-MA", "attendanceRecent", 4)).isEqualTo("الحضور في آخر 4 اجتماعات");
    }

    @Test
    void a_count_in_arabic_uses_the_same_digits_as_the_figures_beside_it() {
        // the JDK writes Arabic-Indic digits for plain "ar": the counts in sentences follow it
        assertThat(say("ar", "title", 6, 98)).isEqualTo("تقرير البرنامج: ٦ مجموعات، ٩٨ عضوة");
        assertThat(Statement.sameDigits(Locale.forLanguageTag("ar")).getKeywordValue("numbers")).isEqualTo("arab");
        assertThat(Statement.sameDigits(Locale.forLanguageTag("ar-MA")).getKeywordValue("numbers")).isEqualTo("latn");
    }
}

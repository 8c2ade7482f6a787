package org.avec.tools.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javax.money.MonetaryAmount;
import org.avec.ShareOut;
import org.avec.SafeText;
import org.avec.ShareOutLine;
import org.avec.ShareOutPolicy;

/**
 * The share-out statement printed in the group's own language: English, French or Arabic (other languages
 * fall back to English), with amounts and dates written as the locale writes them ({@code fr-MA}: {@code 1.234,50};
 * {@code ar-MA}: {@code 1.234,50} and Moroccan month names).
 *
 * <p>The statement holds the same figures as {@link ShareOut#toString()}: the make-up of the cash to share
 * out, the value per share and how it was worked out, one line per member (shares, exact entitlement, gross,
 * deduction, net payout, shortfall), the totals, the check that net payouts plus the remainder are the loan
 * fund's cash, and what is carried into the next cycle.
 *
 * <p><b>Right-to-left.</b> For Arabic every line starts with a right-to-left mark (U+200F), so a reader that
 * follows the Unicode bidirectional algorithm (a browser, a word processor, most phone apps, a terminal such as
 * GNOME Terminal with bidi on) lays the line out from the right; the first column, the member, is then on the
 * right. Every amount is wrapped in a left-to-right isolate (U+2066 … U+2069) so that its digits and minus sign
 * stay together. Each cell is padded to its column's width counted in characters as they are shown (combining
 * marks and the invisible direction marks take no room), so the columns line up in both directions.
 * Cells are separated by {@code |}.
 */
public final class Statement {

    private static final char RLM = '\u200F';
    private static final char LRI = '\u2066';
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';
    private static final String SEPARATOR = " | ";

    private final ResourceBundle words;
    private final Locale locale;
    private final boolean rtl;
    private final NumberFormat amounts;
    private final DateTimeFormatter dates;

    private Statement(Locale locale, int fractionDigits) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle("org.avec.tools.statement.Statement", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.rtl = isRightToLeft(locale);
        this.amounts = NumberFormat.getNumberInstance(locale);
        amounts.setMinimumFractionDigits(fractionDigits);
        amounts.setMaximumFractionDigits(fractionDigits);
        amounts.setRoundingMode(RoundingMode.UNNECESSARY);
        amounts.setGroupingUsed(true);
        // dates in the same digits as the amounts (Arabic-Indic for ar, Latin for ar-MA, as the locale writes them)
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withDecimalStyle(java.time.format.DecimalStyle.of(locale));
    }

    /** The languages the statement and the auditor's messages are written in. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    /**
     * The locale for a language tag given by a user ({@code en}, {@code fr-MA}, {@code ar}, ...).
     *
     * @param tag a BCP 47 language tag whose language is one of {@link #LANGUAGES}, not null
     * @return the locale
     * @throws IllegalArgumentException naming the supported languages, if the tag is malformed (such as
     *     {@code fr_MA}) or its language is not supported
     */
    public static Locale locale(String tag) {
        Locale l;
        try {
            l = new Locale.Builder().setLanguageTag(tag).build();
        } catch (java.util.IllformedLocaleException e) {
            l = null;
        }
        if (l == null || !LANGUAGES.contains(l.getLanguage())) {
            throw new IllegalArgumentException("unknown language '" + tag + "': use " + String.join(", ", LANGUAGES)
                    + ", alone or with a region written with a hyphen (fr-MA, ar-MA)");
        }
        return l;
    }

    /**
     * Sentences in a supported language, with amounts and counts written as the statement writes them: for the
     * auditor's comparison of payouts, printed after the statement.
     *
     * @param locale the language, one of {@link #LANGUAGES}
     * @param fractionDigits the currency's decimal places
     * @return the sentences
     */
    public static Phrases phrases(Locale locale, int fractionDigits) {
        return new Phrases(new Statement(locale, fractionDigits));
    }

    /** Sentences of the statement's bundle, filled in with amounts ({@code BigDecimal}), counts and words. */
    public static final class Phrases {
        private final Statement s;

        private Phrases(Statement s) {
            this.s = s;
        }

        /**
         * One sentence, on a line of its own (right-to-left where the language is).
         *
         * @param key the sentence's key in the bundle
         * @param args its values: a {@code BigDecimal} is an amount, another {@code Number} a count, anything
         *     else is written as it is
         * @return the sentence with its line end
         */
        public String line(String key, Object... args) {
            String[] text = new String[args.length];
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                text[i] = a instanceof BigDecimal d ? s.amount(d) : a instanceof Number n ? s.count(n.longValue())
                        : String.valueOf(a);
            }
            StringBuilder sb = new StringBuilder();
            s.line(sb, fill(s.word(key), text));
            return sb.toString();
        }

        /**
         * A sentence about a count, in the form the language gives that count: the bundle's {@code key.one},
         * {@code key.two}, {@code key.few}, {@code key.many} or {@code key.other}, as the language's plural rules
         * (Unicode CLDR, through ICU) choose for {@code n}, with {@code {0}} the count.
         *
         * @param key the sentence's key in the bundle, without the plural form
         * @param n the count
         * @return the sentence with its line end
         */
        public String count(String key, long n) {
            return line(pluralKey(s.words, s.locale, key, n), n);
        }
    }

    /**
     * The key of the form a count takes in the bundle: {@code key} followed by the plural category the language's
     * rules give {@code n} ({@code one}, {@code two}, {@code few}, {@code many}, {@code zero}), or {@code other} where the
     * bundle has no sentence of that category.
     */
    /**
     * The language for ICU (plural forms, numbers in messages) with the digits the JDK's own number formats write for
     * it, so that a count in a sentence and the figures beside it use the same digits: the JDK writes Arabic-Indic
     * digits for {@code ar} where newer Unicode data (ICU's) writes Latin ones.
     *
     * @param locale the language
     * @return the same language for ICU, with the JDK's numbering system
     */
    public static com.ibm.icu.util.ULocale sameDigits(Locale locale) {
        char zero = java.text.DecimalFormatSymbols.getInstance(locale).getZeroDigit();
        String system = zero == '\u0660' ? "arab" : zero == '\u06F0' ? "arabext" : "latn";
        return com.ibm.icu.util.ULocale.forLocale(locale).setKeywordValue("numbers", system);
    }

    static String pluralKey(ResourceBundle words, Locale locale, String key, long n) {
        String category = com.ibm.icu.text.PluralRules.forLocale(com.ibm.icu.util.ULocale.forLocale(locale)).select(n);
        String chosen = key + "." + category;
        return words.containsKey(chosen) ? chosen : key + ".other";
    }

    /**
     * The statement of a share-out in the language of {@code locale}, for example
     * {@code Locale.forLanguageTag("ar-MA")}.
     *
     * @param shareOut the share-out, not null
     * @param locale the group's locale, not null; languages other than English, French and Arabic get English
     *        words with the locale's way of writing numbers and dates
     * @return the plain-text statement, one line per {@code \n}
     */
    public static String of(ShareOut shareOut, Locale locale) {
        int digits = Math.max(0, shareOut.loanFundCash().getCurrency().getDefaultFractionDigits());
        return new Statement(locale, digits).render(shareOut);
    }

    /**
     * Whether a locale's language is written from right to left (Arabic, Hebrew, Persian, Urdu, ...).
     *
     * @param locale the locale
     * @return true for a right-to-left language
     */
    public static boolean isRightToLeft(Locale locale) {
        return List.of("ar", "he", "iw", "fa", "ur", "ps", "sd", "yi", "dv", "ckb").contains(locale.getLanguage());
    }

    /**
     * The record's corrections and voids in the group's language: a first line saying how many entries were corrected or
     * voided (the originals kept), then one line each: its identity, the entry it names, who decided and why.
     *
     * @param corrections the corrections ({@code Ledger.corrections()}), not null
     * @param locale the language, not null
     * @return the lines, empty if there is no correction
     */
    public static List<String> correctionLines(List<org.avec.Entry> corrections, Locale locale) {
        if (corrections.isEmpty()) {
            return List.of();
        }
        ResourceBundle words = ResourceBundle.getBundle("org.avec.tools.statement.Statement", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> lines = new ArrayList<>();
        lines.add(new java.text.MessageFormat(words.getString(pluralKey(words, locale, "corrections", corrections.size())),
                locale).format(new Object[] {Integer.toString(corrections.size())}));
        for (org.avec.Entry e : corrections) {
            String key = e.kind() == org.avec.Entry.Kind.VOID ? "corrections.void" : "corrections.correct";
            lines.add(new java.text.MessageFormat(words.getString(key), locale).format(new Object[] {
                SafeText.of(e.id()), SafeText.of(e.corrects().orElse("-")), SafeText.of(e.decidedBy().orElse("")),
                SafeText.of(e.reason().orElse(""))}));
        }
        return lines;
    }

    /**
     * The width a string takes on a fixed-width screen: its characters, less combining marks (such as the
     * Arabic short vowels) and invisible format characters (such as direction marks), which take no room.
     *
     * @param s the string
     * @return the number of columns it takes
     */
    public static int width(String s) {
        return (int) s.codePoints().filter(cp -> {
            int t = Character.getType(cp);
            return t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK && t != Character.FORMAT;
        }).count();
    }

    private String render(ShareOut s) {
        StringBuilder sb = new StringBuilder();
        String date = s.cycle().date() == null ? "-" : dates.format(s.cycle().date());
        line(sb, fill(word("title"), count(s.cycle().meeting()), date,
                s.loanFundCash().getCurrency().getCurrencyCode(), word("method." + s.method().name())));
        ShareOutPolicy policy = s.cycle().constitution().shareOut();
        line(sb, fill(word("rounding." + policy.rounding().name()), amount(s.cycle().constitution().cashUnit())));
        line(sb, "");
        line(sb, word("makeUp"));
        ShareOut.MakeUp m = s.makeUp();
        List<String[]> makeUp = new ArrayList<>();
        makeUp.add(makeUpLine("carried", m.carriedIn()));
        if (!m.earnedBefore().isZero()) {
            makeUp.add(makeUpLine("earnedBefore", m.earnedBefore()));
        }
        makeUp.add(makeUpLine("savings", m.savings()));
        makeUp.add(makeUpLine("charges", m.serviceCharges()));
        makeUp.add(makeUpLine("penalties", m.latePenalties()));
        makeUp.add(makeUpLine("fines", m.fines()));
        makeUp.add(makeUpLine("writtenOff", m.writtenOff().negate()));
        makeUp.add(makeUpLine("leavers", m.paidToLeavers().negate()));
        makeUp.add(makeUpLine("outstanding", m.loansOut().negate()));
        // the group's own money beyond the box, each line only where the group has it
        beyond(makeUp, "otherIncome", m.otherIncome());
        beyond(makeUp, "expenses", m.expenses().negate());
        beyond(makeUp, "groupLoanInterest", m.groupLoanInterest().negate());
        beyond(makeUp, "groupLoansReceived", m.groupLoansReceived());
        beyond(makeUp, "groupLoansRepaid", m.groupLoansRepaid().negate());
        beyond(makeUp, "propertyBought", m.propertyBought().negate());
        beyond(makeUp, "propertySold", m.propertySold());
        makeUp.add(makeUpLine("cash", m.loanFundCash()));
        makeUp.add(makeUpLine("debts", m.debtsDeducted()));
        beyond(makeUp, "groupDebt." + s.groupDebtRule().name(), m.groupDebt().negate());
        makeUp.add(makeUpLine("total", m.distributable()));
        if (m.notRecovered().isPositive()) {
            makeUp.add(makeUpLine("notRecovered", m.notRecovered()));
        }
        int labelWidth = makeUp.stream().mapToInt(r -> width(r[0])).max().orElse(0);
        int amountWidth = makeUp.stream().mapToInt(r -> width(r[1])).max().orElse(0);
        for (String[] r : makeUp) {
            line(sb, text(r[0], labelWidth) + "  " + number(r[1], amountWidth));
        }
        if (s.cashAt().size() > 1) {
            StringBuilder where = new StringBuilder();
            s.cashAt().forEach((place, cash) -> where.append(where.length() == 0 ? "" : word("cashAt.separator"))
                    .append(place.equals(org.avec.Constitution.BOX) ? word("place.box") : rtl ? FSI + SafeText.of(place) + PDI : SafeText.of(place)).append(' ')
                    .append(amount(cash)));
            line(sb, fill(word("cashAt"), where.toString()));
        }
        if (m.propertyKept().isPositive()) {
            line(sb, fill(word("propertyKept"), amount(m.propertyKept())));
        }
        line(sb, "");
        if (s.method() != ShareOutPolicy.Method.PROPORTIONAL) {
            line(sb, fill(word("shared"), amount(s.distributable()), amount(s.distributable().subtract(s.shared())),
                    amount(s.shared())));
        }
        line(sb, fill(word("value." + s.method().name()), amount(s.shared()), count(s.totalWeight()),
                decimal(s.valuePerShare()), amount(s.valuePerShareRounded())));
        line(sb, "");
        table(sb, s);
        line(sb, "");
        if (s.groupDebt().isPositive()) {
            line(sb, fill(word("checkDebt"), amount(s.totalPaidOut()), amount(s.remainder()), amount(s.groupDebt()),
                    amount(s.loanFundCash())));
        } else {
            line(sb, fill(word("check"), amount(s.totalPaidOut()), amount(s.remainder()), amount(s.loanFundCash())));
        }
        line(sb, fill(word("remainder." + s.remainderDestination().name()), amount(s.remainder())));
        if (s.socialFundShared().isPositive()) {
            line(sb, fill(word("socialShared"), amount(s.socialFund()), amount(s.socialFundShared()),
                    amount(s.lines().get(0).socialFundShare())));
        }
        line(sb, fill(word("carried"), amount(s.carriedCapital()), amount(s.carriedSocialFund())));
        return sb.toString();
    }

    private void table(StringBuilder sb, ShareOut s) {
        boolean[] numeric = {false, false, true, true, true, true, true, true};
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {word("col.member"), word("col.name"), word("col.shares"), word("col.exact"),
            word("col.gross"), word("col.deduction"), word("col.net"), word("col.shortfall")});
        for (ShareOutLine x : s.lines()) {
            rows.add(new String[] {SafeText.of(x.member().value()), SafeText.of(x.name()), count(x.shares()), decimal(x.exactEntitlement()),
                amount(x.gross()), amount(x.deduction()), amount(x.net()), amount(x.shortfall())});
        }
        rows.add(new String[] {word("total"), "", count(s.totalShares()), "", amount(s.totalGross()),
            amount(s.totalDeductions()), amount(s.totalPaidOut()), amount(s.totalShortfall())});
        int[] widths = new int[numeric.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        int total = (numeric.length - 1) * SEPARATOR.length();
        for (int w : widths) {
            total += w;
        }
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            if (k == 1 || k == rows.size() - 1) {
                line(sb, "-".repeat(total));
            }
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    l.append(SEPARATOR);
                }
                // headings of number columns are aligned like the numbers under them
                l.append(numeric[i] ? number(r[i], widths[i]) : text(r[i], widths[i]));
            }
            line(sb, l.toString());
        }
    }

    /**
     * A text cell: starts where the reading starts (left in English, right in Arabic). In a right-to-left line the
     * text is isolated (U+2068 … U+2069, its direction taken from its own first letter), so that a Latin id and a Latin
     * name next to it stay two cells in the line's order, the id rightmost, instead of merging into one left-to-right
     * run that a viewer would show name first.
     */
    private String text(String s, int width) {
        String pad = " ".repeat(width - width(s));
        return rtl && !s.isEmpty() ? FSI + s + PDI + pad : s + pad;
    }

    /**
     * A number cell: the digits end at the cell's right edge. In a right-to-left line the cell's logical
     * start is on the right, so the number comes first.
     */
    private String number(String s, int width) {
        String pad = " ".repeat(width - width(s));
        return rtl ? s + pad : pad + s;
    }

    private void line(StringBuilder sb, String text) {
        if (rtl && !text.isEmpty()) {
            sb.append(RLM);
        }
        sb.append(text).append('\n');
    }

    private String word(String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The statement has no words for '" + key + "' in " + locale, e);
        }
    }

    private String amount(MonetaryAmount a) {
        return isolate(amounts.format(big(a)));
    }

    private String amount(BigDecimal a) {
        return isolate(amounts.format(a));
    }

    private String count(long n) {
        return isolate(NumberFormat.getIntegerInstance(locale).format(n));
    }

    /** In a right-to-left statement a number is isolated left-to-right, so its digits and sign stay together. */
    private String isolate(String number) {
        return rtl ? LRI + number + PDI : number;
    }

    private String decimal(BigDecimal d) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(d.scale());
        f.setMaximumFractionDigits(d.scale());
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return isolate(f.format(d));
    }

    private static BigDecimal big(MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class);
    }

    private static String fill(String template, String... args) {
        String out = template;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", args[i]);
        }
        return out;
    }

    /** A make-up line of the money beyond the box: only where the group has it. */
    private void beyond(List<String[]> makeUp, String key, MonetaryAmount a) {
        if (!a.isZero()) {
            makeUp.add(makeUpLine(key, a));
        }
    }

    private String[] makeUpLine(String key, MonetaryAmount a) {
        return new String[] {"  " + word("makeUp." + key), amount(a)};
    }
}

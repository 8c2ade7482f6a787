package org.avec.tools.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javax.money.MonetaryAmount;
import org.avec.MeetingSummary;
import org.avec.MemberAccount;
import org.avec.ShareOut;
import org.avec.ShareOutLine;
import org.avec.ShareOutPolicy;
import org.avec.SafeText;
import org.avec.tools.statement.Statement;
import org.owasp.encoder.Encode;

/**
 * The share-out sheet the field officer prints and leaves with the group: one self-contained HTML page (inline CSS and
 * SVG, no script, nothing fetched from the network) that prints on A4. It has the make-up of the fund, one line per
 * member with her payout, the totals, the rounding and the remainder in one sentence, signature lines for the three
 * key-holders, and the cycle in pictures (the boxes meeting by meeting, the value of a share, loans out and back,
 * each member's savings and payout as bars).
 *
 * <p>It is written in English, French or Arabic (right to left, with the locale's digits: {@code ar} writes
 * Arabic-Indic digits, {@code ar-MA} Western ones, as the group writes them), with the words of the plain-text
 * {@link Statement}. Every text that comes from the records (names, ids) is shown with {@link org.avec.SafeText#of} and
 * encoded with the OWASP Java Encoder, so nothing from the input can change the page or hide a figure.
 */
public final class Sheet {

    private static final String[] COLOURS = {"#1b6ca8", "#e07b00", "#2a9d4b", "#8e44ad"};

    private final ResourceBundle words;
    private final Locale locale;
    private final boolean rtl;
    private final NumberFormat amounts;
    private final NumberFormat counts;
    private final DateTimeFormatter dates;
    private final int digits;
    private final long unit;

    private Sheet(Locale locale, int fractionDigits) {
        this.locale = locale;
        this.digits = fractionDigits;
        this.unit = BigDecimal.ONE.movePointRight(fractionDigits).longValueExact();
        this.words = ResourceBundle.getBundle("org.avec.tools.statement.Statement", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.rtl = Statement.isRightToLeft(locale);
        this.amounts = NumberFormat.getNumberInstance(locale);
        amounts.setMinimumFractionDigits(fractionDigits);
        amounts.setMaximumFractionDigits(fractionDigits);
        amounts.setRoundingMode(RoundingMode.UNNECESSARY);
        this.counts = NumberFormat.getIntegerInstance(locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withDecimalStyle(java.time.format.DecimalStyle.of(locale));
    }

    /**
     * The sheet of a share-out.
     *
     * @param shareOut the share-out, not null
     * @param locale the group's language ({@code en}, {@code fr}, {@code ar}, with a region if wanted), not null
     * @return the whole HTML page
     */
    public static String html(ShareOut shareOut, Locale locale) {
        return html(shareOut, locale, List.of());
    }

    /**
     * The sheet of a share-out whose records were corrected: it also says how many entries were corrected or voided
     * and shows each, with who decided and why (the originals stay in the records).
     *
     * @param shareOut the share-out, not null
     * @param locale the group's language, not null
     * @param corrections the record's corrections and voids ({@code Ledger.corrections()}), not null
     * @return the whole HTML page
     */
    public static String html(ShareOut shareOut, Locale locale, List<org.avec.Entry> corrections) {
        int digits = Math.max(0, shareOut.loanFundCash().getCurrency().getDefaultFractionDigits());
        Sheet sheet = new Sheet(locale, digits);
        sheet.corrections = List.copyOf(corrections);
        return sheet.page(shareOut);
    }

    private List<org.avec.Entry> corrections = List.of();

    private String page(ShareOut s) {
        StringBuilder h = new StringBuilder(32_000);
        String date = s.cycle().date() == null ? "-" : dates.format(s.cycle().date());
        String title = fill(word("title"), count(s.cycle().meeting()), date,
                s.loanFundCash().getCurrency().getCurrencyCode(), word("method." + s.method().name()));
        h.append("<!DOCTYPE html>\n<html lang=\"").append(attr(locale.toLanguageTag())).append("\" dir=\"")
                .append(rtl ? "rtl" : "ltr").append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(text(word("sheet.title"))).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(text(word("sheet.title"))).append("</h1>\n<p class=\"what\">").append(text(title))
                .append("</p></header>\n");
        makeUp(h, s);
        balance(h, s);
        members(h, s);
        h.append("<p class=\"rounding\">").append(text(roundingSentence(s))).append("</p>\n");
        if (!corrections.isEmpty()) {
            h.append("<section class=\"corrections\"><h2>").append(text(word("corrections.title"))).append("</h2>\n<ul>\n");
            for (String line : Statement.correctionLines(corrections, locale)) {
                h.append("<li>").append(text(line)).append("</li>\n");
            }
            h.append("</ul></section>\n");
        }
        signatures(h);
        pictures(h, s);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private void makeUp(StringBuilder h, ShareOut s) {
        ShareOut.MakeUp m = s.makeUp();
        h.append("<section class=\"makeup\"><h2>").append(text(word("makeUp"))).append("</h2>\n<table>\n");
        row(h, "carried", "", m.carriedIn());
        if (!m.earnedBefore().isZero()) {
            row(h, "earnedBefore", "+", m.earnedBefore());
        }
        row(h, "savings", "+", m.savings());
        row(h, "charges", "+", m.serviceCharges());
        row(h, "penalties", "+", m.latePenalties());
        row(h, "fines", "+", m.fines());
        row(h, "writtenOff", "−", m.writtenOff());
        row(h, "leavers", "−", m.paidToLeavers());
        row(h, "outstanding", "−", m.loansOut());
        // the group's own money beyond the box, each row only where the group has it
        rowIf(h, "otherIncome", "+", m.otherIncome());
        rowIf(h, "expenses", "−", m.expenses());
        rowIf(h, "groupLoanInterest", "−", m.groupLoanInterest());
        rowIf(h, "groupLoansReceived", "+", m.groupLoansReceived());
        rowIf(h, "groupLoansRepaid", "−", m.groupLoansRepaid());
        rowIf(h, "propertyBought", "−", m.propertyBought());
        rowIf(h, "propertySold", "+", m.propertySold());
        row(h, "cash", "=", m.loanFundCash());
        row(h, "debts", "+", m.debtsDeducted());
        rowIf(h, "groupDebt." + s.groupDebtRule().name(), "−", m.groupDebt());
        row(h, "total", "=", m.distributable());
        h.append("</table>\n");
        if (s.cashAt().size() > 1) {
            StringBuilder where = new StringBuilder();
            s.cashAt().forEach((place, cash) -> where.append(where.length() == 0 ? "" : word("cashAt.separator"))
                    .append(place.equals(org.avec.Constitution.BOX) ? word("place.box") : "\u2068" + place + "\u2069").append(' ')
                    .append(amount(cash)));
            h.append("<p class=\"where\">").append(text(fill(word("cashAt"), where.toString()))).append("</p>\n");
        }
        if (m.propertyKept().isPositive()) {
            h.append("<p class=\"property\">").append(text(fill(word("propertyKept"), amount(m.propertyKept()))))
                    .append("</p>\n");
        }
        h.append("<p>").append(text(value(s))).append("</p></section>\n");
    }

    /**
     * The group's balance before the share-out (rules reference §12), for a group with money beyond the box: what it
     * holds, place by place, what it owes, and what it is worth. Left out for a group whose money is all in the box: its
     * make-up says it all.
     */
    private void balance(StringBuilder h, ShareOut s) {
        org.avec.Balance b = s.cycle().balance();
        if (b.cash().size() == 1 && b.property().isEmpty() && b.owedToLenders().isEmpty()) {
            return;
        }
        h.append("<section class=\"balance\"><h2>").append(text(word("sheet.balance"))).append("</h2>\n<table>\n");
        boolean first = true;
        for (java.util.Map.Entry<String, MonetaryAmount> cash : b.cash().entrySet()) {
            balanceRow(h, "cash", fill(word("sheet.balance.cashAt"), cash.getKey().equals(org.avec.Constitution.BOX)
                    ? word("place.box") : "\u2068" + cash.getKey() + "\u2069"), first ? "" : "+", cash.getValue());
            first = false;
        }
        balanceRow(h, "loans", word("sheet.series.loans"), "+", b.loansOutstanding());
        b.property().forEach((item, value) -> balanceRow(h, "property", "\u2068" + item + "\u2069", "+", value));
        balanceRow(h, "social", word("sheet.series.social"), "+", b.socialFund());
        balanceRow(h, "assets sum", word("sheet.balance.assets"), "=", b.assets());
        b.owedToLenders().forEach((lender, owed) -> balanceRow(h, "owed", fill(word("sheet.balance.owed"),
                "\u2068" + lender + "\u2069"), "−",
                owed));
        balanceRow(h, "equity sum", word("sheet.balance.equity"), "=", b.equity());
        h.append("</table></section>\n");
    }

    private void balanceRow(StringBuilder h, String cls, String label, String sign, MonetaryAmount a) {
        h.append("<tr class=\"").append(cls).append("\"><td>").append(text(label)).append("</td><td class=\"sign\">")
                .append(sign).append("</td><td class=\"n\">").append(text(amount(a))).append("</td></tr>\n");
    }

    private void rowIf(StringBuilder h, String key, String sign, MonetaryAmount a) {
        if (!a.isZero()) {
            row(h, key, sign, a);
        }
    }

    private void row(StringBuilder h, String key, String sign, MonetaryAmount a) {
        String label = word("makeUp." + key).replaceFirst("^= ?", "");
        h.append("<tr class=\"").append(key.replace('.', '-')).append(sign.equals("=") ? " sum" : "").append("\"><td>").append(text(label))
                .append("</td><td class=\"sign\">").append(sign).append("</td><td class=\"n\">").append(text(amount(a)))
                .append("</td></tr>\n");
    }

    private String value(ShareOut s) {
        String v = fill(word("value." + s.method().name()), amount(s.shared()), count(s.totalWeight()),
                decimal(s.valuePerShare()), amount(s.valuePerShareRounded()));
        if (s.method() == ShareOutPolicy.Method.PROPORTIONAL) {
            return v;
        }
        return fill(word("shared"), amount(s.distributable()), amount(s.distributable().subtract(s.shared())),
                amount(s.shared())) + " " + v;
    }

    private void members(StringBuilder h, ShareOut s) {
        boolean social = s.socialFundShared().isPositive();
        h.append("<section class=\"members\"><table>\n<thead><tr><th>").append(text(word("col.member"))).append("</th><th>")
                .append(text(word("col.name"))).append("</th><th class=\"n\">").append(text(word("col.shares")))
                .append("</th><th class=\"n\">").append(text(word("sheet.col.savings"))).append("</th><th class=\"n\">")
                .append(text(word("col.gross"))).append("</th><th class=\"n\">").append(text(word("col.deduction")))
                .append("</th><th class=\"n\">").append(text(word("col.net"))).append("</th>");
        if (social) {
            h.append("<th class=\"n\">").append(text(word("sheet.col.social"))).append("</th>");
        }
        h.append("<th class=\"tick\">").append(text(word("sheet.col.received"))).append("</th></tr></thead>\n<tbody>\n");
        for (ShareOutLine l : s.lines()) {
            h.append("<tr class=\"member\"><td class=\"id\">").append(text(SafeText.of(l.member().value())))
                    .append("</td><td class=\"name\"><bdi>").append(text(SafeText.of(l.name()))).append("</bdi></td>")
                    .append(cell("shares", count(l.shares()))).append(cell("savings", amount(l.savings())))
                    .append(cell("gross", amount(l.gross()))).append(cell("deduction", amount(l.deduction())))
                    .append(cell("net", amount(l.net())));
            if (social) {
                h.append(cell("social", amount(l.socialFundShare())));
            }
            h.append("<td class=\"tick\"></td></tr>\n");
        }
        h.append("</tbody>\n<tfoot><tr><td colspan=\"2\">").append(text(word("total"))).append("</td>")
                .append(cell("shares", count(s.totalShares())))
                .append(cell("savings", amount(s.lines().stream().map(ShareOutLine::savings)
                        .reduce(s.totalGross().multiply(0), MonetaryAmount::add))))
                .append(cell("gross", amount(s.totalGross()))).append(cell("deduction", amount(s.totalDeductions())))
                .append(cell("net", amount(s.totalPaidOut())));
        if (social) {
            h.append(cell("social", amount(s.socialFundShared())));
        }
        h.append("<td></td></tr></tfoot>\n</table>\n<p class=\"check\">")
                .append(text(s.groupDebt().isPositive()
                        ? fill(word("checkDebt"), amount(s.totalPaidOut()), amount(s.remainder()), amount(s.groupDebt()),
                                amount(s.loanFundCash()))
                        : fill(word("check"), amount(s.totalPaidOut()), amount(s.remainder()), amount(s.loanFundCash()))))
                .append("</p></section>\n");
    }

    private String cell(String cls, String number) {
        return "<td class=\"n " + cls + "\">" + text(number) + "</td>";
    }

    private String roundingSentence(ShareOut s) {
        ShareOutPolicy p = s.cycle().constitution().shareOut();
        String sentence = fill(word("rounding." + p.rounding().name()), amount(s.cycle().constitution().cashUnit())) + " "
                + fill(word("remainder." + p.remainderDestination().name()), amount(s.remainder())) + " "
                + fill(word("carried"), amount(s.carriedCapital()), amount(s.carriedSocialFund()));
        if (s.socialFundShared().isPositive()) {
            sentence += " " + fill(word("socialShared"), amount(s.socialFund()), amount(s.socialFundShared()),
                    amount(s.lines().get(0).socialFundShare()));
        }
        return sentence;
    }

    private void signatures(StringBuilder h) {
        h.append("<section class=\"signatures\"><h2>").append(text(word("sheet.signatures"))).append("</h2>\n");
        for (int k = 1; k <= 3; k++) {
            h.append("<div class=\"signature\"><span>").append(text(fill(word("sheet.keyholder"), count(k))))
                    .append("</span><span class=\"line\"></span><span class=\"hint\">")
                    .append(text(word("sheet.signature"))).append("</span></div>\n");
        }
        h.append("</section>\n");
    }

    // ------------------------------------------------------------------ pictures

    private void pictures(StringBuilder h, ShareOut s) {
        List<MeetingSummary> meetings = s.cycle().meetingSummaries();
        h.append("<section class=\"pictures\"><h2>").append(text(word("sheet.pictures"))).append("</h2>\n");
        int n = meetings.size();
        long[][] boxes = new long[3][n];
        long[] share = new long[n];
        long[][] loans = new long[2][n];
        List<MemberAccount> all = s.cycle().members();
        long[] owned = ownedBeyondTheBox(s.cycle(), n);
        long shares = 0;
        for (int i = 0; i < n; i++) {
            MeetingSummary m = meetings.get(i);
            boxes[0][i] = minor(m.loanFundCash());
            boxes[1][i] = minor(m.loansOutstanding());
            boxes[2][i] = minor(m.socialFundCash());
            shares += m.sharesBought();
            long held = shares;
            for (MemberAccount a : all) {
                // a member who left took her shares with her
                held -= a.leftAt() != 0 && a.leftAt() <= m.meeting() ? a.shares() : 0;
            }
            share[i] = held <= 0 ? 0 : Math.max(0, boxes[0][i] + boxes[1][i] + owned[i]) / held;
            loans[0][i] = minor(m.loansIssued());
            loans[1][i] = minor(m.principalRepaid());
        }
        figure(h, word("sheet.chart.boxes"), lines(boxes, new String[] {word("sheet.series.cash"),
            word("sheet.series.loans"), word("sheet.series.social")}));
        figure(h, word("sheet.chart.share"), lines(new long[][] {share}, new String[] {word("sheet.series.share")}));
        figure(h, word("sheet.chart.loans"), bars(loans, new String[] {word("sheet.series.issued"),
            word("sheet.series.repaid")}));
        figure(h, word("sheet.chart.members"), memberBars(s));
        h.append("</section>\n");
    }

    /**
     * At the end of each meeting in the books, the property the group held less what it owed its lenders (rules
     * reference §12): the group's worth beyond its cash and loans out. All zero for a group whose money is all in the
     * box; otherwise the record is replayed once, meeting by meeting.
     */
    private long[] ownedBeyondTheBox(org.avec.Cycle cycle, int n) {
        long[] owned = new long[n];
        boolean beyond = !cycle.opening().groupLoans().isEmpty() || !cycle.opening().property().isEmpty()
                || cycle.events().stream().anyMatch(e -> e.kind().compareTo(org.avec.Event.Kind.CASH_MOVED) >= 0);
        if (!beyond) {
            return owned;
        }
        // the record replayed once, a meeting at a time (its events are in meeting order)
        org.avec.Cycle c = org.avec.Cycle.start(cycle.constitution(), cycle.opening());
        List<org.avec.Event> events = cycle.events();
        int from = 0;
        for (int i = 0; i < n && from < events.size(); i++) {
            int meeting = events.get(from).meeting();
            int to = from;
            while (to < events.size() && events.get(to).meeting() == meeting) {
                to++;
            }
            c = c.recordAll(events.subList(from, to));
            owned[i] = worthBeyond(c.balance());
            from = to;
        }
        return owned;
    }

    private long worthBeyond(org.avec.Balance b) {
        return minor(b.propertyTotal()) - minor(b.liabilities());
    }

    private void figure(StringBuilder h, String caption, String svg) {
        h.append("<figure>").append(svg).append("<figcaption>").append(text(caption)).append("</figcaption></figure>\n");
    }

    private static final int W = 340;
    private static final int H = 170;
    private static final int LEFT = 58;
    private static final int BOTTOM = 22;

    /** Lines over meetings 1..n, with a y axis from zero to the largest value. */
    private String lines(long[][] series, String[] names) {
        int n = series[0].length;
        long max = niceMax(series);
        StringBuilder svg = svgStart(W, H + 16 * names.length);
        axes(svg, n, max);
        for (int k = 0; k < series.length; k++) {
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < n; i++) {
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, n), y(series[k][i], max)));
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(COLOURS[k]).append("\" points=\"")
                    .append(pts.toString().trim()).append("\"/>");
        }
        legend(svg, names, H);
        return svg.append("</svg>").toString();
    }

    /** Two bars per meeting. */
    private String bars(long[][] series, String[] names) {
        int n = series[0].length;
        long max = niceMax(series);
        StringBuilder svg = svgStart(W, H + 16 * names.length);
        axes(svg, n, max);
        double slot = (W - LEFT - 8.0) / Math.max(n, 1);
        double bar = Math.max(1, slot / (series.length + 1));
        for (int k = 0; k < series.length; k++) {
            for (int i = 0; i < n; i++) {
                double top = y(series[k][i], max);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                        LEFT + i * slot + k * bar + bar / 2, top, bar, (H - BOTTOM) - top, COLOURS[k]));
            }
        }
        legend(svg, names, H);
        return svg.append("</svg>").toString();
    }

    /** Each member's savings and payout as two horizontal bars, with her name. */
    private String memberBars(ShareOut s) {
        List<ShareOutLine> lines = s.lines();
        long max = 1;
        for (ShareOutLine l : lines) {
            max = Math.max(max, Math.max(minor(l.savings()), minor(l.handedOver())));
        }
        int rowHeight = 14;
        int height = 10 + rowHeight * lines.size() + 16 * 2 + 6;
        int width = 700;
        int labels = 150;
        StringBuilder svg = svgStart(width, height);
        for (int i = 0; i < lines.size(); i++) {
            ShareOutLine l = lines.get(i);
            double top = 6 + i * rowHeight;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"label\">", labels - 6,
                    top + 10)).append(text(SafeText.of(l.name()))).append("</text>");
            long[] values = {minor(l.savings()), minor(l.handedOver())};
            for (int k = 0; k < 2; k++) {
                double w = (width - labels - 90) * ((double) values[k] / max);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"5.5\" fill=\"%s\"/>",
                        labels, top + 2 + k * 6, w, COLOURS[k]));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"value\">", labels + (width - labels - 90)
                    * ((double) values[1] / max) + 4, top + 12)).append(text(amount(l.handedOver()))).append("</text>");
        }
        legend(svg, new String[] {word("sheet.series.saved"), word("sheet.series.paid")}, height - 16 * 2 - 4);
        return svg.append("</svg>").toString();
    }

    private StringBuilder svgStart(int width, int height) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" direction=\"ltr\">", width, height, width, height));
    }

    private void axes(StringBuilder svg, int n, long max) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", LEFT, H - BOTTOM,
                W - 4, H - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"6\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", LEFT, LEFT,
                H - BOTTOM));
        for (int t = 0; t <= 4; t++) {
            long v = max / 4 * t;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"tick\">", LEFT - 4,
                    y(v, max) + 3)).append(text(amounts(v))).append("</text>");
        }
        int step = Math.max(1, n / 6);
        // every step-th meeting, and always the last, the share-out (the label before it left out if they would touch)
        for (int i = 0; i < n; i += step) {
            if (i == n - 1 || n - 1 - i >= (step + 1) / 2) {
                meetingLabel(svg, i, n);
            }
        }
        if ((n - 1) % step != 0) {
            meetingLabel(svg, n - 1, n);
        }
    }

    private void meetingLabel(StringBuilder svg, int i, int n) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"tick\">", x(i, n),
                H - BOTTOM + 13)).append(text(count(i + 1))).append("</text>");
    }

    private void legend(StringBuilder svg, String[] names, int top) {
        for (int k = 0; k < names.length; k++) {
            // from the picture's left edge, not the axis: the longest legend (the value of a share) needs the width
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"11\" height=\"11\" fill=\"%s\"/>", 4,
                    top + 4 + 16 * k, COLOURS[k]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\">", 19, top + 13 + 16 * k))
                    .append(text(names[k])).append("</text>");
        }
    }

    private static double x(int i, int n) {
        return LEFT + 6 + (W - LEFT - 14.0) * (n <= 1 ? 0 : (double) i / (n - 1));
    }

    private static double y(long v, long max) {
        return (H - BOTTOM) - (H - BOTTOM - 8.0) * ((double) v / max);
    }

    /** The top of a value axis: 1, 2, 4 or 5 times a power of ten, at or above the largest value, divisible by 4. */
    private long niceMax(long[][] series) {
        long max = 0;
        for (long[] s : series) {
            for (long v : s) {
                max = Math.max(max, v);
            }
        }
        long p = unit;
        while (p <= max / 10) {
            p *= 10;
        }
        for (long m : new long[] {1, 2, 4, 5, 10}) {
            if (m * p >= max) {
                return Math.max(m * p, 4);
            }
        }
        return 10 * p;
    }

    /** An amount in minor units: exact; only the drawing turns a ratio of two of them into a position. */
    private long minor(MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class).movePointRight(digits).longValueExact();
    }

    // ------------------------------------------------------------------ words and numbers

    private String word(String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The sheet has no words for '" + key + "' in " + locale, e);
        }
    }

    private String amount(MonetaryAmount a) {
        return amounts.format(a.getNumber().numberValue(BigDecimal.class));
    }

    /** An axis label: the amount in whole major units. */
    private String amounts(long minor) {
        return counts.format(BigDecimal.valueOf(minor, digits).setScale(0, RoundingMode.HALF_UP));
    }

    private String count(long n) {
        return counts.format(n);
    }

    private String decimal(BigDecimal d) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(d.scale());
        f.setMinimumFractionDigits(Math.min(d.scale(), 4));
        return f.format(d);
    }

    private static String fill(String template, String... args) {
        String out = template;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", args[i]);
        }
        return out;
    }

    private static String text(String s) {
        return Encode.forHtml(s);
    }

    private static String attr(String s) {
        return Encode.forHtmlAttribute(s);
    }

    private static final String CSS = String.join("\n",
            "@page { size: A4; margin: 12mm; }",
            "body { font-family: 'DejaVu Sans', 'Noto Sans', 'Noto Naskh Arabic', Arial, sans-serif; font-size: 10pt; color: #111;",
            "  max-width: 190mm; margin: 0 auto; }",
            "h1 { font-size: 16pt; margin: 0 0 2pt 0; } h2 { font-size: 11pt; margin: 8pt 0 3pt 0; }",
            "p { margin: 3pt 0; } .what { font-weight: bold; }",
            "table { border-collapse: collapse; } td, th { padding: 1.5pt 5pt; }",
            ".members table { width: 100%; } .members th { border-bottom: 1.5pt solid #111; text-align: start; }",
            ".members tbody tr:nth-child(even) { background: #f1f4f8; } .members tfoot td { border-top: 1.5pt solid #111;",
            "  font-weight: bold; }",
            ".n { text-align: end; unicode-bidi: isolate; direction: ltr; white-space: nowrap; font-variant-numeric: tabular-nums; }",
            // numbers are written left to right in every language: their last digits line up at the right of the cell, so
            // that decimals line up in Arabic as in French (end of a left-to-right cell: its right)
            "th.n { text-align: end; }",
            ".net { font-weight: bold; } .tick { width: 14mm; border-bottom: 0.5pt solid #999; }",
            ".makeup tr.sum td { border-top: 0.75pt solid #111; font-weight: bold; } .sign { width: 8pt; text-align: center; }",
            ".balance { margin-bottom: 5mm; } .balance tr.sum td { border-top: 0.75pt solid #111; font-weight: bold; }",
            ".signatures { display: flex; gap: 8mm; page-break-inside: avoid; } .signatures h2 { display: none; }",
            ".signature { flex: 1; display: flex; flex-direction: column; margin-top: 10mm; }",
            ".signature .line { border-bottom: 0.75pt solid #111; height: 12mm; } .signature .hint { font-size: 8pt; color: #555; }",
            ".pictures { page-break-before: always; display: flex; flex-wrap: wrap; gap: 4mm; }",
            ".pictures h2 { width: 100%; } figure { margin: 0; page-break-inside: avoid; }",
            "figcaption { font-size: 9pt; text-align: center; }",
            "svg text { font-size: 9px; fill: #222; } svg text.label { font-size: 11px; } svg .axis { stroke: #555;"
                    + " stroke-width: 1; }",
            "@media print { .members tbody tr:nth-child(even) { background: #eef1f5; -webkit-print-color-adjust: exact;",
            "  print-color-adjust: exact; } }",
            "");
}

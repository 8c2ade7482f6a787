package org.avec.tools.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.CurrencyUnit;

/**
 * Reads what the group actually paid each member at share-out: a header {@code member,amount}, then one row per
 * member, the amount as a plain decimal in the group's currency. Every problem is reported with its line.
 *
 * <p>Another app's payout sheet is read too: the member's column and the amount's are found by their names in the
 * header (for example {@code Membre;Nom;Parts;Net versé}: {@code membre} and {@code net verse}), in any order, the
 * other columns left aside.
 */
final class PayoutsFile {

    /** The header line a payouts file starts with. */
    static final String HEADER = "member,amount";

    private PayoutsFile() {}

    /** The names a member's column goes by, compared without case or accents. */
    static final List<String> MEMBER_NAMES = List.of("member", "member id", "id", "membre", "العضو");
    /** The names the amount paid goes by, compared without case or accents. */
    static final List<String> AMOUNT_NAMES = List.of("amount", "net payout", "payout", "paid", "net", "montant",
            "net verse", "paye", "المبلغ", "الصافي المدفوع");

    /** Where the member's column and the amount's are, from the header; null if either is not found once. */
    private static int[] columns(List<String> header) {
        int member = -1;
        int amount = -1;
        int shares = -1;
        int savings = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = Csv.plain(header.get(i));
            if (SAVINGS_NAMES.contains(h)) {
                if (savings >= 0) {
                    return null;
                }
                savings = i;
            } else if (SHARES_NAMES.contains(h)) {
                if (shares >= 0) {
                    return null;
                }
                shares = i;
            } else if (MEMBER_NAMES.contains(h)) {
                if (member >= 0) {
                    return null;
                }
                member = i;
            } else if (AMOUNT_NAMES.contains(h)) {
                if (amount >= 0) {
                    return null;
                }
                amount = i;
            }
        }
        return member < 0 || amount < 0 ? null : new int[] {member, amount, shares, savings};
    }

    /**
     * An amount paid and the line it was read from, and the shares the sheet gives the member, if it has a shares
     * column (-1 if not).
     */
    record Paid(int line, BigDecimal amount, long shares, BigDecimal savings) {
        Paid(int line, BigDecimal amount) {
            this(line, amount, -1, null);
        }
    }

    /** The names a column of savings goes by (FAO's and DreamSave's sheets have one): compared with the records' savings. */
    static final List<String> SAVINGS_NAMES = List.of("savings", "saved", "epargne", "épargne", "الادخار", "المدخر");

    /** The names a column of shares goes by, compared without case or accents: compared with the records' shares. */
    static final List<String> SHARES_NAMES = List.of("shares", "parts", "actions", "الأسهم", "الاسهم");

    /**
     * Reads the payouts.
     *
     * @param file the file's name, for messages
     * @param lines the file's lines
     * @param currency the group's currency
     * @param problems where problems are added
     * @return the amount paid to each member id, in file order
     */
    static Map<String, Paid> read(String file, List<String> lines, CurrencyUnit currency, List<Problem> problems) {
        Map<String, Paid> paid = new LinkedHashMap<>();
        boolean header = false;
        int[] where = null;
        int width = 0;
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        for (Csv.Row row : Csv.rows(lines)) {
            int n = row.line();
            String line = row.text();
            if (row.broken()) {
                problems.add(new Problem(file, n, row.problem()));
                break;
            }
            List<String> all = row.fields();
            if (!header) {
                header = true;
                where = columns(all);
                if (where == null) {
                    problems.add(new Problem(file, n, "the first line must be a header naming the member's column and"
                            + " the amount's once each ('" + HEADER + "', or names such as " + MEMBER_NAMES + " and "
                            + AMOUNT_NAMES + "), found '" + Csv.shortly(line.strip()) + "'"));
                    return paid;
                }
                width = all.size();
                while (width > 0 && all.get(width - 1).isBlank()) {
                    width--;
                }
                continue;
            }
            List<String> f = all.size() < Math.max(where[0], where[1]) + 1 ? null : List.of(all.get(where[0]).strip(),
                    all.get(where[1]).strip());
            boolean beyond = false;
            for (int i = width; i < all.size(); i++) {
                beyond |= !all.get(i).isBlank();
            }
            if (f == null || beyond || f.get(0).isEmpty()) {
                problems.add(new Problem(file, n, "expected a member and an amount under the header's columns, found '"
                        + Csv.shortly(line.strip()) + "'"));
                continue;
            }
            int at = n;
            BigDecimal amount = Csv.decimal(f.get(1), "is not written like 12.50", words -> problems.add(
                    new Problem(file, at, "amount '" + Csv.shortly(f.get(1)) + "' for " + f.get(0) + " " + words)));
            if (amount == null) {
                continue;
            }
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > digits) {
                problems.add(new Problem(file, n, "amount " + f.get(1) + " for " + f.get(0) + " is negative or finer than "
                        + currency.getCurrencyCode() + " allows"));
                continue;
            }
            long shares = -1;
            if (where[2] >= 0) {
                String text = where[2] < all.size() ? all.get(where[2]).strip() : "";
                if (!text.matches("\\d{1,9}")) {
                    problems.add(new Problem(file, n, "shares '" + Csv.shortly(text) + "' for " + f.get(0)
                            + " is not a whole number"));
                    continue;
                }
                shares = Long.parseLong(text);
            }
            BigDecimal savings = null;
            if (where[3] >= 0) {
                String text = where[3] < all.size() ? all.get(where[3]).strip() : "";
                savings = Csv.decimal(text, "is not written like 12.50", words -> problems.add(new Problem(file, at,
                        "savings '" + Csv.shortly(text) + "' for " + f.get(0) + " " + words)));
                if (savings == null) {
                    continue;
                }
            }
            Paid before = paid.putIfAbsent(f.get(0), new Paid(n, amount, shares, savings));
            if (before != null) {
                problems.add(new Problem(file, n, "member " + f.get(0) + " is listed twice (first at line " + before.line() + ")"));
            }
        }
        if (!header) {
            problems.add(new Problem(file, 0, "the file is empty: no header '" + HEADER + "'"));
        }
        return paid;
    }
}

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
 */
final class PayoutsFile {

    /** The header line a payouts file starts with. */
    static final String HEADER = "member,amount";

    private PayoutsFile() {}

    /** An amount paid and the line it was read from. */
    record Paid(int line, BigDecimal amount) {}

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
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        for (Csv.Row row : Csv.rows(lines)) {
            int n = row.line();
            String line = row.text();
            if (row.broken()) {
                problems.add(new Problem(file, n, row.problem()));
                break;
            }
            List<String> f = row.fields();
            if (!header) {
                header = true;
                if (!String.join(",", f).toLowerCase(Locale.ROOT).equals(HEADER)) {
                    problems.add(new Problem(file, n, "the first line must be the header '" + HEADER + "'"));
                    return paid;
                }
                continue;
            }
            if (f.size() != 2 || f.get(0).isEmpty()) {
                problems.add(new Problem(file, n, "expected 'member,amount', found '" + line.strip() + "'"));
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
            Paid before = paid.putIfAbsent(f.get(0), new Paid(n, amount));
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

package org.avec.tools.ledgerlink;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.avec.SafeText;

/**
 * A Ledger Link database as avec reads it: opened read-only, each table's rows with only the columns
 * {@link LedgerLinkSchema} lists (never the pass key, the IMEI or a phone number), and every fault found while reading
 * located as {@code ledgerlink:Table#_id: CODE message}.
 */
final class LedgerLinkDatabase {

    /** The largest database read: 512 MB (a group's records are a few megabytes). */
    static final long LARGEST = 512L * 1024 * 1024;

    /** The largest amount read: 10^15, as the auditor's files. */
    static final BigDecimal LARGEST_AMOUNT = BigDecimal.TEN.pow(15);

    /** One row of a table: its key and the columns read (a value is null where the column is missing or NULL). */
    record Row(String table, long id, Map<String, Object> values) {
        Object get(String column) {
            return values.get(column);
        }
    }

    /** A finding, located at its table and row: a fault stops the import (exit 3); a note explains. */
    record Finding(String table, Long id, String code, String message, boolean fault) {
        @Override
        public String toString() {
            return "ledgerlink:" + table + (id == null ? "" : "#" + id) + ": " + code + " " + message;
        }
    }

    final Map<String, List<Row>> tables = new LinkedHashMap<>();
    final List<Finding> findings = new ArrayList<>();

    /** What the records were read from: Ledger Link's {@code database}, or its {@code submissions}. */
    String kind = "database";

    /** Where a row was read from, when that is more than its table and key: a submission's file and line. */
    final Map<String, String> where = new java.util.HashMap<>();

    private LedgerLinkDatabase() {}

    /**
     * Whether a file may be read: a regular file (a link to one too, never a folder, pipe or device) of at most
     * {@code largest} bytes; otherwise one fault with the code given.
     */
    boolean readable(Path file, long largest, String code) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
                fault("file", null, code, "is not a regular file");
                return false;
            }
            if (Files.size(file) > largest) {
                fault("file", null, code, "is larger than " + largest / 1024 / 1024 + " MB: not a group's records");
                return false;
            }
            return true;
        } catch (IOException e) {
            fault("file", null, code, "cannot be read (" + SafeText.of(e.getMessage()) + ")");
            return false;
        }
    }

    /** Records with no tables yet, for a reader of another form of Ledger Link's records to fill. */
    static LedgerLinkDatabase empty() {
        return new LedgerLinkDatabase();
    }

    /**
     * A finding as the auditor reads it: {@code ledgerlink:Table#_id: CODE message}, and where the row was read from
     * if it came from a submission file.
     */
    String locate(Finding f) {
        String at = f.id() == null ? null : where.get(f.table() + "#" + f.id());
        return at == null ? f.toString() : f + " (" + at + ")";
    }

    /**
     * Reads a database file read-only. A file that is not a regular file, is larger than {@link #LARGEST}, or is not a
     * SQLite database gives one fault and no tables.
     */
    static LedgerLinkDatabase read(Path file) {
        LedgerLinkDatabase d = new LedgerLinkDatabase();
        if (!d.readable(file, LARGEST, "NOT_A_DATABASE")) {
            return d;
        }
        try {
            byte[] head = new byte[16];
            try (InputStream in = Files.newInputStream(file)) {
                int n = in.readNBytes(head, 0, 16);
                if (n < 16 || !new String(head, 0, 15, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .equals("SQLite format 3")) {
                    d.fault("file", null, "NOT_A_DATABASE", "is not a SQLite database (Ledger Link keeps a group's"
                            + " records in one, ledgerlinkdb)");
                    return d;
                }
            }
        } catch (IOException e) {
            d.fault("file", null, "NOT_A_DATABASE", "cannot be read (" + e.getMessage() + ")");
            return d;
        }
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            for (Map.Entry<String, Map<String, String>> t : LedgerLinkSchema.TABLES.entrySet()) {
                d.readTable(db, t.getKey(), t.getValue().keySet());
            }
        } catch (SQLException e) {
            d.fault("file", null, "NOT_A_DATABASE", "cannot be read as SQLite (" + SafeText.of(e.getMessage()) + ")");
        }
        return d;
    }

    private void readTable(Connection db, String table, Set<String> wanted) throws SQLException {
        Set<String> present = new LinkedHashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (r.next()) {
                present.add(r.getString("name"));
            }
        }
        if (present.isEmpty()) {
            if (LedgerLinkSchema.LATER_TABLES.contains(table)) {
                note(table, null, "OLDER_DATABASE", "the table is missing: a database from before 2018-09 (read as"
                        + " empty)");
                tables.put(table, List.of());
            } else {
                fault(table, null, "TABLE_MISSING", "the table is missing: not a Ledger Link database, or a damaged one");
            }
            return;
        }
        if (!present.contains("_id")) {
            fault(table, null, "COLUMN_MISSING", "the key column _id is missing");
            return;
        }
        List<String> read = new ArrayList<>();
        for (String c : wanted) {
            if (present.contains(c)) {
                read.add(c);
            } else if (LedgerLinkSchema.LATER.contains(table + "." + c)) {
                note(table, null, "OLDER_DATABASE", "the column " + c + " is missing: a database from before 2019-12"
                        + " (read as empty)");
            } else {
                fault(table, null, "COLUMN_MISSING", "the column " + c + " is missing");
            }
        }
        List<Row> rows = new ArrayList<>();
        String sql = "SELECT _id" + (read.isEmpty() ? "" : ", " + String.join(", ", read)) + " FROM " + table
                + " ORDER BY _id";
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (String c : read) {
                    values.put(c, r.getObject(c));
                }
                rows.add(new Row(table, r.getLong("_id"), values));
                if (rows.size() > 2_000_000) {
                    fault(table, null, "TOO_MANY_ROWS", "more than 2,000,000 rows: not a group's records");
                    break;
                }
            }
        }
        tables.put(table, rows);
    }

    List<Row> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }

    /** What was already said: a value read in several places is reported once. */
    private final Set<Finding> said = new java.util.HashSet<>();

    void fault(String table, Long id, String code, String message) {
        add(new Finding(table, id, code, message, true));
    }

    void note(String table, Long id, String code, String message) {
        add(new Finding(table, id, code, message, false));
    }

    private void add(Finding f) {
        if (said.add(f)) {
            findings.add(f);
        }
    }

    boolean hasFaults() {
        return findings.stream().anyMatch(Finding::fault);
    }

    // ------------------------------------------------------------------ values, each fault located

    /** An amount: a whole number, a real, or text such as '1,500' (Ledger Link accepts it); null where empty. */
    BigDecimal number(Row r, String column) {
        Object v = r.get(column);
        if (v == null) {
            return null;
        }
        BigDecimal d;
        if (v instanceof BigDecimal b) {
            d = b;
        } else if (v instanceof Integer || v instanceof Long) {
            d = BigDecimal.valueOf(((Number) v).longValue());
        } else if (v instanceof Number n) {
            double x = n.doubleValue();
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                fault(r.table(), r.id(), "NOT_A_NUMBER", column + " is " + x);
                return null;
            }
            d = new BigDecimal(Double.toString(x));
        } else {
            String t = v.toString().trim();
            if (t.isEmpty()) {
                return null;
            }
            try {
                d = new BigDecimal(t.length() > 40 ? "x" : t.replace(",", ""));
                if (d.scale() < -40 || d.scale() > 40) {
                    // 1e999999 is a number to BigDecimal, but its digits are not written out here, nor counted
                    throw new NumberFormatException("exponent");
                }
                note(r.table(), r.id(), "NUMBER_AS_TEXT", column + " is the text '" + SafeText.of(t) + "', read as "
                        + d.toPlainString());
            } catch (NumberFormatException e) {
                fault(r.table(), r.id(), "NOT_A_NUMBER", column + " is '" + SafeText.of(t.length() > 40
                        ? t.substring(0, 40) + "..." : t) + "', not a number");
                return null;
            }
        }
        if (d.abs().compareTo(LARGEST_AMOUNT) > 0) {
            fault(r.table(), r.id(), "NOT_A_NUMBER", column + " " + d.toPlainString() + " is too large to count");
            return null;
        }
        return d;
    }

    /** A whole number (an id, a flag); null where empty or not whole (then a fault). */
    Long whole(Row r, String column) {
        BigDecimal d = number(r, column);
        if (d == null) {
            return null;
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            fault(r.table(), r.id(), "NOT_A_NUMBER", column + " " + d.toPlainString() + " is not a whole number");
            return null;
        }
    }

    boolean flag(Row r, String column) {
        Long v = whole(r, column);
        return v != null && v != 0;
    }

    /** A date written yyyy-MM-dd, with or without a time; null where empty (the caller says whether that is a fault). */
    LocalDate date(Row r, String column) {
        Object v = r.get(column);
        String t = v == null ? "" : v.toString().trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            fault(r.table(), r.id(), "NOT_A_DATE", column + " '" + SafeText.of(t.length() > 30 ? t.substring(0, 30) : t)
                    + "' is not a date written yyyy-MM-dd");
            return null;
        }
    }

    String text(Row r, String column) {
        Object v = r.get(column);
        return v == null ? "" : v.toString().trim();
    }
}

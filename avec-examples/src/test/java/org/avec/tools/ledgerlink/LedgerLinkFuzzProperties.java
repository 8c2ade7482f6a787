package org.avec.tools.ledgerlink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.avec.tools.audit.Audit;

/**
 * Hostile Ledger Link databases fed to the whole import: the sample database changed by random SQL (a value of any
 * kind written into any column of any row, rows deleted or copied, a table or a column dropped) and, apart, its file
 * damaged at the byte level. Whatever the damage, the import ends with exit 0, 1 or 3, never with an uncaught
 * exception, every finding is located ({@code ledgerlink:Table#_id: CODE ...} or {@code ledgerlink:Table: CODE ...}),
 * and nothing of the rows it never reads (the pass key, the phone numbers) is printed. Runs in {@code mvn -B verify}
 * with a fixed seed.
 */
class LedgerLinkFuzzProperties {

    static final Path SAMPLE = Path.of("samples", "ledgerlink", "ledgerlinkdb");

    static final Pattern LOCATED = Pattern.compile("^(  )?ledgerlink:[A-Za-z]+(#-?\\d+)?: [A-Z_]+ .*");

    /** One change: which table, which column (by position), which row (by position), what, and the value. */
    record Change(int table, int column, int row, int kind, Object value) {}

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Object> value = Arbitraries.oneOf(
                Arbitraries.of("", "abc", "1,500", "2026-02-31", "1e400", "-1", "0", "NaN", "9".repeat(40), "١٢",
                        "2026-01-06 10:00:00.000", "  ", "\u0000", "\u202E1", "=1+1", "0x10", "4000.5").map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.just(null));
        Arbitrary<Change> one = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 17), Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(0, 9), value).as(Change::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 120, seed = "20261206")
    void any_damage_ends_in_located_findings_and_a_known_exit_code(@ForAll("changes") List<Change> changes)
            throws IOException, SQLException {
        Path dir = Files.createTempDirectory("avec-ll-fuzz");
        Path db = dir.resolve("ledgerlinkdb");
        try {
            Files.copy(SAMPLE, db, StandardCopyOption.REPLACE_EXISTING);
            List<Map.Entry<String, Map<String, String>>> tables = List.copyOf(LedgerLinkSchema.TABLES.entrySet());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO VslaInfo (VslaCode, VslaName, PassKey) VALUES ('V', 'G', 'SECRET-PASSKEY')");
                for (Change ch : changes) {
                    Map.Entry<String, Map<String, String>> t = tables.get(ch.table() % tables.size());
                    List<String> columns = List.copyOf(t.getValue().keySet());
                    String column = columns.get(ch.column() % columns.size());
                    long row = 1 + ch.row() % 120;
                    String sql = switch (ch.kind()) {
                        case 0 -> "DELETE FROM " + t.getKey() + " WHERE _id = " + row;
                        case 1 -> "INSERT INTO " + t.getKey() + " (" + String.join(", ", columns) + ") SELECT "
                                + String.join(", ", columns) + " FROM " + t.getKey() + " WHERE _id = " + row;
                        case 2 -> ch.row() % 7 == 0 ? "DROP TABLE " + t.getKey()
                                : "ALTER TABLE " + t.getKey() + " DROP COLUMN " + column;
                        default -> null;
                    };
                    if (sql != null) {
                        s.executeUpdate(sql);
                    } else {
                        try (var p = c.prepareStatement("UPDATE " + t.getKey() + " SET " + column + " = ? WHERE _id = ?")) {
                            p.setObject(1, ch.value());
                            p.setLong(2, row);
                            p.executeUpdate();
                        }
                    }
                }
            } catch (SQLException refusedBySqlite) {
                // a change SQLite itself refuses (a column it will not drop): the database is as far as it got
            }
            LedgerLinkTest.Run r = LedgerLinkTest.run(db.toString(), "--emit", dir.resolve("out").toString());
            assertThat(r.code()).as(r.out() + r.err()).isIn(Audit.OK, Audit.PAYOUTS_DIFFER, Audit.INVALID);
            assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SECRET");
            for (String line : r.err().lines().toList()) {
                if (!line.startsWith("avec-ledgerlink: ")) {
                    assertThat(line).as("located").matches(LOCATED);
                }
            }
            for (String line : r.out().lines().filter(l -> l.startsWith("  ledgerlink:") || l.startsWith("ledgerlink:")).toList()) {
                assertThat(line).as("located").matches(LOCATED);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Property(tries = 40, seed = "20261207")
    void a_damaged_file_is_named_not_thrown(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 53247) int at,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 64) int length, @ForAll byte fill)
            throws IOException {
        Path dir = Files.createTempDirectory("avec-ll-bytes");
        Path db = dir.resolve("ledgerlinkdb");
        try {
            byte[] bytes = Files.readAllBytes(SAMPLE);
            for (int i = at; i < Math.min(bytes.length, at + length); i++) {
                bytes[i] = fill;
            }
            Files.write(db, bytes);
            LedgerLinkTest.Run r = LedgerLinkTest.run(db.toString());
            assertThat(r.code()).as(r.out() + r.err()).isIn(Audit.OK, Audit.PAYOUTS_DIFFER, Audit.INVALID);
            assertThat(r.out() + r.err()).doesNotContain("\tat ");
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(dir);
        }
    }
}

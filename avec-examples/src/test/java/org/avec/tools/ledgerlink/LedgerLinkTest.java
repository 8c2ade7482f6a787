package org.avec.tools.ledgerlink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.Monetary;
import org.avec.Cycle;
import org.avec.Event;
import org.avec.ShareOut;
import org.avec.ShareOutLine;
import org.avec.tools.audit.Audit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ledger Link's database read through the import: fixtures written from simulated cycles (never a real group's
 * database), the mapping of each table, Ledger Link's formula and its losses, every problem code, hostile files.
 */
class LedgerLinkTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LedgerLinkCommand.run("avec ledgerlink", new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path fixture(Path dir, Cycle cycle, LedgerLinkFixture.Variant variant) throws IOException {
        Path db = dir.resolve("ledgerlinkdb-" + System.nanoTime());
        LedgerLinkFixture.write(cycle, db, variant);
        return db;
    }

    static void sql(Path db, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.executeUpdate(q);
            }
        }
    }

    static LedgerLinkImport.Result imported(Path db) {
        return LedgerLinkImport.run(LedgerLinkDatabase.read(db), new LedgerLinkImport.Options(null,
                Monetary.getCurrency("UGX"), null));
    }

    static Map<String, BigDecimal> nets(ShareOut s) {
        return s.lines().stream().collect(Collectors.toMap(l -> l.member().value(),
                l -> l.net().getNumber().numberValue(BigDecimal.class).stripTrailingZeros()));
    }

    @Test
    void a_simulated_group_comes_back_with_the_same_share_out_and_events(@TempDir Path dir) throws IOException {
        Cycle group = LedgerLinkFixture.simulate(2026, 10, 16, true, false);
        LedgerLinkImport.Result r = imported(fixture(dir, group, LedgerLinkFixture.Variant.CLEAN));
        assertThat(r.findings()).filteredOn(LedgerLinkDatabase.Finding::fault).isEmpty();
        assertThat(nets(r.shareOut())).isEqualTo(nets(group.shareOut()));
        assertThat(r.shareOut().remainder()).isEqualTo(group.shareOut().remainder());
        // the mapping, table by table: every event of the group comes back, meeting by meeting (a leaver's loan repaid
        // from her settlement comes back as her repayment, Ledger Link's way of showing it)
        Function<List<Event>, Map<Integer, List<String>>> byMeeting = events -> events.stream()
                .filter(e -> !(e instanceof Event.LoanRepaid))
                .collect(Collectors.groupingBy(Event::meeting, Collectors.mapping(Object::toString,
                        Collectors.collectingAndThen(Collectors.toList(), l -> l.stream().sorted().toList()))));
        assertThat(byMeeting.apply(r.cycle().events())).isEqualTo(byMeeting.apply(group.events()));
        assertThat(r.cycle().balance()).isEqualTo(group.balance());
        assertThat(r.constitution().shareValue()).isEqualTo(group.constitution().shareValue());
        assertThat(r.constitution().loans().rate()).isEqualByComparingTo(group.constitution().loans().rate());
        assertThat(r.constitution().places()).containsExactly("bank");
        assertThat(r.findings()).extracting(LedgerLinkDatabase.Finding::code).contains("BANK_LOAN", "FREQUENCY_GUESSED",
                "SHARED_AMOUNT_MISSING", "MEMBER_ARCHIVED");
    }

    @Test
    void a_group_set_up_part_way_through_opens_its_books_at_meeting_2(@TempDir Path dir) throws IOException {
        Cycle group = LedgerLinkFixture.simulate(7, 6, 12, false, true);
        LedgerLinkImport.Result r = imported(fixture(dir, group, LedgerLinkFixture.Variant.CLEAN));
        assertThat(r.findings()).filteredOn(LedgerLinkDatabase.Finding::fault).isEmpty();
        assertThat(r.opening().firstMeeting()).isEqualTo(2);
        assertThat(r.opening().positions()).isEqualTo(group.opening().positions());
        assertThat(r.opening().loans()).isEqualTo(group.opening().loans());
        assertThat(nets(r.shareOut())).isEqualTo(nets(group.shareOut()));
        assertThat(r.findings()).extracting(LedgerLinkDatabase.Finding::code).contains("SETUP_PROFIT_IGNORED");
    }

    @Test
    void an_older_database_without_the_later_tables_is_read(@TempDir Path dir) throws IOException {
        Cycle group = LedgerLinkFixture.simulate(11, 5, 10, false, false);
        Run r = run(fixture(dir, group, LedgerLinkFixture.Variant.OLDER).toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isIn(Audit.OK, Audit.PAYOUTS_DIFFER);
        assertThat(r.out()).contains("ledgerlink:Welfare: OLDER_DATABASE the table is missing")
                .contains("ledgerlink:Meetings: OLDER_DATABASE the column LoanFromBank is missing");
    }

    /** Rules reference's toy check of Ledger Link's formula (LEDGERLINK section 3), written as Ledger Link's rows. */
    static Path toy(Path dir) throws SQLException {
        Path db = dir.resolve("toy.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            LedgerLinkSchema.create(c, false);
        }
        sql(db, "INSERT INTO VslaCycles (_id, CycleCode, SharePrice, MaxShareQuantity, InterestRate, IsActive, IsEnded,"
                        + " SharedAmount, InterestAtSetup, FinesAtSetup) VALUES (1, 'T', 2000, 5, 10, 0, 1, 0, 0, 0)",
                "INSERT INTO Meetings (_id, CycleId, MeetingDate, IsGettingStartedWizard, IsMarkedForDeletion) VALUES"
                        + " (1, 1, '2026-01-06 10:00:00.000', 0, 0), (2, 1, '2026-01-13 10:00:00.000', 0, 0),"
                        + " (3, 1, '2026-01-20 10:00:00.000', 0, 0)",
                "INSERT INTO Members (_id, MemberNo, Surname, DateJoined, HasLeft, PhoneNo) VALUES"
                        + " (1, 1, 'A', '2026-01-06', 0, '+256700000001'), (2, 2, 'B', '2026-01-06', 0, '+256700000002'),"
                        + " (3, 0, 'C', '2026-01-06', 1, '+256700000003')",
                "INSERT INTO VslaInfo (VslaCode, VslaName, PassKey) VALUES ('V1', 'Toy', 'SECRET-PASSKEY')",
                // A saves 21,000, B 20,000, C 6,000 (archived at meeting 3)
                "INSERT INTO Savings (MeetingId, MemberId, Amount) VALUES (1, 1, 10000), (1, 2, 10000), (1, 3, 6000),"
                        + " (2, 1, 10000), (2, 2, 10000), (3, 1, 1000)",
                "INSERT INTO Fines (MeetingId, MemberId, FineTypeId, Amount, IsDeleted, IsCleared, PaidInMeetingId)"
                        + " VALUES (2, 1, 2, 1000, 0, 1, 2)",
                // B borrows 20,000 at meeting 1, interest 2,000 charged: she repays 15,000 and still owes 7,000
                "INSERT INTO LoanIssues (_id, LoanNo, MeetingId, MemberId, PrincipalAmount, InterestAmount, Balance,"
                        + " IsCleared, IsWrittenOff) VALUES (1, 1, 1, 2, 20000, 2000, 7000, 0, 0)",
                "INSERT INTO LoanRepayments (LoanId, MemberId, MeetingId, Amount, InterestAmount) VALUES (1, 2, 2, 15000, 0)");
        return db;
    }

    @Test
    void ledger_links_toy_case_leaves_7447_to_nobody(@TempDir Path dir) throws SQLException, IOException {
        Path db = toy(dir);
        Path emit = dir.resolve("emitted");
        Run r = run(db.toString(), "--emit", emit.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(Audit.PAYOUTS_DIFFER);
        // E = 47,000 + 1,000 + 2,000 = 50,000; 23.5 stars; 2,127.66 a star; A 10 x and B 10 x: 21,277 each
        assertThat(r.out()).contains("E = savings 47,000 + fines paid 1,000 + interest charged 2,000 = 50,000")
                .contains("shares (stars) = 23.5; value per share = E / stars = 2127.6596")
                .containsPattern("(?m)^1 +A +10\\.50 +21,277 ")
                .containsPattern("(?m)^2 +B +10\\.00 +21,277 ")
                .containsPattern("(?m)^3 +C +3\\.00 +not paid ")
                .contains("Ledger Link leaves 7,446.81 of E = 50,000 to nobody: 1,063.83 from members' shares truncated"
                        + " to whole shares while the total is not, 6,382.98 of archived members' savings counted but not"
                        + " paid.")
                .contains("It counts 7,000 still owed on loans as if it were cash in the box.")
                .contains("ledgerlink:LoanIssues#1: LOAN_OUTSTANDING 7000 still owed")
                .contains("ledgerlink:Members#3: MEMBER_ARCHIVED");
        // the pass key and the phone numbers are never read, printed or written
        String written = Files.readString(emit.resolve("constitution.properties")) + Files.readString(
                emit.resolve("records.csv")) + Files.readString(emit.resolve("ledgerlink-payouts.csv"));
        assertThat(r.out() + r.err() + written).doesNotContain("SECRET").doesNotContain("+2567");
        assertThat(Files.readString(emit.resolve("ledgerlink-payouts.csv"))).contains("1,21277\n2,21277\n");
        // the emitted files are the auditor's: checked again by avec audit, the same share-out
        StringWriter out = new StringWriter();
        int code = Audit.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-c",
                emit.resolve("constitution.properties").toString(), "-r", emit.resolve("records.csv").toString(),
                "-p", emit.resolve("ledgerlink-payouts.csv").toString());
        assertThat(code).as(out.toString()).isEqualTo(Audit.PAYOUTS_DIFFER);
    }

    /** A fixture with one thing changed by SQL gives one located finding, a fault (exit 3) or a note. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TABLE_MISSING|true|ledgerlink:Savings: TABLE_MISSING|DROP TABLE Savings",
        "COLUMN_MISSING|true|ledgerlink:LoanIssues: COLUMN_MISSING the column Balance is missing|ALTER TABLE LoanIssues DROP COLUMN Balance",
        "NOT_A_NUMBER|true|ledgerlink:Savings#3: NOT_A_NUMBER Amount is 'abc', not a number|UPDATE Savings SET Amount = 'abc' WHERE _id = 3",
        "NUMBER_AS_TEXT|false|ledgerlink:Savings#3: NUMBER_AS_TEXT Amount is the text '4,000'|UPDATE Savings SET Amount = '4,000' WHERE _id = 3",
        "FRACTION|true|ledgerlink:Savings#3: FRACTION Amount 4000.5|UPDATE Savings SET Amount = 4000.5 WHERE _id = 3",
        "DATE_MISSING|true|ledgerlink:Meetings#4: DATE_MISSING|UPDATE Meetings SET MeetingDate = '' WHERE _id = 4",
        "NOT_A_DATE|true|ledgerlink:Meetings#4: NOT_A_DATE MeetingDate '4th of May'|UPDATE Meetings SET MeetingDate = '4th of May' WHERE _id = 4",
        "ORPHAN_ROW|true|ledgerlink:Savings#999: ORPHAN_ROW the row's meeting 77|INSERT INTO Savings (_id, MeetingId, MemberId, Amount) VALUES (999, 77, 1, 2000)",
        "ORPHAN_ROW member|true|ledgerlink:Attendance#999: ORPHAN_ROW the row's member 55|INSERT INTO Attendance (_id, MeetingId, MemberId, IsPresent) VALUES (999, 2, 55, 1)",
        "DUPLICATE_SAVING|true|DUPLICATE_SAVING a second savings row for member 1|INSERT INTO Savings (_id, MeetingId, MemberId, Amount) SELECT 999, MeetingId, MemberId, Amount FROM Savings WHERE _id = 1",
        "BALANCE_MISMATCH|true|ledgerlink:LoanIssues#1: BALANCE_MISMATCH|UPDATE LoanIssues SET Balance = Balance + 100 WHERE _id = 1",
        "SAVING_NOT_MULTIPLE|false|SAVING_NOT_MULTIPLE 4500 is not a whole number of shares of 2000|UPDATE Savings SET Amount = 4500 WHERE _id = 3",
        "FINE_AMOUNT_VARIES|false|ledgerlink:Fines: FINE_AMOUNT_VARIES|INSERT INTO Fines (MeetingId, MemberId, FineTypeId, Amount, IsDeleted, IsCleared, PaidInMeetingId) VALUES (3, 1, 2, 1000, 0, 1, 3)",
        "FINE_DELETED_COUNTED|false|FINE_DELETED_COUNTED a deleted fine marked paid|INSERT INTO Fines (MeetingId, MemberId, FineTypeId, Amount, IsDeleted, IsCleared, PaidInMeetingId) VALUES (3, 1, 2, 500, 1, 1, 3)",
        "INTEREST_DIFFERS|false|ledgerlink:LoanIssues#1: INTEREST_DIFFERS Ledger Link charged|UPDATE LoanIssues SET InterestAmount = InterestAmount + 100, Balance = Balance + 100 WHERE _id = 1",
        "LOAN_TOPUP|false|ledgerlink:Meetings#3: LOAN_TOPUP loan top-ups of 5000|UPDATE Meetings SET LoanTopUps = 5000 WHERE _id = 3",
        "WELFARE_LOAN|false|WELFARE_LOAN a loan from the welfare fund|INSERT INTO OutstandingWelfare (_id, MeetingId, MemberId, Amount, IsCleared) VALUES (5, 3, 1, 1000, 0)",
        "WELFARE_VARIES|false|WELFARE_VARIES 1500 paid to the welfare fund|UPDATE Welfare SET Amount = 1500 WHERE _id = 2",
        "NO_CYCLE|true|ledgerlink:VslaCycles: NO_CYCLE the database holds no cycle|DELETE FROM VslaCycles",
        "NO_SHARE_PRICE|true|ledgerlink:VslaCycles#1: NO_SHARE_PRICE the cycle has no share price|UPDATE VslaCycles SET SharePrice = 0",
        "NO_MEETINGS|true|ledgerlink:VslaCycles#1: NO_MEETINGS the cycle has no meeting to replay|UPDATE Meetings SET IsMarkedForDeletion = 1",
        "SETUP_NOT_FIRST|true|ledgerlink:Meetings#3: SETUP_NOT_FIRST a set-up meeting after the cycle's first meeting|UPDATE Meetings SET IsGettingStartedWizard = 1 WHERE _id = 3",
        "REFUSED|true|REFUSED LOAN_OVERPAYMENT|UPDATE LoanRepayments SET Amount = Amount + 100000 WHERE _id = 1",
        "SHARED_AMOUNT|false|ledgerlink:VslaCycles#1: SHARED_AMOUNT SharedAmount 5000|UPDATE VslaCycles SET SharedAmount = 5000",
    })
    void each_fault_and_note_is_located(String name, boolean fault, String expected, String change, @TempDir Path dir)
            throws IOException, SQLException {
        Path db = fixture(dir, LedgerLinkFixture.simulate(5, 6, 10, false, false), LedgerLinkFixture.Variant.CLEAN);
        sql(db, change);
        Run r = run(db.toString());
        assertThat(r.out() + r.err()).as(name).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
        if (fault) {
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Audit.INVALID);
            assertThat(r.err()).contains("no share-out is compared");
        } else {
            assertThat(r.code()).as(r.out() + r.err()).isIn(Audit.OK, Audit.PAYOUTS_DIFFER);
        }
    }

    @Test
    void a_file_that_is_not_a_database_is_named(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("records.csv"), "meeting,date,member,kind,count,amount,detail\n");
        Run r = run(text.toString());
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        assertThat(r.err()).contains("ledgerlink:file: NOT_A_DATABASE is not a SQLite database");
        Run folder = run(dir.toString());
        assertThat(folder.code()).isEqualTo(Audit.INVALID);
        assertThat(folder.err()).contains("NOT_A_DATABASE is not a regular file");
    }

    @Test
    void the_database_is_never_changed(@TempDir Path dir) throws IOException {
        Path db = fixture(dir, LedgerLinkFixture.simulate(3, 4, 8, true, false), LedgerLinkFixture.Variant.CLEAN);
        byte[] before = Files.readAllBytes(db);
        run(db.toString(), "--emit", dir.resolve("out").toString());
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(dir.toFile().list()).doesNotContain(db.getFileName() + "-journal", db.getFileName() + "-wal");
        // emitting twice does not replace the files written
        Run again = run(db.toString(), "--emit", dir.resolve("out").toString());
        assertThat(again.code()).isEqualTo(Audit.USAGE);
    }

    static List<ShareOutLine> lines(Cycle c) {
        return new ArrayList<>(c.shareOut().lines());
    }
}

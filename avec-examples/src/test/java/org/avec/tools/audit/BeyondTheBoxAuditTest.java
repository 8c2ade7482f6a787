package org.avec.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.avec.Constitution;
import org.avec.Cycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor on a group that keeps money beyond the box (rules reference §12): the sample with a bank account, a mobile
 * wallet, a loan from Al Amana, two expenses, bank interest and a mill; and rows of those kinds written wrong.
 */
class BeyondTheBoxAuditTest {

    static AuditTest.Run sample() {
        return AuditTest.audit("-c", AuditTest.sample("constitution-beyond-the-box.properties"), "-r",
                AuditTest.sample("records-beyond-the-box.csv"));
    }

    @Test
    void the_sample_is_shared_out_exactly_with_the_lender_repaid_first() {
        AuditTest.Run r = sample();
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(Audit.OK);
        // by hand: savings 2,640 + charges 110 + bank interest 12 − expenses 40 + 150 − interest 100 + borrowed 2,000
        // − repaid 1,000 − the mill 600 = 2,872 of cash, of which 1,000 is still owed to Al Amana: 1,872 for 264 shares
        assertThat(r.out()).containsPattern("(?m)^  other income \\(bank interest, \\.\\.\\.\\) +12\\.00$")
                .containsPattern("(?m)^  the group's expenses +-190\\.00$")
                .containsPattern("(?m)^  interest paid on loans to the group +-100\\.00$")
                .containsPattern("(?m)^  loans to the group received +2,000\\.00$")
                .containsPattern("(?m)^  repaid to the group's lenders +-1,000\\.00$")
                .containsPattern("(?m)^  property bought +-600\\.00$")
                .containsPattern("(?m)^  = loan fund cash +2,872\\.00$")
                .containsPattern("(?m)^  repaid first to the group's lenders +-1,000\\.00$")
                .containsPattern("(?m)^  = to share out +1,872\\.00$")
                .contains("Where the cash is: box 2,660.00, bank 212.00, wallet 0.00")
                .contains("Property kept by the group, not shared out: 600.00")
                .contains("Value per share = 1,872.00 / 264 shares = 7.090909090909")
                .contains("Net payouts 1,872.00 + remainder 0.00 + the group's debt 1,000.00 = loan fund cash 2,872.00");
        // a group whose money is all in the box shows none of these lines
        assertThat(AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r",
                AuditTest.sample("records.csv")).out()).doesNotContain("other income").doesNotContain("Where the cash is");
    }

    @Test
    void the_sample_reads_back_through_the_export() {
        List<Problem> problems = new ArrayList<>();
        GroupFiles.Result read = GroupFiles.read(Path.of(AuditTest.sample("constitution-beyond-the-box.properties")),
                Path.of(AuditTest.sample("records-beyond-the-box.csv")));
        Cycle cycle = read.cycle();
        assertThat(read.problems()).isEmpty();
        assertThat(cycle.constitution().places()).containsExactly("bank", "wallet");
        RecordsFile.Read back = RecordsFile.read("r.csv", RecordsExport.csv(cycle).lines().toList(),
                cycle.constitution(), problems);
        assertThat(problems).isEmpty();
        assertThat(back.rows().stream().map(RecordsFile.Row::event).toList()).isEqualTo(cycle.events());
    }

    /** The sample with one row replaced: the auditor names the row's line and what is wrong, and stops at exit 3. */
    AuditTest.Run withRow(Path dir, String find, String replace) throws IOException {
        Path records = dir.resolve("records.csv");
        String text = Files.readString(Path.of(AuditTest.sample("records-beyond-the-box.csv")));
        assertThat(text).contains(find);
        Files.writeString(records, text.replace(find, replace));
        return AuditTest.audit("-c", AuditTest.sample("constitution-beyond-the-box.properties"), "-r",
                records.toString());
    }

    static int lineOf(String text, String find) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(find)) {
                return i + 1;
            }
        }
        throw new AssertionError(find);
    }

    @Test
    void rows_written_wrong_are_named_at_their_line(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(AuditTest.sample("records-beyond-the-box.csv")));
        int expense = lineOf(text, "padlock and ledger / assembly");
        AuditTest.Run r = withRow(dir, "padlock and ledger / assembly", "padlock and ledger");
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        assertThat(r.out() + r.err()).contains("records.csv:" + expense + ": the detail column holds the reason and"
                + " the approved by, separated by ' / '");
        int move = lineOf(text, "2026-01-12,bank,move,,1200.00,box");
        r = withRow(dir, "2026-01-12,bank,move,,1200.00,box", "2026-01-12,safe,move,,1200.00,box");
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        assertThat(r.out() + r.err()).contains("records.csv:" + move + ": PLACE_UNKNOWN")
                .contains("no place named 'safe': the constitution keeps cash in the box and at bank, wallet");
        int interest = lineOf(text, "Al Amana / 100.00");
        r = withRow(dir, "Al Amana / 100.00", "Al Amana / lots");
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        assertThat(r.out() + r.err()).contains("records.csv:" + interest + ": the interest in it 'lots' is not an amount");
        // the mill bought with more than the bank holds: the purchase is refused where it is written
        int mill = lineOf(text, "mill / assembly");
        r = withRow(dir, "bank,buy,,600.00,mill / assembly", "bank,buy,,900.00,mill / assembly");
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        assertThat(r.out() + r.err()).contains("records.csv:" + mill + ": PLACE_CASH")
                .contains("buying mill of MAD 900.00 is more than the MAD 800.00 of the loan fund at bank");
    }

    @Test
    void a_constitution_names_its_places(@TempDir Path dir) throws IOException {
        Path c = dir.resolve("c.properties");
        Files.writeString(c, Files.readString(Path.of(AuditTest.sample("constitution-beyond-the-box.properties")))
                .replace("places = bank, wallet", "places = bank, box")
                .replace("shareout.group.debt = REPAID_FIRST", "shareout.group.debt = LATER"));
        AuditTest.Run r = AuditTest.audit("-c", c.toString(), "-r", AuditTest.sample("records-beyond-the-box.csv"));
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        assertThat(r.out() + r.err()).contains("places: The place 'box': 'box' is the group's box")
                .contains("shareout.group.debt: 'LATER' is not one of REPAID_FIRST, CARRIED");
        assertThat(Constitution.BOX).isEqualTo("box");
    }
}

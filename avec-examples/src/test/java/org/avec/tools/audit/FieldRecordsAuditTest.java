package org.avec.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor on records as groups keep them (rules reference §11): books opened mid-cycle, a corrected entry, a
 * represented member, two phones' records merged, and records that stop before the share-out.
 */
class FieldRecordsAuditTest {

    static final String RULES = AuditTest.sample("constitution-mid-cycle.properties");

    static String head() {
        return String.join("\n", "meeting,date,member,kind,count,amount,detail,entry,corrects,by,reason",
                "0,,,opening,21,820.00,60.00,,,,", "0,,,earned-before,,120.00,,,,,", "0,,A,member,40,,Aicha,,,,",
                "0,,B,member,25,,Badia,,,,", "0,,C,member,35,,Chama,,,,",
                "0,,B,owes-loan,18,300.00,due=30 lent=300 charges=30,,,,") + "\n";
    }

    @Test
    void section11_the_group_digitised_at_meeting_21_shares_out_11_50_a_share(@TempDir Path dir) throws IOException {
        Path paid = dir.resolve("paid.csv");
        Files.writeString(paid, "member,amount\nA,460\nB,287.50\nC,402.50\n");
        AuditTest.Run run = AuditTest.audit("-c", RULES, "-r", AuditTest.sample("records-mid-cycle.csv"), "-p",
                paid.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(Audit.OK);
        assertThat(run.out()).contains("over meetings 21 to 52 (the books opened at meeting 21), 3 members")
                .contains("1 entry was corrected or voided; the original stays in the records:")
                .contains("tel-1:8 corrects tel-1:5 (decided by the committee: the receipt shows 330")
                .contains("earned before the books (paper records)")
                .contains("Value per share = 1,150.00 / 100 shares")
                .contains("All 3 payouts match");
        // the printable sheet shows the profit before the books in its make-up, and the correction, in French too
        Path sheet = dir.resolve("sheet.html");
        AuditTest.Run fr = AuditTest.audit("-c", RULES, "-r", AuditTest.sample("records-mid-cycle.csv"), "-l", "fr-MA",
                "--html", sheet.toString());
        assertThat(fr.code()).isEqualTo(Audit.OK);
        assertThat(fr.out()).contains("1 écriture a été corrigée ou annulée");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(sheet));
        assertThat(page.select("tr.earnedBefore td.n").text()).isEqualTo("120,00");
        assertThat(page.select("section.corrections li").eachText()).containsExactly(
                "1 écriture a été corrigée ou annulée ; l'originale reste dans les registres :",
                "tel-1:8 corrige tel-1:5 (décidé par the committee : the receipt shows 330 handed in by her"
                        + " representative at meeting 21)");
    }

    @Test
    void at_a_visit_at_meeting_21_the_position_shows_what_b_would_still_pay_in(@TempDir Path dir) throws IOException {
        Path r = dir.resolve("r.csv");
        Files.writeString(r, head() + "21,2026-05-25,,open,,,,t1,,,\n21,,B,attend,,,represented,t2,,,\n");
        AuditTest.Run run = AuditTest.audit("-c", RULES, "-r", r.toString());
        assertThat(run.code()).isEqualTo(Audit.OK);
        // worth 820 + 330 owed = 1,150: 11.50 a share; B's 287.50 less the 330 she owes
        assertThat(run.out()).contains("The records stop at meeting 21, before the share-out at meeting 52")
                .containsPattern("A +Aicha +40 +400.00 +0.00 +460.00")
                .containsPattern("B +Badia +25 +250.00 +330.00 +-42.50")
                .containsPattern("C +Chama +35 +350.00 +0.00 +402.50")
                .contains("Loan fund cash 820.00, loans outstanding 300.00, social fund 60.00.");
    }

    @Test
    void an_opening_that_does_not_balance_is_named_at_its_line(@TempDir Path dir) throws IOException {
        Path r = dir.resolve("r.csv");
        Files.writeString(r, head().replace("820.00", "800.00") + "21,2026-05-25,,open,,,,t1,,,\n");
        AuditTest.Run run = AuditTest.audit("-c", RULES, "-r", r.toString());
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err()).startsWith(r + ":2: the books cannot open: OPENING_BALANCE")
                .contains("(difference MAD -20.00)");
    }

    @Test
    void a_correction_that_makes_a_later_row_break_a_rule_is_named_at_that_row(@TempDir Path dir) throws IOException {
        Path r = dir.resolve("r.csv");
        Files.writeString(r, head() + String.join("\n", "21,2026-05-25,,open,,,,t1,,,", "21,,B,repay,,330.00,,t2,,,",
                "21,,A,loan,1,1000.00,,t3,,,",
                "21,,A,shares,1,,,t4,,,",
                "21,,A,shares,1,,,t5,t4,the committee,no stamp in her book") + "\n");
        AuditTest.Run run = AuditTest.audit("-c", RULES, "-r", r.toString());
        // A's loan of 1,000 is 2.5 x her 400 of savings; correcting her purchase changes nothing there, so accepted;
        // the represented-member rule: the absence fine is refused for a represented member
        assertThat(run.code()).isEqualTo(Audit.OK);
        Path fined = dir.resolve("fined.csv");
        Files.writeString(fined, head() + String.join("\n", "21,2026-05-25,,open,,,,t1,,,",
                "21,,B,attend,,,represented,t2,,,", "21,,B,fine,,,absent,t3,,,", "21,,C,attend,,,absent,t4,,,",
                "21,,C,fine,,,absent,t5,,,") + "\n");
        AuditTest.Run f = AuditTest.audit("-c", RULES, "-r", fined.toString());
        assertThat(f.code()).isEqualTo(Audit.INVALID);
        assertThat(f.err().lines()).first().asString().startsWith(fined + ":10: entry 't3': FINE_ABSENCE")
                .contains("a member who sent a representative is not fined");
        assertThat(f.err()).contains("1 problem found");
        // a correction that would leave a later loan above the cap is refused at the loan's line
        Path capped = dir.resolve("capped.csv");
        Files.writeString(capped, head() + String.join("\n", "21,2026-05-25,,open,,,,t1,,,", "21,,B,repay,,330.00,,t2,,,",
                "21,,C,shares,5,,,t3,,,", "21,,C,loan,1,1200.00,,t4,,,",
                "21,,C,shares,1,,,t5,t3,the committee,she bought 1") + "\n");
        AuditTest.Run c = AuditTest.audit("-c", RULES, "-r", capped.toString());
        assertThat(c.code()).isEqualTo(Audit.INVALID);
        assertThat(c.err().lines()).first().asString().startsWith(capped + ":11: entry 't4': LOAN_CAP")
                .contains("no longer agrees with the record as corrected")
                .endsWith("(found when line 12 was recorded)");
    }

    @Test
    void two_phones_that_opened_one_meeting_twice_are_named_in_both_files() {
        String dir = "two-phones/";
        AuditTest.Run run = AuditTest.audit("-c", RULES, "-r", AuditTest.sample(dir + "phone-1.csv"), "-m",
                AuditTest.sample(dir + "phone-2.csv"));
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err().lines()).containsExactly(AuditTest.sample(dir + "phone-1.csv")
                + ":14: merging the two devices' records: meeting 22 is opened twice (the other version: "
                + AuditTest.sample(dir + "phone-2.csv") + ":15)", "avec-audit: 1 problem found; no share-out is reported.");
        // each phone alone is consistent; merged with itself, a record is itself
        AuditTest.Run alone = AuditTest.audit("-c", RULES, "-r", AuditTest.sample(dir + "phone-1.csv"), "-m",
                AuditTest.sample(dir + "phone-1.csv"));
        assertThat(alone.code()).isEqualTo(Audit.OK);
        assertThat(alone.out()).contains("7 events over meetings 21 to 22");
    }

    @Test
    void two_phones_that_agree_merge_into_one_record_with_the_shared_entries_once(@TempDir Path dir) throws IOException {
        List<String> one = Files.readAllLines(Path.of(AuditTest.sample("two-phones/phone-1.csv")), StandardCharsets.UTF_8);
        Path second = dir.resolve("second.csv");
        // the second phone has meeting 21 only, and one entry of its own
        Files.writeString(second, String.join("\n", one.subList(0, 13)) + "\n21,,C,shares,3,,,tel-2:9,,,\n");
        AuditTest.Run run = AuditTest.audit("-c", RULES, "-r", AuditTest.sample("two-phones/phone-1.csv"), "-m",
                second.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(Audit.OK);
        assertThat(run.out()).contains("8 events over meetings 21 to 22")
                .containsPattern("C +Chama +38 +380.00");
    }

    @Test
    void merging_needs_the_entry_column() {
        AuditTest.Run run = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r",
                AuditTest.sample("records.csv"), "-m", AuditTest.sample("records.csv"));
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err()).contains("records are merged by their entries' identities: the header needs the entry column");
    }

    @Test
    void section7_a_leaver_who_owes_has_her_loan_netted_from_her_settlement(@TempDir Path dir) throws IOException {
        Path c = dir.resolve("c.properties");
        Files.writeString(c, String.join("\n", "currency = MAD", "share.value = 10", "shares.max = 200", "meetings = 10",
                "loan.rate = 0", "shareout.leavers = SAVINGS_WITH_PROFIT", "leavers.loans = NET_FROM_SETTLEMENT") + "\n");
        Path r = dir.resolve("r.csv");
        // worth 1,500 + 2,700 = 4,200 for 350 shares (12.00 a share); L holds 40 and owes 150
        Files.writeString(r, String.join("\n", "meeting,date,member,kind,count,amount,detail",
                "0,,,opening,2,1500.00,", "0,,,earned-before,,700.00,", "0,,L,member,40,,Latifa",
                "0,,M,member,150,,Malika", "0,,N,member,160,,Naima", "0,,L,owes-loan,1,150.00,due=5",
                "0,,M,owes-loan,1,2550.00,due=5", "2,2026-01-12,,open,,,", "2,,L,leave,,,") + "\n");
        AuditTest.Run run = AuditTest.audit("-c", c.toString(), "-r", r.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(Audit.OK);
        // she is paid 40 x 12 - 150 = 330: 1,500 - 330 = 1,170 in the box, her 150 no longer out
        assertThat(run.out()).contains("Loan fund cash 1170.00, loans outstanding 2550.00");
        Path refusing = dir.resolve("refusing.properties");
        Files.writeString(refusing, Files.readString(c).replace("leavers.loans = NET_FROM_SETTLEMENT", ""));
        AuditTest.Run refused = AuditTest.audit("-c", refusing.toString(), "-r", r.toString());
        assertThat(refused.code()).isEqualTo(Audit.INVALID);
        assertThat(refused.err()).startsWith(r + ":10: LEAVER_HAS_LOAN").contains("still owes MAD 150.00 on loans");
    }
}

package org.avec.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.avec.Cycle;
import org.avec.ShareOut;
import org.avec.ShareOutLine;
import org.avec.examples.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** End-to-end runs of the auditor's check on the sample files shipped in {@code avec-examples/samples}. */
class AuditTest {

    /** Surefire runs in the module's directory. */
    static final Path SAMPLES = Path.of("samples");

    record Run(int code, String out, String err) {}

    static Run audit(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Audit.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    /** The sample records are the simulated group's (seed 2026, 8 members, 12 meetings): the share-out must agree. */
    static ShareOut expected() {
        return Simulation.run(2026, 8, 12).shareOut();
    }

    @Test
    void the_clean_sample_gives_the_share_out_and_every_payout_matches() {
        Run r = audit("-c", sample("constitution.properties"), "-r", sample("records.csv"), "-p", sample("payouts.csv"));
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(Audit.OK);
        assertThat(r.out()).startsWith("avec-audit: 311 events over 12 meetings, 8 members; every event agrees with the constitution.");
        ShareOut s = expected();
        assertThat(r.out()).containsPattern("(?m)^  = to share out +2,352\\.00$")
                .containsPattern("(?m)^  = loan fund cash +2,352\\.00$")
                .contains("Value per share = 2,352.00 / 222 shares = 10.594594594595 (written on the board: 10.59)")
                .contains("Net payouts 2,352.00 + remainder 0.00 = loan fund cash 2,352.00")
                .contains("Carried into the next cycle: loan fund 0.00, social fund 270.00");
        for (ShareOutLine line : s.lines()) {
            String net = line.net().getNumber().numberValue(BigDecimal.class).setScale(2).toPlainString();
            assertThat(r.out()).containsPattern("(?m)^" + line.member().value() + " +\\| " + line.name() + " +\\| +"
                    + line.shares() + " \\|.*\\| +" + net + " \\| +0\\.00$");
        }
        assertThat(r.out()).endsWith(String.format("All 7 payouts match the share-out.%n"));
    }

    @Test
    void every_deliberate_error_is_named_with_its_line_and_nothing_is_reported_as_valid() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("records-with-errors.csv"), StandardCharsets.UTF_8);
        List<Integer> marked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("# error:")) {
                marked.add(i + 2); // the row under the comment, 1-based
            }
        }
        assertThat(marked).hasSize(9);

        Run r = audit("-c", sample("constitution.properties"), "-r", sample("records-with-errors.csv"), "-p", sample("payouts.csv"));

        assertThat(r.code()).isEqualTo(Audit.INVALID);
        assertThat(r.out()).as("no statement, no comparison").isEmpty();
        List<String> reported = r.err().lines().toList();
        assertThat(reported).hasSize(10);
        List<Integer> lineNumbers = new ArrayList<>();
        for (String l : reported.subList(0, 9)) {
            assertThat(l).startsWith(sample("records-with-errors.csv") + ":");
            lineNumbers.add(Integer.valueOf(l.substring(sample("records-with-errors.csv").length() + 1, l.indexOf(':',
                    sample("records-with-errors.csv").length() + 1))));
        }
        assertThat(lineNumbers).containsExactlyElementsOf(marked);
        assertThat(reported.get(0)).endsWith("shares bought 'three' is not a whole number (column count)");
        assertThat(reported.get(1)).endsWith("contribution 5.005 is finer than the smallest unit of MAD (2 decimals)");
        assertThat(reported.get(2)).contains("unknown kind 'savings'");
        assertThat(reported.get(3)).contains("CASH_COUNT").contains("counted MAD 612.00 in the loan fund")
                .contains("the records say MAD 622.00").contains("differences MAD -10.00");
        assertThat(reported.get(4)).endsWith("date 2026-02-03 is not the date of meeting 5 (2026-02-02)");
        assertThat(reported.get(5)).contains("MEMBER_UNKNOWN").contains("member M09");
        assertThat(reported.get(6)).contains("SHARES_PER_MEETING").contains("member M01").contains("already bought shares");
        assertThat(reported.get(7)).contains("LOAN_NONE_OUTSTANDING").contains("member M04").contains("MAD 50.00");
        assertThat(reported.get(8)).contains("LOAN_CLOSING_MEETINGS").contains("member M02");
        assertThat(reported.get(9)).isEqualTo("avec-audit: 9 problems found; no share-out is reported.");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void the_sheet_is_written_with_html(@TempDir Path dir) throws IOException {
        Path sheet = dir.resolve("sheet.html");
        Run r = audit("-c", sample("constitution.properties"), "-r", sample("records.csv"), "-l", "ar-MA", "--html",
                sheet.toString());
        assertThat(r.code()).isEqualTo(Audit.OK);
        assertThat(r.out()).contains("avec-audit: the share-out sheet is in " + sheet);
        String html = java.nio.file.Files.readString(sheet);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("dir=\"rtl\"").contains("2.352,00");
        Run nowhere = audit("-c", sample("constitution.properties"), "-r", sample("records.csv"), "--html",
                dir.resolve("no/such/dir/sheet.html").toString());
        assertThat(nowhere.code()).isEqualTo(Audit.INVALID);
        assertThat(nowhere.err()).contains("the sheet could not be written");
    }

    @Test
    void a_meeting_that_cannot_be_opened_is_reported_once_with_the_rows_it_kept_from_being_checked(@TempDir Path dir)
            throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(sample("records.csv"))));
        int row = -1;
        for (int i = 1; i < lines.size() && row < 0; i++) {
            if (lines.get(i).startsWith("5,") && lines.get(i).contains(",open,")) {
                row = i;
            }
        }
        lines.set(row, lines.get(row).replaceFirst("2026-\\d\\d-\\d\\d", "2026-02-31"));
        Path records = dir.resolve("records.csv");
        Files.write(records, lines);
        Run r = audit("-c", sample("constitution.properties"), "-r", records.toString());
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        List<String> reported = r.err().lines().toList();
        assertThat(reported).as("the cause, its first consequence, the count, the summary").hasSize(4);
        assertThat(reported.get(0)).startsWith(records + ":" + (row + 1) + ": ");
        assertThat(reported.get(1)).contains("MEETING_ORDER");
        assertThat(reported.get(2)).matches(".*: \\d+ more rows \\(lines \\d+ to \\d+\\) could not be checked: meeting 5 "
                + "was never opened \\(see the problem above\\)");
    }

    @Test
    void disputed_payouts_are_named_one_by_one() {
        Run r = audit("-c", sample("constitution.properties"), "-r", sample("records.csv"), "-p", sample("payouts-disputed.csv"));
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(Audit.PAYOUTS_DIFFER);
        assertThat(r.out()).contains("  M03 Aicha: paid 370.00 (line 5), the share-out pays 371.00: 1.00 too little\n")
                .contains("  M07 Hafsa: paid 270.00 (line 9), the share-out pays 265.00: 5.00 too much\n")
                .contains("  M08: paid 260.00 (line 10), but is not a member at share-out\n")
                .contains("  paid in all 2,616.00; the share-out pays 2,352.00 in all\n")
                .endsWith(String.format("3 payouts differ from the share-out.%n"));
    }

    @Test
    void the_statement_can_be_printed_in_french_and_arabic() {
        Run fr = audit("-c", sample("constitution.properties"), "-r", sample("records.csv"), "-l", "fr-MA");
        assertThat(fr.code()).isEqualTo(Audit.OK);
        assertThat(fr.out()).contains("PARTAGE à la réunion 12 (23 mars 2026), montants en MAD")
                .containsPattern("(?m)^  = à partager +2\\.352,00$")
                .contains("amendes versées à la caisse de crédit");
        Run ar = audit("-c", sample("constitution.properties"), "-r", sample("records.csv"), "-l", "ar-MA");
        assertThat(ar.code()).isEqualTo(Audit.OK);
        assertThat(ar.out()).contains("توزيع نهاية الدورة").contains("\u20662.352,00\u2069");
    }

    @Test
    void a_wrong_command_line_is_a_usage_error_without_a_stack_trace() {
        Run r = audit("-c", sample("constitution.properties"));
        assertThat(r.code()).isEqualTo(Audit.USAGE);
        assertThat(r.err()).contains("Missing required option: '--records=FILE'").contains("Usage: avec-audit")
                .doesNotContain("\tat ");
    }

    @Test
    void a_missing_file_is_named() {
        Run r = audit("-c", sample("constitution.properties"), "-r", sample("no-such-file.csv"));
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(sample("no-such-file.csv") + ": does not exist");
    }

    @Test
    void every_problem_in_a_constitution_file_is_named_with_its_line(@TempDir Path dir) throws IOException {
        Path c = dir.resolve("c.properties");
        Files.writeString(c, String.join("\n", "currency = MAD", "share.value = ten", "meetings = 12",
                "loan.method = SIMPLE", "colour = green", "fine.late = 2.005", "meetings = 13", "no equals sign"));
        Run r = audit("-c", c.toString(), "-r", sample("records.csv"));
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(
                c + ":2: share.value: 'ten' is not a number (write it like 12.50)",
                c + ":4: loan.method: 'SIMPLE' is not one of FLAT, DECLINING_BALANCE, UP_FRONT, DEDUCTED_AT_ISSUE",
                c + ":5: unknown key 'colour' (known keys: currency, share.value, shares.min, shares.max, social.fund, "
                        + "meetings, frequency, cash.unit, loan.rate, loan.period, loan.method, loan.max.multiple, "
                        + "loan.max.at.once, loan.max.term, loan.closing.meetings, loan.late.penalty, loan.write.off.cover, "
                        + "shareout.method, shareout.outstanding.loans, shareout.rounding, shareout.remainder, shareout.social.fund, "
                        + "fines.to, savings.leftover, social.fund.loan.meetings, carried.loan.fund, carried.social.fund, "
                        + "loan.first.charge, shareout.leavers, leavers.loans, leavers.penalty, absence.fine, "
                        + "absence.fine.represented, places, loan.max.multiple.with.group.loan, shareout.group.debt, fine.NAME)",
                c + ":6: fine.late: 2.005 has more decimals than MAD has (2)",
                c + ":7: 'meetings' is given twice (first at line 3)",
                c + ":8: expected 'key = value', found 'no equals sign'",
                "avec-audit: 6 problems found; no share-out is reported.");
    }

    @Test
    void a_share_value_the_rules_refuse_is_named(@TempDir Path dir) throws IOException {
        Path c = dir.resolve("c.properties");
        Files.writeString(c, "currency = MAD\nshare.value = -10\nmeetings = 12\n");
        Run r = audit("-c", c.toString(), "-r", sample("records.csv"));
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        assertThat(r.err()).startsWith(c + ":2: share.value: the constitution contradicts itself: The share value must be "
                + "more than zero: MAD -10.00").doesNotContain("could not finish");
    }

    @Test
    void constitution_problems_are_named_at_their_line_in_the_constitution(@TempDir Path dir) throws IOException {
        Path c = dir.resolve("c.properties");
        // saved by Notepad: a byte-order mark before the first key
        Files.writeString(c, "\uFEFFcurrency = MAD\nshare.value = 10\nmeetings = 12\ncarried.loan.fund = -100\n"
                + "carried.social.fund = 1e400\nloan.closing.meetings = 12\n");
        Run r = audit("-c", c.toString(), "-r", sample("records.csv"));
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        assertThat(r.err().lines()).containsExactly(
                c + ":4: carried.loan.fund: the cash carried in must not be negative, not -100",
                c + ":5: carried.social.fund: '1e400' is beyond what a number in these files may be (at most 34 digits and"
                        + " 30 decimal places, written without an exponent beyond 30)",
                "avec-audit: 2 problems found; no share-out is reported.");
        Files.writeString(c, "\uFEFFcurrency = MAD\nshare.value = 10\nmeetings = 12\nloan.closing.meetings = 12\n");
        Run contradiction = audit("-c", c.toString(), "-r", sample("records.csv"));
        assertThat(contradiction.err()).startsWith(c + ":4: loan.closing.meetings: the constitution contradicts itself: "
                + "The 12 closing meetings without loans leave no meeting to lend");
    }

    @Test
    void a_huge_amount_in_the_records_is_named_at_its_line_and_hides_nothing(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(sample("records-with-errors.csv"))));
        Run before = audit("-c", sample("constitution.properties"), "-r", sample("records-with-errors.csv"));
        int problemsBefore = (int) before.err().lines().filter(l -> l.contains(".csv:")).count();
        int row = -1;
        for (int i = 1; i < lines.size() && row < 0; i++) {
            if (lines.get(i).contains(",repay,")) {
                row = i;
            }
        }
        String[] fields = lines.get(row).split(",", -1);
        fields[5] = "99999999999999999999999";
        lines.set(row, String.join(",", fields));
        Path records = dir.resolve("records.csv");
        Files.write(records, lines);
        Run r = audit("-c", sample("constitution.properties"), "-r", records.toString());
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        assertThat(r.err()).doesNotContain("could not finish").doesNotContain("Exception")
                .contains(records + ":" + (row + 1) + ": repayment 99999999999999999999999 is too large to count (at most 10^15 "
                        + "of the currency's smallest unit, column amount)");
        assertThat(r.err().lines().filter(l -> l.contains(".csv:")).count()).as("every other problem still named")
                .isGreaterThanOrEqualTo(problemsBefore);
    }

    @Test
    void a_constitution_that_contradicts_itself_is_refused(@TempDir Path dir) throws IOException {
        Path c = dir.resolve("c.properties");
        Files.writeString(c, "currency = MAD\nshare.value = 10\nmeetings = 12\nshares.min = 4\nshares.max = 2\n");
        Run r = audit("-c", c.toString(), "-r", sample("records.csv"));
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        assertThat(r.err()).startsWith(c + ":5: shares.max: the constitution contradicts itself: Shares per meeting must "
                + "satisfy 1 <= minimum <= maximum, not 4..2");
    }

    @Test
    void records_that_stop_before_the_last_meeting_give_the_group_s_position_at_a_visit(@TempDir Path dir)
            throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("records.csv"), StandardCharsets.UTF_8);
        int cut = 0;
        while (!lines.get(cut).startsWith("12,")) {
            cut++;
        }
        Path r = dir.resolve("r.csv");
        Files.write(r, lines.subList(0, cut), StandardCharsets.UTF_8);
        Run run = audit("-c", sample("constitution.properties"), "-r", r.toString(), "-p", sample("payouts.csv"));
        assertThat(run.code()).isEqualTo(Audit.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("The records stop at meeting 11, before the share-out at meeting 12: the group's"
                + " position now.").contains("payouts are compared at the share-out (meeting 12)");
        // the figures are the cycle's at meeting 11, replayed here through the public API
        List<Problem> problems = new ArrayList<>();
        ConstitutionFile.Read rules = ConstitutionFile.read("c", Files.readAllLines(
                SAMPLES.resolve("constitution.properties"), StandardCharsets.UTF_8), problems);
        RecordsFile.Read read = RecordsFile.read("r", lines.subList(0, cut), rules.constitution(), problems);
        Cycle at11 = Cycle.replay(rules.constitution(), rules.carriedLoanFund(), rules.carriedSocialFund(),
                read.founders(), read.rows().stream().map(RecordsFile.Row::event).toList());
        assertThat(problems).isEmpty();
        assertThat(at11.meeting()).isEqualTo(11);
        assertThat(run.out()).contains("Loan fund cash " + plain(at11.loanFund()) + ", loans outstanding "
                + plain(at11.loansOutstanding()));
        org.avec.ShareOut today = at11.shareOutToday();
        for (org.avec.ShareOutLine l : today.lines()) {
            assertThat(run.out().lines().filter(x -> x.startsWith(l.member().value() + " ")))
                    .singleElement().asString().endsWith(" " + plain(l.net()));
        }
    }

    private static String plain(javax.money.MonetaryAmount a) {
        return a.getNumber().numberValue(java.math.BigDecimal.class).setScale(2).toPlainString();
    }

    @ParameterizedTest(name = "seed {0}, {1} members, {2} meetings")
    @CsvSource({"1, 8, 12", "7, 12, 24", "2026, 20, 52", "99, 25, 16"})
    void records_written_by_the_export_replay_to_the_same_cycle(long seed, int members, int meetings) {
        Cycle cycle = Simulation.run(seed, members, meetings);
        List<Problem> problems = new ArrayList<>();
        RecordsFile.Read read = RecordsFile.read("r.csv", RecordsExport.csv(cycle).lines().toList(), cycle.constitution(), problems);
        assertThat(problems).isEmpty();
        Cycle replayed = Cycle.start(cycle.constitution(), cycle.carriedCapital(), cycle.carriedSocialFund(), read.founders());
        for (RecordsFile.Row row : read.rows()) {
            replayed = replayed.record(row.event());
        }
        assertThat(replayed).isEqualTo(cycle);
        assertThat(replayed.shareOut()).isEqualTo(cycle.shareOut());
    }

    @Test
    void rows_with_fields_in_the_wrong_columns_are_refused(@TempDir Path dir) throws IOException {
        Path r = dir.resolve("r.csv");
        Files.writeString(r, String.join("\n", "meeting,date,member,kind,count,amount,detail", "0,,M01,member,,,Fatima",
                "1,2026-01-05,,open,,,", "1,2026-01-05,M01,leave,,50.00,", "1,2026-01-05,M01,shares,2,,",
                "1,2026-01-05,M01,attend,,,asleep", "1,,M01,loan,,100.00,", "1,2026-01-05,,social,,,", "1,2026-01-05,M01,shares,1,,,x",
                "\"1,2026-01-05"));
        Run run = audit("-c", sample("constitution.properties"), "-r", r.toString());
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err().lines()).containsExactly(
                r + ":4: a 'leave' row has no amount, but found '50.00'",
                r + ":6: attendance must be present, late, absent or represented, not 'asleep'",
                r + ":7: term in charging periods '' is not a whole number (column count)",
                r + ":8: a 'social' row needs the member",
                r + ":9: expected 7 fields (meeting,date,member,kind,count,amount,detail), found 8",
                r + ":10: a quoted field is not closed",
                "avec-audit: 6 problems found; no share-out is reported.");
    }

    @Test
    void the_comparison_is_written_in_the_statement_s_language() {
        Run fr = audit("-c", sample("constitution.properties"), "-r", sample("records.csv"), "-p",
                sample("payouts-disputed.csv"), "-l", "fr-MA");
        assertThat(fr.code()).isEqualTo(Audit.PAYOUTS_DIFFER);
        assertThat(fr.out()).contains("  M03 Aicha : payé 370,00 (ligne 5), le partage verse 371,00 : 1,00 de moins\n")
                .contains("  payé en tout 2.616,00 ; le partage verse 2.352,00 en tout\n")
                .endsWith(String.format("3 paiements diffèrent du partage.%n"));
        Run ar = audit("-c", sample("constitution.properties"), "-r", sample("records.csv"), "-p",
                sample("payouts-disputed.csv"), "-l", "ar");
        assertThat(ar.code()).isEqualTo(Audit.PAYOUTS_DIFFER);
        // Arabic: every line starts right-to-left; the amounts, line numbers and the date are in Arabic-Indic digits
        assertThat(ar.out()).contains("\u200F  M03 Aicha: دُفع \u2066٣٧٠٫٠٠\u2069 (السطر \u2066٥\u2069)")
                .contains("\u200F\u2066٣\u2069 مبالغ مدفوعة تختلف عن التوزيع.");
        String title = ar.out().lines().filter(l -> l.contains("توزيع نهاية الدورة")).findFirst().orElseThrow();
        assertThat(title).doesNotContainPattern("[0-9]").containsPattern("[٠-٩]");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fr_MA", "!!", "de", "xx-MA"})
    void an_unknown_language_is_a_usage_error_naming_the_languages(String tag) {
        Run r = audit("-c", sample("constitution.properties"), "-r", sample("records.csv"), "-l", tag);
        assertThat(r.code()).isEqualTo(Audit.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(String.format("avec-audit: unknown language '%s': use en, fr, ar, alone or with a "
                + "region written with a hyphen (fr-MA, ar-MA)%n", tag));
    }

    @Test
    void names_with_commas_and_quotes_and_reasons_with_line_breaks_survive_the_export() {
        Cycle cycle = Cycle.start(Simulation.constitution(12), Simulation.mad("0"), Simulation.mad("0"),
                List.of(org.avec.Member.of("#1", "Fatima, \"la grande\" de Fès"), org.avec.Member.of("m2", " Aicha")))
                .openMeeting(java.time.LocalDate.of(2026, 1, 5)).paySocialFund("#1")
                .grant("#1", Simulation.mad("5"), "funeral,\nin Fès").buyShares("#1", 2).buyShares("m2", 1);
        String text = RecordsExport.csv(cycle);
        List<Problem> problems = new ArrayList<>();
        RecordsFile.Read read = RecordsFile.read("r.csv", text.lines().toList(), cycle.constitution(), problems);
        assertThat(problems).isEmpty();
        assertThat(read.founders()).extracting(org.avec.Member::name).containsExactly("Fatima, \"la grande\" de Fès", " Aicha");
        assertThat(read.rows()).extracting(RecordsFile.Row::event).containsExactlyElementsOf(cycle.events());
        // the row after the two-line reason is numbered by the line it starts on: header 1, founders 2-3, open 4,
        // social 5, grant 6-7, shares 8
        assertThat(read.rows().get(3).line()).isEqualTo(8);
    }

    @Test
    void a_name_with_a_line_break_is_refused_at_its_line(@TempDir Path dir) throws IOException {
        Path r = dir.resolve("r.csv");
        Files.writeString(r, String.join("\n", "meeting,date,member,kind,count,amount,detail", "0,,M01,member,,,Fatima",
                "0,,M02,member,,,\"Aicha", "de Fès\"", "1,2026-01-05,,open,,,"), StandardCharsets.UTF_8);
        Run run = audit("-c", sample("constitution.properties"), "-r", r.toString());
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err()).contains(r + ":3: A member's name is one line: 'Aicha[U+000A]de Fès' holds a line break");
    }

    @Test
    void an_unclosed_quote_is_reported_once_with_the_lines_it_hides(@TempDir Path dir) throws IOException {
        Path r = dir.resolve("r.csv");
        Files.writeString(r, String.join("\n", "meeting,date,member,kind,count,amount,detail", "0,,M01,member,,,Fatima",
                "0,,M02,member,,,\"Aicha", "1,2026-01-05,,open,,,", "1,2026-01-05,M01,shares,2,,",
                "1,2026-01-05,M02,shares,2,,"));
        Run run = audit("-c", sample("constitution.properties"), "-r", r.toString());
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err().lines()).containsExactly(
                r + ":3: a quoted field is not closed; the 3 lines after it could not be read",
                "avec-audit: 1 problem found; no share-out is reported.");
    }

    @Test
    void a_line_longer_than_the_limit_is_refused_at_its_number_and_the_rest_still_checked(@TempDir Path dir)
            throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLES.resolve("records-with-errors.csv"),
                StandardCharsets.UTF_8));
        lines.set(0, lines.get(0) + "x".repeat(1_000_000)); // the first comment line
        Path r = dir.resolve("r.csv");
        Files.write(r, lines, StandardCharsets.UTF_8);
        Run run = audit("-c", sample("constitution.properties"), "-r", r.toString());
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err()).contains(r + ":1: the line is longer than 10000 characters; it is not read")
                .doesNotContain("xxxxxxxxxx");
        Run whole = audit("-c", sample("constitution.properties"), "-r", sample("records-with-errors.csv"));
        // every problem of the undamaged file is still reported, except any on the line that was not read
        long others = whole.err().lines().filter(l -> l.contains("records-with-errors.csv:") && !l.contains(".csv:1:"))
                .count();
        assertThat(run.err().lines().filter(l -> l.startsWith(r + ":") && !l.startsWith(r + ":1:")).count())
                .isEqualTo(others);
    }

    @Test
    void lines_ending_in_cr_crlf_or_lf_are_read_alike(@TempDir Path dir) throws IOException {
        String text = Files.readString(SAMPLES.resolve("records.csv"), StandardCharsets.UTF_8);
        Run lf = audit("-c", sample("constitution.properties"), "-r", sample("records.csv"));
        for (String end : new String[] {"\r\n", "\r"}) {
            Path r = dir.resolve("r" + end.length() + ".csv");
            Files.writeString(r, text.replace("\n", end), StandardCharsets.UTF_8);
            Run run = audit("-c", sample("constitution.properties"), "-r", r.toString());
            assertThat(run.code()).isEqualTo(Audit.OK);
            assertThat(run.out()).isEqualTo(lf.out());
        }
    }

    @Test
    void a_group_with_no_members_is_named(@TempDir Path dir) throws IOException {
        Path r = dir.resolve("r.csv");
        StringBuilder text = new StringBuilder("meeting,date,member,kind,count,amount,detail\n");
        for (int m = 1; m <= 12; m++) {
            text.append(m).append(',').append(java.time.LocalDate.of(2026, 1, 5).plusWeeks(m - 1)).append(",,open,,,\n");
        }
        Files.writeString(r, text, StandardCharsets.UTF_8);
        Run run = audit("-c", sample("constitution.properties"), "-r", r.toString());
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err()).startsWith(r + ": the records name no member (no 'member' or 'join' row): a group has members");
    }

    @Test
    void profiles_and_loan_purposes_are_read_and_their_mistakes_named(@TempDir Path dir) throws IOException {
        Path r = dir.resolve("r.csv");
        Files.writeString(r, String.join("\n", "meeting,date,member,kind,count,amount,detail",
                "0,,M01,member,,,Fatima", "0,,M01,profile,1987,,F", "0,,M02,member,,,Khadija", "0,,M02,profile,,,X",
                "1,2026-01-05,,open,,,", "1,2026-01-05,M01,profile,1990,,F", "1,2026-01-05,M01,shares,5,,",
                "1,2026-01-05,M01,loan,1,10,agr:Élevage", "1,2026-01-05,M01,loan,1,5,holiday",
                "1,2026-01-05,N1,join,,,Nadia", "1,2026-01-05,N1,profile,1850,,F", ""), StandardCharsets.UTF_8);
        Run run = audit("-c", sample("constitution.properties"), "-r", r.toString());
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err()).contains(r + ":5: a member's sex is written F or M (or left blank), not 'X'",
                r + ":7: a 'profile' row comes right after the member's 'member' or 'join' row, on the same meeting",
                r + ":10: a loan's purpose is agr:<sector>, education, health, consumption, other or blank, not 'holiday'",
                r + ":12: A year of birth is from 1900 to 2100, not 1850")
                .doesNotContain(":3:", ":9:");
        List<Problem> problems = new ArrayList<>();
        RecordsFile.Read read = RecordsFile.read("r.csv", Files.readAllLines(r), Simulation.constitution(12), problems);
        assertThat(read.founders().get(0).profile()).isEqualTo(org.avec.Profile.of(org.avec.Profile.Sex.FEMALE, 1987));
        assertThat(read.rows()).extracting(RecordsFile.Row::event).filteredOn(e -> e instanceof org.avec.Event.LoanIssued)
                .extracting(e -> ((org.avec.Event.LoanIssued) e).purpose())
                .containsExactly(org.avec.LoanPurpose.incomeGenerating("élevage"));
    }
}

package org.avec.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a careless or hostile user gives the tools: an output that is an input, an output that exists, special files
 * instead of records, a group whose records are a device. Nothing read is ever changed, nothing hangs, one bad group
 * never stops a programme's report.
 */
class HostileFilesTest {

    static Path copy(Path dir, String sample) throws IOException {
        Path to = dir.resolve(Path.of(sample).getFileName());
        Files.copy(Path.of(AuditTest.sample(sample)), to);
        return to;
    }

    @Test
    void the_sheet_never_replaces_a_file_read_and_an_existing_file_only_with_force(@TempDir Path dir) throws IOException {
        Path c = copy(dir, "constitution.properties");
        Path r = copy(dir, "records.csv");
        byte[] before = Files.readAllBytes(r);
        for (Path input : new Path[] {r, c, dir.resolve("./records.csv")}) {
            AuditTest.Run run = AuditTest.audit("-c", c.toString(), "-r", r.toString(), "--html", input.toString(), "--force");
            assertThat(run.code()).isEqualTo(Audit.USAGE);
            assertThat(run.err()).contains("is one of the files read").contains("an output never replaces an input");
        }
        assertThat(Files.readAllBytes(r)).isEqualTo(before);
        Path sheet = dir.resolve("sheet.html");
        Files.writeString(sheet, "keep me");
        AuditTest.Run refused = AuditTest.audit("-c", c.toString(), "-r", r.toString(), "--html", sheet.toString());
        assertThat(refused.code()).isEqualTo(Audit.USAGE);
        assertThat(refused.err()).contains("exists already: give another name, or --force to replace it");
        assertThat(Files.readString(sheet)).isEqualTo("keep me");
        AuditTest.Run forced = AuditTest.audit("-c", c.toString(), "-r", r.toString(), "--html", sheet.toString(), "--force");
        assertThat(forced.code()).isEqualTo(Audit.OK);
        assertThat(Files.readString(sheet)).startsWith("<!DOCTYPE html>");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file is left")
                    .containsExactlyInAnyOrder("constitution.properties", "records.csv", "sheet.html");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void special_files_are_refused_without_reading_them(@TempDir Path dir) throws Exception {
        String rules = AuditTest.sample("constitution.properties");
        AuditTest.Run zero = AuditTest.audit("-c", rules, "-r", "/dev/zero");
        assertThat(zero.code()).isEqualTo(Audit.INVALID);
        assertThat(zero.err()).startsWith("/dev/zero: is not a regular file (a folder, a pipe or a device)");
        AuditTest.Run folder = AuditTest.audit("-c", rules, "-r", dir.toString());
        assertThat(folder.err()).startsWith(dir + ": is not a regular file");
        Path fifo = dir.resolve("pipe.csv");
        boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        if (made) {
            AuditTest.Run pipe = AuditTest.audit("-c", rules, "-r", fifo.toString());
            assertThat(pipe.code()).isEqualTo(Audit.INVALID);
            assertThat(pipe.err()).startsWith(fifo + ": is not a regular file");
        }
        Path link = dir.resolve("zero.csv");
        Files.createSymbolicLink(link, Path.of("/dev/zero"));
        assertThat(AuditTest.audit("-c", rules, "-r", link.toString()).err()).startsWith(link + ": is not a regular file");
    }

    @Test
    void a_cycle_of_no_meetings_is_named_as_such_at_its_line(@TempDir Path dir) throws IOException {
        Path c = dir.resolve("c.properties");
        Files.writeString(c, "currency = MAD\nshare.value = 10\nmeetings = 0\nsocial.fund.loan.meetings = 2\n",
                StandardCharsets.UTF_8);
        AuditTest.Run run = AuditTest.audit("-c", c.toString(), "-r", AuditTest.sample("records.csv"));
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err()).startsWith(c + ":3: meetings: the constitution contradicts itself: A cycle has at least one meeting, not 0");
    }

    @Test
    void numbers_are_bounded_before_any_arithmetic_and_refused_at_their_line(@TempDir Path dir) throws IOException {
        Path c = dir.resolve("c.properties");
        Files.writeString(c, "currency = MAD\nshare.value = 10\nmeetings = 12\nloan.max.multiple = 1e-999999999\n"
                + "loan.rate = 1e-999999999\n", StandardCharsets.UTF_8);
        AuditTest.Run run = AuditTest.audit("-c", c.toString(), "-r", AuditTest.sample("records.csv"));
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err().lines()).startsWith(
                c + ":4: loan.max.multiple: '1e-999999999' is beyond what a number in these files may be (at most 34"
                        + " digits and 30 decimal places, written without an exponent beyond 30)",
                c + ":5: loan.rate: '1e-999999999' is beyond what a number in these files may be (at most 34 digits"
                        + " and 30 decimal places, written without an exponent beyond 30)");
        Path paid = dir.resolve("paid.csv");
        Files.writeString(paid, "member,amount\nM01,1e999999999\nM02,0e-999999999\n");
        AuditTest.Run p = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r",
                AuditTest.sample("records.csv"), "-p", paid.toString());
        assertThat(p.code()).isEqualTo(Audit.INVALID);
        assertThat(p.err()).contains(paid + ":2: amount '1e999999999' for M01 is beyond what a number")
                .contains(paid + ":3: amount '0e-999999999' for M02 is beyond what a number")
                .doesNotContain("Exception").doesNotContain("BigInteger");
    }

    @Test
    void a_refused_setting_is_named_at_its_own_line_whatever_its_message_says(@TempDir Path dir) throws IOException {
        Path c = dir.resolve("c.properties");
        Files.writeString(c, "currency = MAD\nshare.value = 10\nmeetings = 12\nleavers.penalty = 2\n"
                + "loan.max.at.once = 0\n", StandardCharsets.UTF_8);
        AuditTest.Run run = AuditTest.audit("-c", c.toString(), "-r", AuditTest.sample("records.csv"));
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err().lines().findFirst().orElseThrow()).matches(
                java.util.regex.Pattern.quote(c.toString()) + ":[45]: (leavers\\.penalty|loan\\.max\\.at\\.once): the"
                        + " constitution contradicts itself: .*");
    }

    @Test
    void a_loan_that_could_not_be_read_is_one_cause_and_the_rows_it_leaves_wrong_say_so(@TempDir Path dir)
            throws IOException {
        // line 222 of the sample lends M03 250.00 at meeting 8; with a typo in its purpose it cannot be read, so the
        // cash count after it and M03's repayment at meeting 12 (line 303) are wrong because of it, and the count at
        // meeting 12 because that repayment was refused
        java.util.List<String> lines = Files.readAllLines(Path.of(AuditTest.sample("records.csv")));
        assertThat(lines.get(221)).isEqualTo("8,2026-02-23,M03,loan,1,250.00,");
        lines.set(221, "8,2026-02-23,M03,loan,1,250.00,educaton");
        Path r = dir.resolve("records.csv");
        Files.write(r, lines);
        AuditTest.Run run = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r", r.toString());
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err().lines().filter(l -> l.startsWith(r.toString())))
                .satisfiesExactly(
                        l -> assertThat(l).startsWith(r + ":222: a loan's purpose is").contains("not 'educaton'"),
                        l -> assertThat(l).startsWith(r + ":223: CASH_COUNT").contains("differences MAD -250.00")
                                .endsWith("; line 222, not recorded (see above), may explain the difference"),
                        l -> assertThat(l).startsWith(r + ":303: LOAN_NONE_OUTSTANDING").contains("member M03")
                                .endsWith("; this follows from line 222, whose loan was not recorded (see above)"),
                        l -> assertThat(l).startsWith(r + ":321: CASH_COUNT")
                                .endsWith("; line 303, not recorded (see above), may explain the difference"));
    }

    @Test
    void a_message_longer_than_a_line_is_cut_and_says_how_much_was_left_out() {
        String quoted = "x".repeat(9_000);
        String shown = new Problem("records.csv", 3, "member '" + quoted + "' is unknown").toString();
        assertThat(shown).hasSizeLessThan(Problem.LONGEST + 100).startsWith("records.csv:3: member 'xxx")
                .contains("characters left out of 9,020").endsWith("xxx' is unknown");
        int head = shown.indexOf(" [... ");
        int left = Integer.parseInt(shown.substring(head + 6, shown.indexOf(" characters")).replace(",", ""));
        assertThat(shown.length() - "records.csv:3: ".length() - (shown.indexOf("...] ") + 5 - head) + left)
                .as("what is shown and what is left out make up the message").isEqualTo(9_020);
        String withEmoji = "\uD83D\uDE00".repeat(400);
        String cut = Problem.shorten(withEmoji);
        assertThat(cut.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count()).as("no half character").isZero();
        assertThat(new Problem("f", 0, "short").toString()).isEqualTo("f: short");
    }

    @Test
    void a_name_that_is_not_utf8_is_said_to_be_so_not_only_missing(@TempDir Path dir) {
        // Java decodes a command-line name holding bytes that are not UTF-8 with U+FFFD, and cannot open the file by it
        String name = dir.resolve("rec\uFFFD\uFFFD.csv").toString();
        AuditTest.Run run = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r", name);
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err()).contains("does not exist under this name, which holds bytes that are not UTF-8 text")
                .contains("LC_ALL=C.UTF-8").doesNotContain("Exception");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_name_the_language_setting_cannot_spell_gets_advice_not_a_java_exception(@TempDir Path dir) throws Exception {
        Path records = dir.resolve("groupe-f\u00e8s.csv");
        Files.copy(Path.of(AuditTest.sample("records.csv")), records);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Audit.class.getName(), "-c",
                AuditTest.sample("constitution.properties"), "-r", records.toString());
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("LANG");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(Audit.USAGE);
        assertThat(output).contains("cannot be spelt in this system's language setting")
                .contains("LC_ALL=C.UTF-8").doesNotContain("InvalidPathException");
    }

    @Test
    void a_file_given_in_the_wrong_place_is_one_problem_not_a_problem_per_line(@TempDir Path dir) throws IOException {
        String records = AuditTest.sample("records.csv");
        AuditTest.Run swapped = AuditTest.audit("-c", records, "-r", records);
        assertThat(swapped.code()).isEqualTo(Audit.INVALID);
        assertThat(swapped.err().lines()).containsExactly(records + ":2: this is a records file (its line is the records'"
                + " header), not a constitution: give the constitution (key = value lines) with -c and the records with -r",
                "avec-audit: 1 problem found; no share-out is reported.");
        Path junk = dir.resolve("notes.txt");
        Files.writeString(junk, "currency = MAD\n" + "a line of notes\n".repeat(30));
        AuditTest.Run notes = AuditTest.audit("-c", junk.toString(), "-r", records);
        assertThat(notes.err().lines().filter(l -> l.contains("expected 'key = value'"))).hasSize(
                ConstitutionFile.NAMED_NOT_SETTINGS);
        assertThat(notes.err()).contains(junk + ":12: 20 more lines are not 'key = value' (from this line on)");
    }

    @Test
    void a_file_of_nul_bytes_is_not_a_text_file_not_an_empty_one(@TempDir Path dir) throws IOException {
        Path zeros = dir.resolve("records.csv");
        Files.write(zeros, new byte[3_000_000]);
        AuditTest.Run run = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r", zeros.toString());
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err().lines()).containsExactly(zeros + ": is not a text file: it holds a NUL byte (line 1); a file"
                + " damaged in copying, or not one of the group's files", "avec-audit: 1 problem found; no share-out is reported.");
    }
}

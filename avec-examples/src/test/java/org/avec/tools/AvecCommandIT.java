package org.avec.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable command as an auditor runs it: {@code java -jar avec-VERSION.jar} on the jar {@code mvn package}
 * built, each command with the samples, in a process of its own. It reproduces what README quotes.
 */
class AvecCommandIT {

    static Path jar;
    static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void theJarWasBuilt() {
        jar = Path.of(System.getProperty("avec.jar"));
        assertThat(jar).as("built by mvn package").isRegularFile();
    }

    static Run avec(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("avec-out", ".txt");
        Path err = Files.createTempFile("avec-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    @Test
    void version_and_help_name_every_command() throws Exception {
        Run version = avec("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("avec " + System.getProperty("avec.version") + " (Java ");
        Run help = avec("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: avec [-hV] COMMAND").contains("  audit ", "  sheet ", "  report ",
                "  generate-completion ");
        for (String command : List.of("audit", "sheet", "report", "ledgerlink")) {
            Run sub = avec(command, "--help");
            assertThat(sub.code()).isZero();
            assertThat(sub.out()).startsWith("Usage: avec " + command + " ");
        }
        Run nothing = avec();
        assertThat(nothing.code()).isEqualTo(2);
        assertThat(nothing.err()).contains("Usage: avec [-hV] COMMAND");
    }

    @Test
    void audit_prints_readme_s_check_and_comparison() throws Exception {
        Run run = avec("audit", "-c", sample("constitution.properties"), "-r", sample("records.csv"), "-p",
                sample("payouts.csv"));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("avec-audit: 311 events over 12 meetings, 8 members; every event agrees with"
                + " the constitution.").contains("M02    | Khadija |     39 | 413.189189189189 |   413.00 |")
                .contains("All 7 payouts match the share-out.");
        Run disputed = avec("audit", "-c", sample("constitution.properties"), "-r", sample("records.csv"), "-p",
                sample("payouts-disputed.csv"));
        assertThat(disputed.code()).isEqualTo(1);
    }

    @Test
    void sheet_writes_the_page_and_report_adds_up_the_programme(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("sheet.html");
        Run sheet = avec("sheet", "-c", sample("constitution.properties"), "-r", sample("records.csv"), "-o",
                page.toString(), "-l", "ar-MA");
        assertThat(sheet.code()).as(sheet.err()).isZero();
        assertThat(sheet.out()).isEqualTo("avec-sheet: the share-out sheet is in " + page + System.lineSeparator());
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("dir=\"rtl\"");
        Run again = avec("sheet", "-c", sample("constitution.properties"), "-r", sample("records.csv"), "-o",
                page.toString());
        assertThat(again.code()).as("an existing file is replaced only with --force").isEqualTo(2);
        Run report = avec("report", "-d", sample("programme"), "-l", "fr-MA");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).startsWith("Rapport du programme : 6 groupes, 98 membres");
    }

    @Test
    void ledgerlink_compares_the_sample_database_from_the_jar() throws Exception {
        // the SQLite driver's native library is in the jar: the import runs wherever Java does
        Run run = avec("ledgerlink", sample("ledgerlink/ledgerlinkdb"));
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("avec-ledgerlink: 546 events over 16 meetings, 10 members; amounts in UGX")
                .contains("E = savings 836,000 + fines paid 7,000 + interest charged 43,300 = 886,300")
                .contains("Ledger Link leaves 48,767.70 of E = 886,300 to nobody");
        Run damaged = avec("ledgerlink", sample("ledgerlink/ledgerlinkdb-damaged"));
        assertThat(damaged.code()).isEqualTo(3);
        assertThat(damaged.err()).contains("ledgerlink:LoanIssues#3: BALANCE_MISMATCH").doesNotContain("not-read-1234");
        // the JSON submissions through Jackson in the jar: README's comparison, its notes at their lines
        Run json = avec("ledgerlink", sample("ledgerlink/submissions.json"));
        assertThat(json.code()).as(json.err()).isEqualTo(1);
        assertThat(json.out()).startsWith("avec-ledgerlink: 546 events over 16 meetings, 10 members; amounts in UGX")
                .contains("Ledger Link leaves 48,767.70 of E = 886,300 to nobody")
                .contains("ledgerlink:Members#10: MEMBER_ARCHIVED").contains("(submissions.json line 5888)")
                .doesNotContain("FIXTURE-PASSKEY");
    }

    @Test
    void the_jar_carries_every_bundled_library_s_licence() throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            String thirdParty = new String(zip.getInputStream(zip.getEntry("META-INF/THIRD-PARTY.txt")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(thirdParty).contains("Moneta").contains("picocli").contains("Commons CSV").contains("ICU4J")
                    .contains("sqlite-jdbc").contains("jackson-core").contains("OWASP Java Encoder");
            // files of one name in several libraries are appended, not dropped: the encoder's BSD licence is there
            String license = new String(zip.getInputStream(zip.getEntry("META-INF/LICENSE")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(license).contains("Apache License").contains("Jeff Ichnowski");
            assertThat(zip.getEntry("META-INF/NOTICE")).as("Jackson's notice").isNotNull();
        }
    }

    @Test
    void completion_covers_the_commands_and_their_options() throws Exception {
        Run completion = avec("generate-completion");
        assertThat(completion.code()).isZero();
        assertThat(completion.out()).contains("avec Bash Completion").contains("audit").contains("--constitution")
                .contains("--programme");
    }
}

package org.avec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads the trainers' startup script {@code jshell/avec.jsh} into a JShell (the {@code jdk.jshell} API, with the
 * test class path, as README's command does with the run-time class path) and runs each scenario, checking the
 * figures it prints against numbers worked out by hand in the comments.
 */
class JShellScenariosTest {

    static JShell shell;
    static final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeAll
    static void loadTheStartupScript() throws IOException {
        shell = JShell.builder().out(new PrintStream(printed, true, StandardCharsets.UTF_8))
                .err(new PrintStream(printed, true, StandardCharsets.UTF_8)).build();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            shell.addToClasspath(entry);
        }
        String source = Files.readString(Path.of("jshell", "avec.jsh"), StandardCharsets.UTF_8);
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        int snippets = 0;
        while (!source.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(source);
            assertThat(info.completeness().isComplete()).as("incomplete snippet: " + source).isTrue();
            for (SnippetEvent e : shell.eval(info.source())) {
                assertThat(e.status()).as(info.source() + diagnostics(e.snippet())).isIn(Snippet.Status.VALID,
                        Snippet.Status.OVERWRITTEN);
                assertThat(e.exception()).as(info.source()).isNull();
            }
            snippets++;
            source = info.remaining();
        }
        assertThat(snippets).isGreaterThan(10);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("avec is ready. Type help() and press Enter.\n");
    }

    @AfterAll
    static void close() {
        shell.close();
    }

    static String diagnostics(Snippet s) {
        List<String> d = new ArrayList<>();
        shell.diagnostics(s).forEach(x -> d.add(x.getMessage(null)));
        return d.toString();
    }

    /** Evaluates one expression and returns the value JShell would display. */
    static String value(String expression) {
        List<SnippetEvent> events = shell.eval(expression);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).exception()).as(expression).isNull();
        assertThat(events.get(0).status()).as(expression + diagnostics(events.get(0).snippet())).isEqualTo(Snippet.Status.VALID);
        return events.get(0).value();
    }

    /** Evaluates a statement and returns what it printed. */
    static String output(String statement) {
        printed.reset();
        value(statement);
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void help_names_every_scenario() {
        assertThat(output("help()")).contains("firstMonth()", "flatVersusDeclining()", "memberLeaves()",
                "shareOutWithRemainder()", "shareOutMethods()", "indicatorsOverTheYear()", "returns()", "beyondTheBox()", "show(value)", "meetings(cycle)", "statement(shareOut", "mad(10)");
    }

    /** What a trainer sees: the real jshell tool, started as README says, given help() at its prompt. */
    @Test
    void the_jshell_tool_shows_the_whole_help() throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(seen, true, StandardCharsets.UTF_8);
        java.io.InputStream typed = new java.io.ByteArrayInputStream("help()\n/exit\n".getBytes(StandardCharsets.UTF_8));
        int exit = jdk.jshell.tool.JavaShellToolBuilder.builder().in(typed, null).out(out).err(out)
                .start("--class-path", System.getProperty("java.class.path"), "--startup", "DEFAULT", "--startup",
                        Path.of("jshell", "avec.jsh").toString());
        String screen = seen.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(screen).isZero();
        // every line of the help, the last ones included, reaches the screen
        assertThat(screen).contains("avec is ready.", "firstMonth()", "meetings(cycle)", "statement(shareOut, \"fr-MA\")",
                "group(\"Fatima\", \"Aicha\")", "mad(10)", "Try: board(firstMonth()), then show(shareOutWithRemainder())");
    }

    @Test
    void first_month_of_a_small_group() {
        // shares over 4 meetings: Fatima 2+2+2+2 = 8, Khadija 3x4 = 12, Aicha 1+2+1+2 = 6, Malika 2+1+0+1 = 4, Zahra 5x4 = 20
        // loan fund: 50 shares x 10 MAD + Aicha's late fine 2 MAD = 502; social fund: 19 contributions x 5 MAD = 95
        String board = value("board(firstMonth())");
        assertThat(board).contains("Fatima          8      80.00       0.00       0.00       240.00")
                .contains("Malika          4      40.00       0.00       5.00       120.00")
                .contains("Zahra          20     200.00       0.00       0.00       502.00")
                .contains("Cycle at meeting 4 of 16 (2026-01-26): 5 members, 50 shares")
                .contains("loan fund   MAD 502.00 cash + MAD 0.00 out on loan").contains("social fund MAD 95.00");
        assertThat(value("meetings(firstMonth())")).contains("Meeting 3 (2026-01-19): 4 present, 0 late, 1 absent");
    }

    @Test
    void a_loan_charged_flat_and_on_the_declining_balance() {
        // 10% of 120 = 12 each period flat (36); declining: 10% of 120, 80, 40 = 12, 8, 4 (24)
        assertThat(value("flatVersusDeclining()"))
                .contains("FLAT                      12.00      12.00      12.00      36.00")
                .contains("DECLINING_BALANCE         12.00       8.00       4.00      24.00");
    }

    @Test
    void a_member_leaves_and_is_paid_her_savings() {
        assertThat(value("memberLeaves()")).startsWith("Zahra leaves at meeting 5 with 20 shares; she is paid 200.00 MAD")
                .contains("Loan fund before: 502.00 MAD, after: 302.00 MAD.")
                .contains("(left at meeting 5)");
    }

    @Test
    void html_writes_the_sheet_and_says_where() throws Exception {
        String out = output("html(shareOutWithRemainder(), \"ar\")");
        assertThat(out).startsWith("The share-out sheet is in ");
        java.nio.file.Path file = java.nio.file.Path.of(out.substring("The share-out sheet is in ".length()).trim());
        assertThat(java.nio.file.Files.readString(file)).contains("dir=\"rtl\"").contains("lang=\"ar\"");
        java.nio.file.Files.delete(file);
    }

    @Test
    void one_group_shared_out_four_ways() {
        // the same records under each method: savings 570, charges 6 (Aicha's), fines 5; loan fund 581
        String out = output("show(shareOutMethods())");
        assertThat(out).containsPattern("Fatima +24 +240\\.00 +0\\.00 +60 \\| +245\\.00 +246\\.00 +243\\.00 +242\\.00")
                .containsPattern("Aicha +12 +120\\.00 +6\\.00 +30 \\| +122\\.00 +123\\.00 +123\\.00 +127\\.00")
                .containsPattern("Zahra +15 +150\\.00 +0\\.00 +15 \\| +153\\.00 +151\\.00 +153\\.00 +151\\.00")
                .contains("Loan fund 581.00 MAD = savings 570.00 + charges 6.00 + fines 5.00.");
    }

    @Test
    void a_group_s_indicators_over_the_year() {
        String out = output("show(indicatorsOverTheYear())");
        assertThat(out).containsPattern("At meeting +13 +26 +39 +52")
                .containsPattern("members \\(women\\) +20 \\(18\\) +20 \\(18\\) +\\d+ \\(\\d+\\) +19 \\(\\d+\\)")
                .containsPattern("return on savings +\\d+\\.\\d\\d% +\\d+\\.\\d\\d%")
                .containsPattern("Savings grew \\d+\\.\\d\\d% from meeting 26 to meeting 52\\.");
    }

    @Test
    void returns_on_savings_two_ways() {
        String out = output("show(returns())");
        assertThat(out).containsPattern("return on savings \\(profit / savings\\) +\\d+\\.\\d\\d%, \\d+\\.\\d\\d% a year")
                .containsPattern("return on the members' dated cash flows +\\d+\\.\\d{4}% a meeting, \\d+\\.\\d\\d% a year")
                .containsPattern("Fatima \\(M01\\) +\\d+\\.\\d{4}% a meeting");
    }

    @Test
    void a_group_beyond_the_box_shows_its_balance_and_both_returns() {
        // by hand: cash box 1,440 + bank 6 + wallet 70 = 1,516; the mill 500; social fund 4 x 5 x 7 = 140: assets
        // 2,156, owed 500, net worth 1,656; 1,516 - 500 = 1,016 for 140 shares; profit 50 x 3 + 40 + 6 - 20 - 30 - 30 = 116
        String out = output("show(beyondTheBox())");
        assertThat(out).containsPattern("cash at box +1,440\\.00").containsPattern("cash at bank +6\\.00")
                .containsPattern("cash at wallet +70\\.00").containsPattern("the mill +500\\.00")
                .contains("= assets 2,156.00; owed to Al Amana 500.00; net worth 1,656.00")
                .contains("Share-out: cash 1,516.00 - 500.00 repaid first to Al Amana = 1,016.00 for 140 shares; the mill"
                        + " (500.00) is kept.")
                .contains("Return on savings (profit / savings) 8.29%")
                .containsPattern("on the members' dated cash flows \\d+\\.\\d{4}% a meeting, \\d+\\.\\d\\d% a year");
    }

    @Test
    void a_share_out_with_a_remainder() {
        // 72 shares (5+3+1 over 8 meetings) = 720 MAD + a charge of 10% on 77 MAD = 727.70; 727.70 / 72 = 10.10694...
        // Fatima 40 x 10.10694 = 404.28 -> 404, Aicha 24 -> 242.57 -> 242, Zahra 8 -> 80.86 -> 80; 726 paid, 1.70 left
        String out = output("show(shareOutWithRemainder())");
        assertThat(out).containsPattern("(?m)^  = distributable +727\\.70$")
                .contains("value per share = 727.70 / 72 = 10.106944444444")
                .containsPattern("fatima +Fatima +40 +40 +404\\.277777777778 +404\\.00 +0\\.00 +404\\.00")
                .contains("Net payouts 726.00 + remainder 1.70 = loan fund cash 727.70");
        assertThat(output("show(statement(shareOutWithRemainder(), \"ar-MA\"))")).contains("\u2066727,70\u2069")
                .contains("\u2066726,00\u2069");
    }
}

package org.avec.tools.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.avec.Cycle;
import org.avec.MemberAccount;
import org.avec.tools.audit.GroupFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The programme report over the sample programme and over damaged programmes. */
class ReportTest {

    static final Path SAMPLE = Path.of("samples", "programme");

    record Run(int code, String out, String err) {}

    static Run report(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Report.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static List<String> groups() throws IOException {
        return Files.readAllLines(SAMPLE.resolve("programme.csv")).stream()
                .filter(l -> l.startsWith("avec-")).map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    @Test
    void the_sample_programme_adds_up_to_the_sums_over_its_groups(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("report.csv");
        Run run = report("-d", SAMPLE.toString(), "--csv", csv.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(Report.OK);
        // the totals, recomputed here from each group's cycle
        long members = 0;
        java.math.BigDecimal savings = java.math.BigDecimal.ZERO;
        for (String g : groups()) {
            Cycle c = GroupFiles.read(SAMPLE.resolve(g).resolve("constitution.properties"),
                    SAMPLE.resolve(g).resolve("records.csv")).cycle();
            members += c.members().stream().filter(MemberAccount::isActive).count();
            for (MemberAccount a : c.members()) {
                if (a.isActive()) {
                    savings = savings.add(a.savings().getNumber().numberValue(java.math.BigDecimal.class));
                }
            }
        }
        assertThat(run.out()).startsWith("Programme report: " + groups().size() + " groups, " + members + " members\n");
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo(Report.Csv.HEADER);
        assertThat(rows).filteredOn(r -> r.startsWith("group,")).hasSize(groups().size());
        assertThat(rows).filteredOn(r -> r.startsWith("region,")).hasSize(3);
        assertThat(rows).filteredOn(r -> r.startsWith("programme,")).extracting(r -> r.split(",")[1])
                .containsExactly("Phase 1", "Phase 2");
        assertThat(rows).filteredOn(r -> r.startsWith("group,avec-004,")).singleElement().asString()
                .startsWith("group,avec-004,Phase 2,Fès-Meknès,Boulemane,1,");
        String[] total = rows.get(1).split(",");
        assertThat(total[0]).isEqualTo("all");
        assertThat(Long.parseLong(total[6])).isEqualTo(members);
        assertThat(new java.math.BigDecimal(total[9])).isEqualByComparingTo(savings);
        // the programmes add up to the whole
        long[] byProgramme = rows.stream().filter(r -> r.startsWith("programme,")).map(r -> r.split(","))
                .mapToLong(f -> Long.parseLong(f[6])).toArray();
        assertThat(byProgramme[0] + byProgramme[1]).isEqualTo(members);
        assertThat(run.out()).contains("== Programme: Phase 1 ==\n", "== Programme: Phase 2 ==\n");
        // every ratio is a fraction written plainly, or blank when undefined
        for (String r : rows.subList(1, rows.size())) {
            String[] f = r.split(",", -1);
            assertThat(f).hasSize(Report.Csv.HEADER.split(",").length);
            for (int i = 16; i < 31; i++) {
                assertThat(f[i]).matches("|-?\\d+\\.\\d{6}");
            }
        }
    }

    @Test
    void french_and_arabic() {
        assertThat(report("-d", SAMPLE.toString(), "-l", "fr-MA").out()).startsWith("Rapport du programme : 6 groupes, ")
                .contains("Épargne mobilisée", "Portefeuille à risque (plus de 30 jours)", " %");
        Run ar = report("-d", SAMPLE.toString(), "-l", "ar");
        assertThat(ar.code()).isEqualTo(Report.OK);
        assertThat(ar.out()).startsWith("تقرير البرنامج: ٦ مجموعات").contains("الادخار المعبأ");
        assertThat(report("-d", SAMPLE.toString(), "-l", "xx").code()).isEqualTo(Report.USAGE);
    }

    @Test
    void a_group_that_cannot_be_read_is_named_and_left_out(@TempDir Path dir) throws IOException {
        copy(SAMPLE, dir);
        Path records = dir.resolve("avec-002").resolve("records.csv");
        Files.writeString(records, Files.readString(records).replaceFirst(",shares,1,", ",shares,one,"));
        Run run = report("-d", dir.toString());
        assertThat(run.code()).isEqualTo(Report.SOME_LEFT_OUT);
        assertThat(run.out()).startsWith("Programme report: 5 groups, ");
        assertThat(run.err()).startsWith("1 group could not be read and is left out:\n  avec-002: " + records + ":")
                .contains("shares bought");
    }

    @Test
    void a_wrong_programme_file_is_named_at_its_lines(@TempDir Path dir) throws IOException {
        assertThat(report("-d", dir.toString()).code()).isEqualTo(Report.USAGE);
        Files.writeString(dir.resolve("programme.csv"), String.join("\n", "group,region,province,cooperatives",
                "../etc,Oriental,Jerada,0", "a,Oriental,,0", "b,Oriental,Jerada,-1", "c,Oriental,Jerada", "d,O,J,1",
                "d,O,J,1", ""));
        Run run = report("-d", dir.toString());
        assertThat(run.code()).isEqualTo(Report.USAGE);
        assertThat(run.err()).contains(":2: a group is named by its folder",
                ":3: a group's programme, region and province are given",
                ":4: cooperatives is a whole number from 0 to 1000, not '-1'", ":5: expected 4 fields",
                ":7: group 'd' is listed twice");
        Files.writeString(dir.resolve("programme.csv"), String.join("\n", "group,programme,region,province,cooperatives",
                "a,,Oriental,Jerada,0", "b,Phase 1,Oriental,Jerada", ""));
        run = report("-d", dir.toString());
        assertThat(run.err()).contains(":2: a group's programme, region and province are given",
                ":3: expected 5 fields (group,programme,region,province,cooperatives), found 4");
        Files.writeString(dir.resolve("programme.csv"), "group,region,programme\n");
        assertThat(report("-d", dir.toString()).err()).contains(":1: the first line must be the header "
                + "'group,programme,region,province,cooperatives' (or 'group,region,province,cooperatives' for a "
                + "programme named by its folder; the columns in any order)");
    }

    @Test
    void an_unclosed_quote_a_line_break_or_a_huge_name_is_named_at_its_line(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("programme.csv");
        Files.writeString(file, "\uFEFFgroup,programme,region,province,cooperatives\r\na,P,O,J,0\r\n\r\n"
                + "b,\"Phase 1,Oriental,Jerada,0\r\nc,P,O,J,0\r\n");
        Run run = report("-d", dir.toString());
        assertThat(run.code()).isEqualTo(Report.USAGE);
        assertThat(run.err()).isEqualTo("avec-report: " + file + ":4: a quoted field is not closed; the 1 line after it "
                + "could not be read\n");
        Files.writeString(file, "group,programme,region,province,cooperatives\na,\"P\u0007Q\",O,J,0\nb,P,"
                + "R".repeat(101) + ",J,0\n");
        run = report("-d", dir.toString());
        assertThat(run.err()).contains(":2: a programme, region or province is one line of at most 100 characters "
                + "without control characters, not 'P[U+0007]Q'", ":3: a programme, region or province is one line of at "
                + "most 100 characters without control characters, not '" + "R".repeat(40) + "…'");
    }

    @Test
    void a_programme_file_without_the_programme_column_names_the_programme_after_its_folder(@TempDir Path dir)
            throws IOException {
        Path folder = dir.resolve("AVEC Oriental");
        copy(SAMPLE, folder);
        Path file = folder.resolve("programme.csv");
        Files.writeString(file, Files.readString(file).replace("group,programme,", "group,").replace(",Phase 1,", ",")
                .replace(",Phase 2,", ","));
        Path csv = dir.resolve("r.csv");
        Run run = report("-d", folder.toString(), "--csv", csv.toString());
        assertThat(run.code()).isEqualTo(Report.OK);
        assertThat(run.out()).doesNotContain("== Programme:");
        assertThat(Files.readAllLines(csv)).filteredOn(r -> r.startsWith("programme,")).singleElement().asString()
                .startsWith("programme,AVEC Oriental,AVEC Oriental,,,6,");
    }

    static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void a_group_with_money_beyond_the_box_shows_its_balance_and_both_returns(@TempDir Path dir) throws IOException {
        // the auditor's sample group with a bank, a wallet, a loan from Al Amana and a mill, as the programme's one group
        Path g = Files.createDirectories(dir.resolve("avec-007"));
        Files.copy(Path.of("samples", "constitution-beyond-the-box.properties"), g.resolve("constitution.properties"));
        Files.copy(Path.of("samples", "records-beyond-the-box.csv"), g.resolve("records.csv"));
        Files.writeString(dir.resolve("programme.csv"), "group,programme,region,province,cooperatives\n"
                + "avec-007,Phase 2,Oriental,Jerada,0\n");
        Path csv = dir.resolve("out").resolve("report.csv");
        Files.createDirectories(csv.getParent());
        Run run = report("-d", dir.toString(), "--csv", csv.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(Report.OK);
        Cycle c = GroupFiles.read(g.resolve("constitution.properties"), g.resolve("records.csv")).cycle();
        // by hand: cash 2,872 (212 of it at the bank) + the mill 600 + social fund 440 = 3,912; owes 1,000: 2,912
        assertThat(c.balance().equity()).isEqualTo(org.javamoney.moneta.Money.of(2912, "MAD"));
        assertThat(run.out()).containsPattern("(?m)^Loan-fund cash kept at a bank or in a wallet +212\\.00 MAD$")
                .containsPattern("(?m)^Property held \\(at its value\\) +600\\.00 MAD$")
                .containsPattern("(?m)^Liabilities \\(loans to the groups\\) +1,000\\.00 MAD$")
                .containsPattern("(?m)^Net worth \\(assets − liabilities\\) +2,912\\.00 MAD$");
        java.math.BigDecimal dated = org.avec.indicators.CashFlowReturns.of(c).group().orElseThrow().perYear();
        String datedText = dated.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
        String simple = org.avec.indicators.Indicators.of(c).returnOnSavings().percent().toPlainString();
        assertThat(run.out()).contains("avec-007 | Oriental | 8 | 2,640.00 MAD | 2,912.00 MAD | " + simple + " % | "
                + datedText + " % |");
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).endsWith(",cash_beyond_the_box,property,liabilities,net_worth,"
                + "return_on_cash_flows_annualised");
        assertThat(rows).filteredOn(r -> r.startsWith("group,avec-007,")).singleElement().asString()
                .endsWith(",212.00,600.00,1000.00,2912.00," + dated.setScale(6, java.math.RoundingMode.HALF_EVEN)
                        .toPlainString());
        assertThat(rows).filteredOn(r -> r.startsWith("all,")).singleElement().asString()
                .endsWith(",212.00,600.00,1000.00,2912.00,");
    }
}

package org.avec.examples.report;

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
import org.avec.examples.audit.GroupFiles;
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
        String[] total = rows.get(1).split(",");
        assertThat(total[0]).isEqualTo("programme");
        assertThat(Long.parseLong(total[5])).isEqualTo(members);
        assertThat(new java.math.BigDecimal(total[8])).isEqualByComparingTo(savings);
        // every ratio is a fraction written plainly, or blank when undefined
        for (String r : rows.subList(1, rows.size())) {
            String[] f = r.split(",", -1);
            assertThat(f).hasSize(Report.Csv.HEADER.split(",").length);
            for (int i = 15; i < 30; i++) {
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
        assertThat(run.err()).startsWith("1 groups could not be read and are left out:\n  avec-002: " + records + ":")
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
        assertThat(run.err()).contains(":2: a group is named by its folder", ":3: a group's region and province are given",
                ":4: cooperatives is a whole number from 0 to 1000, not '-1'", ":5: expected 4 fields",
                ":7: group 'd' is listed twice");
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
}

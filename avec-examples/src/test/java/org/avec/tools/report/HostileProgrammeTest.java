package org.avec.tools.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The programme report given its own files as output, and a group whose records are a device. */
class HostileProgrammeTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void the_report_never_replaces_a_file_read_and_leaves_out_a_group_whose_records_are_a_device(@TempDir Path dir)
            throws IOException {
        Path programme = dir.resolve("programme");
        ReportTest.copy(ReportTest.SAMPLE, programme);
        byte[] before = Files.readAllBytes(programme.resolve("programme.csv"));
        for (String input : new String[] {"programme.csv", "avec-002/records.csv"}) {
            ReportTest.Run run = ReportTest.report("-d", programme.toString(), "--csv", programme.resolve(input).toString(),
                    "--force");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("an output never replaces an input");
        }
        assertThat(Files.readAllBytes(programme.resolve("programme.csv"))).isEqualTo(before);
        Path records = programme.resolve("avec-003").resolve("records.csv");
        Files.delete(records);
        Files.createSymbolicLink(records, Path.of("/dev/zero"));
        ReportTest.Run run = ReportTest.report("-d", programme.toString());
        assertThat(run.code()).as("one group left out").isEqualTo(1);
        assertThat(run.err()).contains("avec-003").contains("is not a regular file");
        assertThat(run.out()).isNotEmpty();
    }

    @Test
    void a_group_in_another_currency_or_with_more_cooperatives_than_members_is_named_and_left_out(@TempDir Path dir)
            throws IOException {
        Path programme = dir.resolve("programme");
        ReportTest.copy(ReportTest.SAMPLE, programme);
        Path rules = programme.resolve("avec-002").resolve("constitution.properties");
        Files.writeString(rules, Files.readString(rules).replace("currency = MAD", "currency = EUR"));
        Path list = programme.resolve("programme.csv");
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(list));
        int row = 0;
        while (!lines.get(row).startsWith("avec-004,")) {
            row++;
        }
        String[] f = lines.get(row).split(",", -1);
        f[f.length - 1] = "1000";
        lines.set(row, String.join(",", f));
        Files.write(list, lines);
        ReportTest.Run first = ReportTest.report("-d", programme.toString());
        ReportTest.Run second = ReportTest.report("-d", programme.toString());
        assertThat(first.code()).isEqualTo(1);
        assertThat(first.err()).contains("avec-002: keeps its money in EUR, not MAD as most groups of the programme do")
                .contains("avec-004: programme.csv gives 1000 cooperatives for a group of")
                .doesNotContain("Exception");
        assertThat(second.err()).as("the same words in the same order, run after run").isEqualTo(first.err());
        assertThat(first.out()).isNotEmpty();
    }
}

package org.avec.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.avec.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record without corrections is recorded in one call, and row by row only when a row is refused: the ledger is the
 * same either way (its entries, events and balance), for generated groups and the samples, and a file with refused
 * rows names the same problems.
 */
class OneCallReplayTest {

    record Both(Ledger oneCall, Ledger rowByRow, List<Problem> oneCallProblems, List<Problem> rowByRowProblems) {}

    static Both both(Path constitution, Path records) {
        List<Problem> problems = new ArrayList<>();
        ConstitutionFile.Read rules = ConstitutionFile.read(constitution.toString(), Audit.lines(constitution, problems),
                problems);
        RecordsFile.Read read = RecordsFile.read(records.toString(), Audit.lines(records, problems),
                rules.constitution(), problems);
        List<Problem> a = new ArrayList<>(problems);
        List<Problem> b = new ArrayList<>(problems);
        return new Both(RecordsReplay.replay(records.toString(), read, rules, a, false, true),
                RecordsReplay.replay(records.toString(), read, rules, b, false, false), a, b);
    }

    static void same(Both r) {
        assertThat(r.oneCallProblems()).isEqualTo(r.rowByRowProblems());
        assertThat(r.oneCall().entries()).isEqualTo(r.rowByRow().entries());
        assertThat(r.oneCall().cycle().events()).isEqualTo(r.rowByRow().cycle().events());
        assertThat(r.oneCall().cycle().balance()).isEqualTo(r.rowByRow().cycle().balance());
        assertThat(r.oneCall().cycle().members()).isEqualTo(r.rowByRow().cycle().members());
    }

    @Test
    void generated_groups_give_the_same_ledger_either_way(@TempDir Path dir) throws IOException {
        org.avec.examples.ProgrammeGenerator.write(24, dir);
        int groups = 0;
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path g : folders.filter(Files::isDirectory).sorted().toList()) {
                Both r = both(g.resolve("constitution.properties"), g.resolve("records.csv"));
                assertThat(r.oneCallProblems()).as(g.toString()).isEmpty();
                same(r);
                groups++;
            }
        }
        assertThat(groups).isEqualTo(24);
    }

    @Test
    void the_samples_give_the_same_ledger_and_the_same_problems_either_way() {
        Path s = Path.of("samples");
        same(both(s.resolve("constitution.properties"), s.resolve("records.csv")));
        same(both(s.resolve("constitution-mid-cycle.properties"), s.resolve("records-mid-cycle.csv")));
        same(both(s.resolve("constitution-beyond-the-box.properties"), s.resolve("records-beyond-the-box.csv")));
        Both errors = both(s.resolve("constitution.properties"), s.resolve("records-with-errors.csv"));
        assertThat(errors.oneCallProblems()).isNotEmpty();
        same(errors);
    }
}

package org.avec.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A file without quotes is split without Commons CSV's parser (reading is most of a programme report's time): the
 * rows, their lines, fields and texts are exactly those the parser gives, whatever the separators, spaces, comments,
 * blank lines, byte-order mark and decimal commas.
 */
class CsvPlainRowsProperties {

    @Provide
    Arbitrary<List<String>> files() {
        Arbitrary<String> line = Arbitraries.of('a', 'Z', '1', '0', ',', ';', '\t', ' ', '#', '.', '-', '=', '\u00a0',
                '\u2003', 'é', 'ع').list().ofMaxSize(14).map(cs -> cs.stream().map(String::valueOf)
                .reduce("", String::concat));
        return line.list().ofMinSize(1).ofMaxSize(12).map(ls -> {
            if (!ls.isEmpty() && ls.get(0).length() % 3 == 0) {
                ls.set(0, "\uFEFF" + ls.get(0));
            }
            return ls;
        });
    }

    @Property(tries = 1000) // 4 x 20,000 tries with random seeds passed before this was committed
    void split_rows_are_the_parser_s_rows(@ForAll("files") List<String> lines) {
        net.jqwik.api.Assume.that(Csv.plain(lines));
        Csv.Dialect dialect = Csv.dialect(lines);
        assertThat(Csv.plainRows(lines, dialect)).as("%s", lines).isEqualTo(Csv.parsedRows(lines, dialect));
    }
}

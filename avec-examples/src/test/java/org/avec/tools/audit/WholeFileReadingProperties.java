package org.avec.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A group's file read whole and split at its line breaks gives the same lines and the same problems as read a block
 * at a time (the way files larger than {@link Audit#WHOLE_FILE} are read): line breaks of every kind, empty lines, a
 * NUL, a byte-order mark, lines longer than the longest allowed; text that is not UTF-8 is found by both (and by the
 * whole decoding also when the file ends in half a character).
 */
class WholeFileReadingProperties {

    @Provide
    Arbitrary<List<String>> pieces() {
        return Arbitraries.oneOf(Arbitraries.of("a", "é", "1,2", "\n", "\r", "\r\n", "\n\n", "\uFEFF", "\u0000", "ل",
                "x".repeat(Audit.LONGEST_LINE), "y".repeat(Audit.LONGEST_LINE + 1), "\"q\"", " "),
                Arbitraries.strings().ofMaxLength(8)).list().ofMaxSize(30);
    }

    @Property(tries = 300, seed = "20261206")
    void whole_and_streaming_reads_agree(@ForAll("pieces") List<String> pieces, @ForAll boolean latin1)
            throws IOException {
        String text = String.join("", pieces);
        Path file = Files.createTempFile("avec-whole", ".csv");
        try {
            // UTF-8, or Windows-1252 bytes read as UTF-8 (not text) and as Windows-1252
            Charset written = latin1 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
            Files.write(file, text.getBytes(written));
            for (Charset read : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
                List<String> wholeLines = new ArrayList<>();
                List<Problem> wholeProblems = new ArrayList<>();
                int whole = Audit.readWhole(file, read, wholeLines, wholeProblems);
                List<String> streamLines = new ArrayList<>();
                List<Problem> streamProblems = new ArrayList<>();
                int stream = Audit.readStreaming(file, read, streamLines, streamProblems);
                // the whole file decoded at once is as strict as the stream, and stricter at its very end: a file that
                // ends in half a UTF-8 character is not UTF-8 (a stream's reader let it pass)
                if (stream != 0) {
                    assertThat(whole).as("not text in %s", read).isNotZero();
                }
                if (whole == 0) {
                    assertThat(stream).isZero();
                    assertThat(wholeLines).isEqualTo(streamLines);
                    assertThat(wholeProblems).isEqualTo(streamProblems);
                }
            }
        } finally {
            Files.delete(file);
        }
    }
}

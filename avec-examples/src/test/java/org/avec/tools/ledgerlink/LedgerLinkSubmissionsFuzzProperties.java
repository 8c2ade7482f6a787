package org.avec.tools.ledgerlink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.avec.tools.audit.Audit;

/**
 * Hostile JSON submissions fed to the whole import: the sample submissions with random values written over any field
 * (text, numbers as JSON numbers, huge exponents, booleans, null, objects and lists where a value was), objects cut
 * out or repeated, and, apart, the file damaged at the byte level. Whatever the damage, the import ends with exit 0, 1
 * or 3, never with an uncaught exception; every finding is located; the pass key, IMEI and phone numbers the file
 * carries are never printed. Runs in {@code mvn -B verify} with a fixed seed.
 */
class LedgerLinkSubmissionsFuzzProperties {

    static final Pattern VALUE = Pattern.compile("\"([A-Za-z]+)\" : (\"[^\"]*\"|true|false)");

    /** One change: which value (by position among all), what to do, and the text written. */
    record Change(int at, int kind, String text) {}

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<String> text = Arbitraries.of("\"\"", "\"abc\"", "\"1,500\"", "\"2026-02-31\"", "1e999999", "-1", "0",
                "\"NaN\"", "\"Infinity\"", "\"" + "9".repeat(40) + "\"", "\"١٢\"", "null", "true", "{}", "[]",
                "[{}]", "\"\\u0000\"", "\"\\u202E1\"", "\"4000.5\"", "\"1.0E7\"", "\"2026-01-06\"", "\"0\"", "\"1\"",
                "\"-0.0\"", "12345678901234567890", "\"" + "x".repeat(300) + "\"");
        return Combinators.combine(Arbitraries.integers().between(0, 20_000), Arbitraries.integers().between(0, 5), text)
                .as(Change::new).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 120, seed = "20261209")
    void any_damage_ends_in_located_findings_and_a_known_exit_code(@ForAll("changes") List<Change> changes)
            throws IOException {
        String json = Files.readString(LedgerLinkSubmissionsTest.SAMPLE);
        for (Change c : changes) {
            Matcher m = VALUE.matcher(json);
            int count = 0;
            int start = -1;
            int end = -1;
            while (m.find()) {
                if (count++ == c.at() % 9_000) {
                    start = m.start(2);
                    end = m.end(2);
                    break;
                }
            }
            if (start < 0) {
                continue;
            }
            switch (c.kind()) {
                case 0 -> {
                    // cut out the object the value is in
                    int open = json.lastIndexOf('{', start);
                    int close = json.indexOf('}', end);
                    json = json.substring(0, open) + "{}" + json.substring(close + 1);
                }
                case 1 -> {
                    // repeat the object the value is in
                    int open = json.lastIndexOf('{', start);
                    int close = json.indexOf('}', end);
                    json = json.substring(0, close + 1) + ", " + json.substring(open, close + 1) + json.substring(close + 1);
                }
                default -> json = json.substring(0, start) + c.text() + json.substring(end);
            }
        }
        check(json.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 40, seed = "20261210")
    void a_damaged_file_is_named_not_thrown(@ForAll @IntRange(min = 0, max = 152_000) int at,
            @ForAll @IntRange(min = 1, max = 64) int length, @ForAll byte fill) throws IOException {
        byte[] bytes = Files.readAllBytes(LedgerLinkSubmissionsTest.SAMPLE);
        for (int i = at; i < Math.min(bytes.length, at + length); i++) {
            bytes[i] = fill;
        }
        check(bytes);
    }

    static void check(byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("avec-ll-json-fuzz");
        Path file = dir.resolve("submissions.json");
        try {
            Files.write(file, bytes);
            LedgerLinkTest.Run r = LedgerLinkTest.run(file.toString(), "--emit", dir.resolve("out").toString());
            assertThat(r.code()).as(r.out() + r.err()).isIn(Audit.OK, Audit.PAYOUTS_DIFFER, Audit.INVALID);
            assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("FIXTURE-PASSKEY").doesNotContain("356938035643809").doesNotContain("0772000");
            for (String line : r.err().lines().toList()) {
                if (!line.startsWith("avec-ledgerlink: ")) {
                    assertThat(line).as("located").matches(LedgerLinkFuzzProperties.LOCATED);
                }
            }
            for (String line : r.out().lines().filter(l -> l.startsWith("  ledgerlink:")).toList()) {
                assertThat(line).as("located").matches(LedgerLinkFuzzProperties.LOCATED);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}

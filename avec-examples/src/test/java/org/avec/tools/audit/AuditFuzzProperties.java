package org.avec.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile files fed to the whole auditor: the sample files mutated at the byte, line and field level. Whatever the
 * damage, the check ends with exit 0, 1 or 3, never with an uncaught exception, and every problem it prints is
 * located ({@code file:line: message} or {@code file: message}). The same for random valid groups written by
 * {@link RecordsExport}. Both run in {@code mvn -B verify} with a fixed seed and 300 tries; a longer run: {@code mvn -B -pl avec-examples -am test -Dtest=AuditFuzzProperties
 * -Djqwik.tries.default=10000 -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AuditFuzzProperties {

    static final Path SAMPLES = Path.of("samples");
    static final List<String> FILES = List.of("constitution.properties", "records.csv", "payouts.csv");

    /** One change to a file: where (0..1 of its length), what kind, and what is put in. */
    record Mutation(int file, double where, int kind, String text) {}

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("", ",", "\"", "\n", "\r\n", "\uFEFF", "\u202E", "\u0000", "1e400", "-1", "0",
                        "99999999999999999999999", "0.001", "2026-02-31", "open", "loan", "repay", "M99", "=", "#",
                        "=HYPERLINK(\"x\")", "NaN", "9".repeat(400), "1e-999999999", "0e-999999999", "1e999999999",
                        "1E+2147483647", "-0e5", "1e-400", "0x10", "١٢", "+5", "5."));
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 5), text).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(seed = "20261128") // tries: jqwik.tries.default, 300 in this module's junit-platform.properties
    void any_damage_ends_in_a_located_report_and_a_known_exit_code(@ForAll("mutations") List<Mutation> mutations)
            throws IOException {
        List<StringBuilder> files = new ArrayList<>();
        for (String f : FILES) {
            files.add(new StringBuilder(Files.readString(SAMPLES.resolve(f), StandardCharsets.UTF_8)));
        }
        auditDamaged(files, mutations);
    }

    /** A random valid group written by the export (any names, currency and variant), then damaged the same ways. */
    @Property(seed = "20261129") // tries: jqwik.tries.default, as above
    void any_damage_to_an_exported_group_ends_in_a_located_report(@ForAll("mutations") List<Mutation> mutations,
            @ForAll @net.jqwik.api.constraints.Size(max = 8) List<@net.jqwik.api.From("names") String> names,
            @ForAll("currencies") String currency, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 15) int variant,
            @ForAll long seed) throws IOException {
        javax.money.CurrencyUnit cur = javax.money.Monetary.getCurrency(currency);
        org.avec.Cycle cycle = RecordsRoundTripProperties.group(names, cur, variant, seed);
        String payouts;
        try {
            payouts = RecordsExport.payouts(cycle.shareOut().lines());
        } catch (org.avec.RuleViolationException refused) {
            payouts = PayoutsFile.HEADER + "\n";
        }
        List<StringBuilder> files = List.of(new StringBuilder(RecordsRoundTripProperties.constitutionText(cur, variant)),
                new StringBuilder(RecordsExport.csv(cycle)), new StringBuilder(payouts));
        auditDamaged(files, mutations);
    }

    /** What stands where a file should be: the file itself, or something a careless or hostile user gives instead. */
    enum Stand {
        FILE, FOLDER, PIPE, LINK_TO_DEV_ZERO, LINK_TO_NOTHING, EMPTY, NUL_BYTES, ODD_NAME
    }

    /** Names a file may have: spaces, accents, right-to-left text, a line break, a leading dash, a quote. */
    static final List<String> ODD_NAMES = List.of("a b.csv", "f\u00e8s.csv", "\u0645\u0644\u0641.csv",
            "line\nbreak.csv", "-r.csv", "quote\".csv", "tab\there.csv", "\u202Ecsv.txt");

    @Property(seed = "20261206", tries = 60)
    void special_files_and_odd_names_never_hang_and_are_named(@ForAll @net.jqwik.api.constraints.Size(3) List<Stand> stands,
            @ForAll @net.jqwik.api.constraints.IntRange(max = 7) int odd) throws Exception {
        Path dir = Files.createTempDirectory("avec-fuzz");
        try {
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < FILES.size(); i++) {
                Path p = dir.resolve(stands.get(i) == Stand.ODD_NAME ? i + ODD_NAMES.get(odd) : FILES.get(i));
                byte[] sample = Files.readAllBytes(SAMPLES.resolve(FILES.get(i)));
                switch (stands.get(i)) {
                    case FILE -> Files.write(p, sample);
                    // with a damaged last line, so that the odd name is printed in a problem
                    case ODD_NAME -> Files.writeString(p, new String(sample, StandardCharsets.UTF_8) + "\n\u0000,?=,\n");
                    case FOLDER -> Files.createDirectory(p);
                    case PIPE -> {
                        if (new ProcessBuilder("mkfifo", p.toString()).start().waitFor() != 0) {
                            Files.write(p, sample);
                        }
                    }
                    case LINK_TO_DEV_ZERO -> Files.createSymbolicLink(p, Path.of("/dev/zero"));
                    case LINK_TO_NOTHING -> Files.createSymbolicLink(p, dir.resolve("nothing-here"));
                    case EMPTY -> Files.write(p, new byte[0]);
                    case NUL_BYTES -> Files.write(p, new byte[4096]);
                }
                paths.add(p.toString());
            }
            java.util.concurrent.ExecutorService one = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "audit");
                t.setDaemon(true);
                return t;
            });
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            try {
                int code = one.submit(() -> Audit.run(new PrintWriter(out), new PrintWriter(err), "-c", paths.get(0),
                        "-r", paths.get(1), "-p", paths.get(2))).get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(code).as(err.toString()).isIn(Audit.OK, Audit.PAYOUTS_DIFFER, Audit.USAGE, Audit.INVALID);
            } finally {
                one.shutdownNow();
            }
            assertThat(err.toString()).doesNotContain("could not finish").doesNotContain("Exception");
            boolean usage = err.toString().startsWith("Invalid value") || err.toString().startsWith("Missing required")
                    || err.toString().startsWith("Unknown option");
            for (String line : err.toString().lines().toList()) {
                assertThat(usage || line.startsWith("avec-audit: ") || line.startsWith(dir.toString()))
                        .as("one problem per line, located: %s", line).isTrue();
            }
        } finally {
            try (var walk = Files.list(dir)) {
                for (Path p : walk.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<String> names() {
        return new RecordsRoundTripProperties().names();
    }

    @Provide
    Arbitrary<String> currencies() {
        return new RecordsRoundTripProperties().currencies();
    }

    private static void auditDamaged(List<StringBuilder> files, List<Mutation> mutations) throws IOException {
        Path dir = Files.createTempDirectory("avec-fuzz");
        try {
            for (Mutation m : mutations) {
                apply(files.get(m.file()), m);
            }
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < FILES.size(); i++) {
                Path p = dir.resolve(FILES.get(i));
                Files.writeString(p, files.get(i), StandardCharsets.UTF_8);
                paths.add(p.toString());
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Audit.run(new PrintWriter(out), new PrintWriter(err), "-c", paths.get(0), "-r", paths.get(1),
                    "-p", paths.get(2));
            assertThat(code).as(err.toString()).isIn(Audit.OK, Audit.PAYOUTS_DIFFER, Audit.INVALID);
            assertThat(err.toString()).doesNotContain("could not finish").doesNotContain("Exception");
            Pattern located = Pattern.compile("^\\Q" + dir + "\\E/[a-z.]+(:\\d+)?: .+");
            for (String line : err.toString().lines().toList()) {
                assertThat(line.startsWith("avec-audit: ") || located.matcher(line).matches())
                        .as("located: %s", line).isTrue();
            }
        } finally {
            try (var walk = Files.list(dir)) {
                for (Path p : walk.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** Byte level: insert or delete characters; line level: drop, repeat or swap a line; field level: replace a field. */
    static void apply(StringBuilder file, Mutation m) {
        int at = (int) Math.min(file.length(), Math.floor(m.where() * file.length()));
        List<String> lines = new ArrayList<>(List.of(file.toString().split("\n", -1)));
        int line = Math.min(lines.size() - 1, (int) Math.floor(m.where() * lines.size()));
        switch (m.kind()) {
            case 0 -> file.insert(at, m.text());
            case 1 -> file.delete(at, Math.min(file.length(), at + 1 + m.text().length()));
            case 2 -> {
                lines.remove(line);
                replace(file, lines);
            }
            case 3 -> {
                lines.add(line, lines.get(line));
                replace(file, lines);
            }
            case 4 -> {
                String[] fields = lines.get(line).split(",", -1);
                fields[(int) Math.min(fields.length - 1, Math.floor(m.where() * 997) % fields.length)] = m.text();
                lines.set(line, String.join(",", fields));
                replace(file, lines);
            }
            default -> {
                String[] kv = lines.get(line).split("=", 2);
                lines.set(line, kv.length == 2 ? kv[0] + "= " + m.text() : m.text());
                replace(file, lines);
            }
        }
    }

    private static void replace(StringBuilder file, List<String> lines) {
        file.setLength(0);
        file.append(String.join("\n", lines));
    }
}

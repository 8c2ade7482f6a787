package org.avec.examples.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.avec.Cycle;
import org.avec.MemberId;
import org.avec.RuleViolationException;
import org.avec.ShareOut;
import org.avec.ShareOutLine;
import org.avec.SafeText;
import org.avec.examples.statement.Statement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The auditor's check: reads a group's constitution and records, replays every event through avec, prints the
 * share-out statement with its make-up and, given what the group actually paid, names every payout that differs.
 *
 * <p>Exit codes: 0 the records are consistent (and the payouts, if given, match); 1 the records are consistent but
 * some payouts differ from the share-out; 2 the command line is wrong; 3 a file cannot be read or is wrong
 * (every problem is listed with its file and line, and no share-out is printed).
 *
 * <p>The file formats are described in {@code avec-examples/samples/README.md}.
 */
@Command(name = "avec-audit", mixinStandardHelpOptions = true, version = "avec-audit 0.2.0",
        description = "Checks a savings group's records against its constitution and prints the share-out.%n"
                + "Exit codes: 0 consistent, 1 payouts differ, 2 usage, 3 wrong or unreadable files.",
        sortOptions = false)
public final class Audit implements Callable<Integer> {

    /** The records are consistent and the payouts, if given, match. */
    public static final int OK = 0;
    /** The records are consistent but some payouts differ from the share-out. */
    public static final int PAYOUTS_DIFFER = 1;
    /** The command line is wrong (picocli's usage error). */
    public static final int USAGE = 2;
    /** A file cannot be read or has problems; nothing is reported as valid. */
    public static final int INVALID = 3;

    @Option(names = {"-c", "--constitution"}, required = true, paramLabel = "FILE",
            description = "the group's constitution: key = value lines")
    Path constitution;

    @Option(names = {"-r", "--records"}, required = true, paramLabel = "FILE",
            description = "the group's records: CSV, one row per event")
    Path records;

    @Option(names = {"-p", "--payouts"}, paramLabel = "FILE",
            description = "what the group paid each member at share-out: CSV member,amount")
    Path payouts;

    @Option(names = {"-l", "--locale"}, paramLabel = "TAG", defaultValue = "en",
            description = "language of the statement, e.g. en, fr-MA, ar-MA (default: ${DEFAULT-VALUE})")
    String locale;

    @Option(names = {"--html"}, paramLabel = "FILE",
            description = "also write the printable share-out sheet (HTML, A4) to FILE, in the language of -l")
    Path html;

    private PrintWriter out;
    private PrintWriter err;
    private int digits;
    private Locale language;

    /**
     * Runs the check from the command line and exits with its code.
     *
     * @param args the command line; {@code --help} lists the options
     */
    public static void main(String[] args) {
        org.avec.examples.QuietMoneta.please();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the check, printing to the given writers.
     *
     * @param out where the statement and the comparison go
     * @param err where problems go
     * @param args the command line
     * @return the exit code: {@link #OK}, {@link #PAYOUTS_DIFFER}, {@link #USAGE} or {@link #INVALID}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Audit audit = new Audit();
        audit.out = out;
        audit.err = err;
        CommandLine cl = new CommandLine(audit).setOut(out).setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("avec-audit: could not finish the check: " + e);
            err.flush();
            return INVALID;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            err.println("avec-audit: not enough memory to check these files (the Java heap is " + mb
                    + " MB); give it more with -Xmx, for example java -Xmx1g (a records file of 1,000,000 rows needs"
                    + " about 512 MB)");
            err.flush();
            return INVALID;
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        try {
            language = Statement.locale(locale);
        } catch (IllegalArgumentException e) {
            err.println("avec-audit: " + e.getMessage());
            return USAGE;
        }
        List<Problem> problems = new ArrayList<>();
        List<String> constitutionLines = lines(constitution, problems);
        List<String> recordLines = lines(records, problems);
        List<String> payoutLines = payouts == null ? List.of() : lines(payouts, problems);
        // a file that cannot be read at all stops the check; a line too long is named, and the rest still checked
        if (problems.stream().anyMatch(p -> p.line() == 0)) {
            return fail(problems);
        }
        ConstitutionFile.Read rules = ConstitutionFile.read(name(constitution), constitutionLines, problems);
        if (rules == null) {
            return fail(problems);
        }
        digits = Math.max(0, rules.constitution().currency().getDefaultFractionDigits());
        RecordsFile.Read read = RecordsFile.read(name(records), recordLines, rules.constitution(), problems);
        Map<String, PayoutsFile.Paid> paid = payouts == null ? null
                : PayoutsFile.read(name(payouts), payoutLines, rules.constitution().currency(), problems);
        // the events are replayed even when some rows could not be read, so that every inconsistency is named
        // at once; a row that could not be read is simply missing from the replay
        Cycle cycle;
        try {
            cycle = Cycle.start(rules.constitution(), rules.carriedLoanFund(), rules.carriedSocialFund(), read.founders());
        } catch (RuleViolationException | IllegalArgumentException e) {
            problems.add(new Problem(name(records), 0, e.getMessage()));
            return fail(problems);
        }
        int lastLine = 0;
        // a meeting that could not be opened (its open row unreadable or refused) makes every later row refused for
        // the same cause: the cause is reported once, then how many rows it kept from being checked
        Skipped skipped = null;
        for (RecordsFile.Row row : read.rows()) {
            lastLine = row.line();
            try {
                cycle = cycle.record(row.event());
                if (skipped != null && row.event() instanceof org.avec.Event.MeetingOpened) {
                    if (skipped.count > 0) {
                        problems.add(skipped.problem(name(records)));
                    }
                    skipped = null;
                }
            } catch (RuleViolationException | IllegalArgumentException | ArithmeticException e) {
                boolean unopened = e instanceof RuleViolationException v && v.rule() == org.avec.Rule.MEETING_ORDER
                        && row.event().meeting() > cycle.meeting();
                if (unopened && skipped != null) {
                    skipped.add(row.line());
                    continue;
                }
                if (unopened) {
                    skipped = new Skipped(cycle.meeting() + 1);
                }
                // the event is left out and the check goes on, so that every inconsistency is named
                problems.add(new Problem(name(records), row.line(), e.getMessage()));
            }
        }
        if (skipped != null && skipped.count > 0) {
            problems.add(skipped.problem(name(records)));
        }
        if (!problems.isEmpty()) {
            return fail(problems);
        }
        ShareOut shareOut;
        try {
            shareOut = cycle.shareOut();
        } catch (RuleViolationException e) {
            problems.add(new Problem(name(records), lastLine, "no share-out after the last row: " + e.getMessage()));
            return fail(problems);
        }
        out.printf("avec-audit: %d events over %d meetings, %d members; every event agrees with the constitution.%n%n",
                read.rows().size(), cycle.meeting(), cycle.members().size());
        out.print(Statement.of(shareOut, language));
        if (html != null) {
            try {
                java.nio.file.Files.writeString(html, org.avec.examples.sheet.Sheet.html(shareOut, language),
                        java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException | RuntimeException e) {
                err.println("avec-audit: " + html + ": the sheet could not be written: " + e.getMessage());
                return INVALID;
            }
            out.printf("%navec-audit: the share-out sheet is in %s%n", html);
        }
        if (paid == null) {
            return OK;
        }
        return compare(shareOut, paid);
    }

    /** The rows left unchecked after a meeting that could not be opened, counted instead of each reported. */
    private static final class Skipped {
        final int meeting;
        int count;
        int first;
        int last;

        Skipped(int meeting) {
            this.meeting = meeting;
        }

        void add(int line) {
            first = count == 0 ? line : first;
            last = line;
            count++;
        }

        Problem problem(String file) {
            return new Problem(file, first, count + (count == 1 ? " more row" : " more rows") + " (lines " + first
                    + " to " + last + ") could not be checked: meeting " + meeting + " was never opened (see the "
                    + "problem above)");
        }
    }

    private int compare(ShareOut s, Map<String, PayoutsFile.Paid> paid) {
        Statement.Phrases say = Statement.phrases(language, digits);
        String file = name(payouts);
        out.println();
        out.print(say.line("compare.header", file, s.loanFundCash().getCurrency().getCurrencyCode()));
        int differences = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (ShareOutLine line : s.lines()) {
            BigDecimal due = big(line.net());
            PayoutsFile.Paid p = paid.get(line.member().value());
            if (p == null) {
                differences++;
                out.print(say.line("compare.missing", SafeText.of(line.member().value()), SafeText.of(line.name()), file, due));
                continue;
            }
            total = total.add(p.amount());
            int cmp = p.amount().compareTo(due);
            if (cmp != 0) {
                differences++;
                out.print(say.line(cmp > 0 ? "compare.tooMuch" : "compare.tooLittle", SafeText.of(line.member().value()), SafeText.of(line.name()),
                        p.amount(), p.line(), due, p.amount().subtract(due).abs()));
            }
        }
        for (Map.Entry<String, PayoutsFile.Paid> e : paid.entrySet()) {
            boolean member = s.lines().stream().anyMatch(l -> l.member().equals(MemberId.of(e.getKey())));
            if (!member) {
                differences++;
                total = total.add(e.getValue().amount());
                out.print(say.line("compare.notMember", SafeText.of(e.getKey()), e.getValue().amount(), e.getValue().line()));
            }
        }
        out.print(say.line("compare.total", total, big(s.totalPaidOut())));
        if (differences == 0) {
            out.print(say.line("compare.allMatch", s.lines().size()));
            return OK;
        }
        out.print(differences == 1 ? say.line("compare.differOne") : say.line("compare.differMany", differences));
        return PAYOUTS_DIFFER;
    }

    private int fail(List<Problem> problems) {
        List<String> order = new ArrayList<>();
        for (Path p : new Path[] {constitution, records, payouts}) {
            order.add(p == null ? "" : name(p));
        }
        problems.sort(java.util.Comparator.comparingInt((Problem p) -> order.indexOf(p.file())).thenComparingInt(Problem::line));
        for (Problem p : problems) {
            err.println(p);
        }
        err.printf("avec-audit: %d problem%s found; no share-out is reported.%n", problems.size(),
                problems.size() == 1 ? "" : "s");
        return INVALID;
    }

    /**
     * The longest line a file may have, in characters. A records row is under 200 characters; a longer line is
     * refused at its number without being read whole, so that one damaged line cannot fill the memory.
     */
    static final int LONGEST_LINE = 10_000;

    /** The file's lines (ends of line LF, CRLF or CR), each line longer than {@link #LONGEST_LINE} refused and left empty. */
    static List<String> lines(Path file, List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        try (java.io.Reader in = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()), 1 << 16)) {
            StringBuilder line = new StringBuilder();
            boolean tooLong = false;
            boolean afterCr = false;
            for (int c = in.read(); c != -1; c = in.read()) {
                boolean lf = c == '\n';
                if (lf && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = c == '\r';
                if (lf || afterCr) {
                    lines.add(ended(file, lines.size() + 1, line, tooLong, problems));
                    tooLong = false;
                } else if (line.length() == LONGEST_LINE) {
                    tooLong = true;
                    line.setLength(0);
                } else if (!tooLong) {
                    line.append((char) c);
                }
            }
            if (line.length() > 0 || tooLong) {
                lines.add(ended(file, lines.size() + 1, line, tooLong, problems));
            }
            return lines;
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(new Problem(name(file), 0, "is not UTF-8 text"));
        } catch (IOException e) {
            problems.add(new Problem(name(file), 0, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
        return List.of();
    }

    private static String ended(Path file, int number, StringBuilder line, boolean tooLong, List<Problem> problems) {
        if (tooLong) {
            problems.add(new Problem(name(file), number, "the line is longer than " + LONGEST_LINE
                    + " characters; it is not read (no row of these files is that long)"));
        }
        String text = line.toString();
        line.setLength(0);
        return text;
    }

    private static String name(Path p) {
        return p.toString();
    }

    private static BigDecimal big(javax.money.MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class);
    }

}

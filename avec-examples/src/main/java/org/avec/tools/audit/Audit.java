package org.avec.tools.audit;

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
import org.avec.Ledger;
import org.avec.MemberId;
import org.avec.RuleViolationException;
import org.avec.ShareOut;
import org.avec.ShareOutLine;
import org.avec.SafeText;
import org.avec.tools.statement.Statement;
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
@Command(name = "avec-audit", mixinStandardHelpOptions = true, versionProvider = org.avec.tools.Version.class,
        description = "Checks a savings group's records against its constitution and prints the share-out.%n"
                + "Exit codes: 0 consistent, 1 payouts differ, 2 usage, 3 wrong or unreadable files.",
        sortOptions = false)
public final class Audit implements Callable<Integer> {

    /** Why no sheet is written for records that stop before the share-out. */
    public static final String NO_SHEET_YET = "no share-out sheet is written: the sheet is printed at the share-out"
            + " meeting, and these records stop before it";

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

    @Option(names = {"-m", "--merge"}, paramLabel = "FILE",
            description = "another device's records of the same group (with the entry column): merged with -r first;"
                    + " the same entry on both counts once, conflicting entries and meetings are named")
    Path merge;

    @Option(names = {"-p", "--payouts"}, paramLabel = "FILE",
            description = "what the group paid each member at share-out: CSV member,amount")
    Path payouts;

    @Option(names = {"-l", "--language", "--locale"}, paramLabel = "TAG", defaultValue = "en",
            description = "language of the statement, e.g. en, fr-MA, ar-MA (default: ${DEFAULT-VALUE})")
    String locale;

    @Option(names = {"--html"}, paramLabel = "FILE",
            description = "also write the printable share-out sheet (HTML, A4) to FILE, in the language of -l")
    Path html;

    @Option(names = {"--force"}, description = "replace the --html file if it exists (never one of the files read)")
    boolean force;

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
        org.avec.tools.QuietMoneta.please();
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
        return run("avec-audit", out, err, args);
    }

    /**
     * The check's command as it stands on its own, for {@code avec}'s help and completion.
     *
     * @return the command line, not yet run
     */
    public static CommandLine command() {
        return new CommandLine(new Audit());
    }

    /**
     * Runs the check under a name ({@code avec audit}, or {@code avec-audit} on its own), printing to the writers.
     *
     * @param name the command's name in its usage message
     * @param out where the statement and the comparison go
     * @param err where problems go
     * @param args the command line, without the name
     * @return the exit code: {@link #OK}, {@link #PAYOUTS_DIFFER}, {@link #USAGE} or {@link #INVALID}
     */
    public static int run(String name, PrintWriter out, PrintWriter err, String... args) {
        Audit audit = new Audit();
        audit.out = out;
        audit.err = err;
        return org.avec.tools.Commands.execute(audit, name, out, err, INVALID, args);
    }

    @Override
    public Integer call() {
        try {
            language = Statement.locale(locale);
        } catch (IllegalArgumentException e) {
            err.println("avec-audit: " + e.getMessage());
            return USAGE;
        }
        if (html != null) {
            String refused = OutputFile.refusal(html, java.util.Arrays.asList(constitution, records, merge, payouts), force);
            if (refused != null) {
                err.println("avec-audit: --html " + refused);
                return USAGE;
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> constitutionLines = lines(constitution, problems, notes);
        List<String> recordLines = lines(records, problems, notes);
        List<String> mergeLines = merge == null ? List.of() : lines(merge, problems, notes);
        List<String> payoutLines = payouts == null ? List.of() : lines(payouts, problems, notes);
        for (Path p : new Path[] {records, merge, payouts}) {
            String dialect = p == null ? "" : Csv.dialect(p == records ? recordLines : p == merge ? mergeLines
                    : payoutLines).words();
            if (!dialect.isEmpty()) {
                notes.add(name(p) + " is " + dialect);
            }
        }
        // how the files were read, when a spreadsheet saved them otherwise than the auditor's own format: said first
        for (String note : notes) {
            out.println("avec-audit: " + org.avec.SafeText.of(note) + ".");
        }
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
        RecordsFile.Read other = merge == null ? null
                : RecordsFile.read(name(merge), mergeLines, rules.constitution(), problems);
        Map<String, PayoutsFile.Paid> paid = payouts == null ? null
                : PayoutsFile.read(name(payouts), payoutLines, rules.constitution().currency(), problems);
        // the events are replayed even when some rows could not be read, so that every inconsistency is named
        // at once; a row that could not be read is simply missing from the replay
        Ledger ledger = RecordsReplay.replay(name(records), read, rules, problems, false);
        if (other != null) {
            Ledger second = RecordsReplay.replay(name(merge), other, rules, problems, false);
            if (!read.identities() || !other.identities()) {
                problems.add(new Problem(name(read.identities() ? merge : records), 1, "records are merged by their"
                        + " entries' identities: the header needs the entry column ('" + RecordsFile.HEADER_WITH_ENTRIES
                        + "')"));
            } else if (ledger != null && second != null && problems.isEmpty()) {
                ledger = merged(ledger, second, read, other, problems);
            }
        }
        if (ledger == null || !problems.isEmpty()) {
            return fail(problems);
        }
        Cycle cycle = ledger.cycle();
        int events = ledger.entries().size();
        if (cycle.meeting() < cycle.constitution().meetings()) {
            return position(ledger, paid);
        }
        ShareOut shareOut;
        try {
            shareOut = cycle.shareOut();
        } catch (RuleViolationException e) {
            int lastLine = read.rows().isEmpty() ? 0 : read.rows().get(read.rows().size() - 1).line();
            problems.add(new Problem(name(records), lastLine, "no share-out after the last row: " + e.getMessage()));
            return fail(problems);
        }
        int first = cycle.opening().firstMeeting();
        out.printf("avec-audit: %d events over %s, %d members; every event agrees with the constitution.%n", events,
                first == 1 ? cycle.meeting() + " meetings" : "meetings " + first + " to " + cycle.meeting()
                        + " (the books opened at meeting " + first + ")", cycle.members().size());
        corrections(ledger);
        out.println();
        out.print(Statement.of(shareOut, language));
        if (html != null) {
            try {
                OutputFile.write(html, org.avec.tools.sheet.Sheet.html(shareOut, language, ledger.corrections()));
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

    /**
     * Records that stop before the share-out: an auditor checks a group at any visit. The group's position at its last
     * meeting: each member's savings and what she owes, and what she would receive if the cycle were shared out today.
     */
    private int position(Ledger ledger, Map<String, PayoutsFile.Paid> paid) {
        Cycle cycle = ledger.cycle();
        out.printf("avec-audit: %d events over meetings %d to %d of %d, %d members; every event agrees with the"
                + " constitution.%n", ledger.entries().size(), cycle.opening().firstMeeting(), cycle.meeting(),
                cycle.constitution().meetings(), cycle.members().size());
        out.printf("The records stop at meeting %d, before the share-out at meeting %d: the group's position now.%n",
                cycle.meeting(), cycle.constitution().meetings());
        if (html != null) {
            out.printf("avec-audit: %s%n", NO_SHEET_YET);
        }
        corrections(ledger);
        out.println();
        out.printf(Locale.ROOT, "%-12s %-16s %7s %12s %12s %12s%n", "Member", "Name", "Shares", "Savings", "Owes",
                "If today");
        ShareOut today = cycle.shareOutToday();
        for (org.avec.MemberAccount a : cycle.members()) {
            if (!a.isActive()) {
                continue;
            }
            String ifToday = today.lines().stream().filter(l -> l.member().equals(a.id())).findFirst()
                    .map(l -> plain(l.net())).orElse("-");
            out.printf(Locale.ROOT, "%-12s %-16s %7d %12s %12s %12s%n", cut(SafeText.of(a.id().value()), 12),
                    cut(SafeText.of(a.name()), 16), a.shares(), plain(a.savings()),
                    plain(a.owedOnLoans().add(a.finesOwed())), ifToday);
        }
        out.printf("Loan fund cash %s, loans outstanding %s, social fund %s.%n", plain(cycle.loanFund()),
                plain(cycle.loansOutstanding()), plain(cycle.socialFund()));
        out.println("'If today': what each member would receive if the cycle were shared out now, by the"
                + " constitution's share-out rule, with everything owed counted as repaid and deducted from her part;"
                + " a negative figure is what she would still pay in.");
        if (paid != null) {
            out.printf("avec-audit: payouts are compared at the share-out (meeting %d); %s is not compared.%n",
                    cycle.constitution().meetings(), name(payouts));
        }
        return OK;
    }

    /** The corrections and voids in the record, each with who decided and why: the trail an auditor reads. */
    private void corrections(Ledger ledger) {
        for (String line : Statement.correctionLines(ledger.corrections(), language)) {
            out.println(line);
        }
    }

    /** The two devices' records merged, or null with each conflict named at its line in each file. */
    private Ledger merged(Ledger a, Ledger b, RecordsFile.Read readA, RecordsFile.Read readB, List<Problem> problems) {
        Ledger.Merged m = Ledger.merge(a, b);
        if (m.conflicts().isEmpty()) {
            return m.ledger().orElseThrow();
        }
        Map<String, Integer> linesA = new java.util.HashMap<>();
        readA.rows().forEach(r -> linesA.put(r.entry().id(), r.line()));
        Map<String, Integer> linesB = new java.util.HashMap<>();
        readB.rows().forEach(r -> linesB.put(r.entry().id(), r.line()));
        for (Ledger.Conflict c : m.conflicts()) {
            int lineA = c.first().map(e -> linesA.getOrDefault(e.id(), 0)).orElse(0);
            int lineB = c.second().map(e -> linesB.getOrDefault(e.id(), 0)).orElse(0);
            String where = lineB > 0 ? " (the other version: " + name(merge) + ":" + lineB + ")" : "";
            problems.add(new Problem(lineA > 0 || lineB == 0 ? name(records) : name(merge), lineA > 0 ? lineA : lineB,
                    "merging the two devices' records: " + c.what() + (lineA > 0 ? where : "")));
        }
        return null;
    }

    private String plain(javax.money.MonetaryAmount a) {
        return big(a).setScale(digits, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
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
            if (p.shares() >= 0 && p.shares() != line.shares()) {
                // the sheet's shares, where it has them, are checked against the records' too
                differences++;
                out.print(say.line("compare.shares", SafeText.of(line.member().value()), SafeText.of(line.name()),
                        p.shares(), p.line(), line.shares()));
            }
            if (p.savings() != null && p.savings().compareTo(big(line.savings())) != 0) {
                // and its savings, where it has them
                differences++;
                out.print(say.line("compare.savings", SafeText.of(line.member().value()), SafeText.of(line.name()),
                        p.savings(), p.line(), big(line.savings())));
            }
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
        out.print(say.count("compare.differ", differences));
        return PAYOUTS_DIFFER;
    }

    private int fail(List<Problem> problems) {
        List<String> order = new ArrayList<>();
        for (Path p : new Path[] {constitution, records, merge, payouts}) {
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

    /** The largest file read, in bytes: 512 MB, about five million records rows. */
    static final long LARGEST_FILE = 512L * 1024 * 1024;

    /** The file's lines (ends of line LF, CRLF or CR), each line longer than {@link #LONGEST_LINE} refused and left empty. */
    static List<String> lines(Path file, List<Problem> problems) {
        return lines(file, problems, new ArrayList<>());
    }

    /**
     * The file's lines, read as a spreadsheet may have saved it: UTF-8 (with or without a byte-order mark), UTF-16 with
     * a byte-order mark, or, if it is not UTF-8, Windows-1252 (what Excel writes on a French or English Windows). How it
     * was read, when not as UTF-8, is added to {@code notes}, for the first line of the report; a file that is none of
     * these is a problem naming its first line that is not UTF-8.
     *
     * @param file the file
     * @param problems where problems are added
     * @param notes where a note on the encoding used is added
     * @return the lines, or an empty list after a problem with the whole file
     */
    static List<String> lines(Path file, List<Problem> problems, List<String> notes) {
        try {
            if (!Files.isRegularFile(file)) {
                problems.add(new Problem(name(file), 0, Files.exists(file)
                        ? "is not a regular file (a folder, a pipe or a device): only files are read"
                        : FilePaths.missing(file)));
                return new ArrayList<>();
            }
            if (Files.size(file) > LARGEST_FILE) {
                problems.add(new Problem(name(file), 0, "is " + Files.size(file) / (1024 * 1024) + " MB, more than the "
                        + LARGEST_FILE / (1024 * 1024) + " MB a group's file may have (about 5 million rows): not read"));
                return new ArrayList<>();
            }
            byte[] start = new byte[2];
            int got;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                got = in.readNBytes(start, 0, 2);
            }
            boolean utf16 = got == 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
                    || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE));
            List<String> lines = new ArrayList<>();
            List<Problem> found = new ArrayList<>();
            int bad = read(file, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8, lines, found);
            if (bad == 0) {
                if (utf16) {
                    notes.add(name(file) + " was read as UTF-16 (its byte-order mark says so)");
                }
                problems.addAll(found);
                return lines;
            }
            if (utf16) {
                problems.add(new Problem(name(file), 0, "says it is UTF-16 text (its byte-order mark), but line "
                        + firstBadLine(file, StandardCharsets.UTF_16) + " is not: save it again as UTF-8"));
                return new ArrayList<>();
            }
            bad = firstBadLine(file, StandardCharsets.UTF_8);
            lines.clear();
            found.clear();
            int bad1252 = read(file, java.nio.charset.Charset.forName("windows-1252"), lines, found);
            if (bad1252 == 0) {
                notes.add(name(file) + " is not UTF-8 (line " + bad + " is the first that is not): it was read as"
                        + " Windows-1252, as a spreadsheet on Windows saves it");
                problems.addAll(found);
                return lines;
            }
            problems.add(new Problem(name(file), 0, "is neither UTF-8 text (line " + bad + " is the first that is not)"
                    + " nor Windows-1252 (line " + firstBadLine(file, java.nio.charset.Charset.forName("windows-1252"))
                    + " is not): save it as UTF-8 (in a spreadsheet, CSV UTF-8)"));
        } catch (IOException | SecurityException e) {
            problems.add(new Problem(name(file), 0, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + ")"));
        }
        return new ArrayList<>();
    }

    /**
     * The first line of the file that is not text in {@code charset}, counted by its line feeds up to the first byte
     * that cannot be read (a reader reads ahead, so this is found on the bytes themselves).
     */
    private static int firstBadLine(Path file, java.nio.charset.Charset charset) throws IOException {
        java.nio.charset.CharsetDecoder decoder = charset.newDecoder();
        java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(1 << 16);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1 << 16);
        int line = 1;
        try (java.nio.channels.ReadableByteChannel ch = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = ch.read(in) < 0;
                in.flip();
                java.nio.charset.CoderResult r = decoder.decode(in, out, end);
                if (r.isError()) {
                    // the text read before the bad byte: its line feeds, as decoded
                    out.flip();
                    line += count(out, '\n');
                    return line;
                }
                out.flip();
                line += count(out, '\n');
                out.clear();
                in.compact();
                if (end) {
                    break;
                }
            }
        }
        return line; // every byte is text in this charset: not asked for such a file
    }

    private static int count(java.nio.CharBuffer text, char c) {
        int n = 0;
        for (int i = text.position(); i < text.limit(); i++) {
            n += text.get(i) == c ? 1 : 0;
        }
        return n;
    }

    /**
     * Reads the file's lines in one encoding into {@code lines}, its problems into {@code problems}.
     *
     * @return 0 when every byte was text in that encoding; else the line whose bytes are not
     */
    private static int read(Path file, java.nio.charset.Charset charset, List<String> lines, List<Problem> problems)
            throws IOException {
        if (Files.size(file) <= WHOLE_FILE) {
            return readWhole(file, charset, lines, problems);
        }
        return readStreaming(file, charset, lines, problems);
    }

    /** {@link #read} a block of characters at a time, for a file larger than {@link #WHOLE_FILE}. */
    static int readStreaming(Path file, java.nio.charset.Charset charset, List<String> lines, List<Problem> problems)
            throws IOException {
        long read = 0;
        // read in blocks, not a character at a time (a reader's read() takes a lock at every call)
        try (java.io.Reader in = new java.io.InputStreamReader(Files.newInputStream(file), charset.newDecoder())) {
            StringBuilder line = new StringBuilder();
            boolean tooLong = false;
            boolean afterCr = false;
            char[] block = new char[1 << 14];
            int got;
            while ((got = in.read(block)) >= 0) {
                for (int k = 0; k < got; k++) {
                    char c = block[k];
                    if (++read > LARGEST_FILE) {
                        // the file grew while it was read: stop at the bound, whatever the file does
                        problems.add(new Problem(name(file), lines.size() + 1, "the file goes on past " + LARGEST_FILE
                                / (1024 * 1024) + " MB while it is read: not read further"));
                        lines.clear();
                        return 0;
                    }
                    boolean lf = c == '\n';
                    if (lf && afterCr) {
                        afterCr = false;
                        continue;
                    }
                    afterCr = c == '\r';
                    if (c == 0) {
                        // no text file of the group holds a NUL: a damaged copy, or not a text file at all
                        problems.add(new Problem(name(file), 0, "is not a text file: it holds a NUL byte (line "
                                + (lines.size() + 1) + "); a file damaged in copying, or not one of the group's files"));
                        lines.clear();
                        return 0;
                    }
                    if (lf || afterCr) {
                        lines.add(ended(file, lines.size() + 1, line, tooLong, problems));
                        tooLong = false;
                    } else if (line.length() == LONGEST_LINE) {
                        tooLong = true;
                        line.setLength(0);
                    } else if (!tooLong) {
                        line.append(c);
                    }
                }
            }
            if (line.length() > 0 || tooLong) {
                lines.add(ended(file, lines.size() + 1, line, tooLong, problems));
            }
            return 0;
        } catch (java.nio.charset.CharacterCodingException e) {
            return lines.size() + 1;
        }
    }

    /** The largest file read whole, decoded at once and split at its line breaks: 8 MB (a group's file is ~50 KB). */
    static final long WHOLE_FILE = 8L * 1024 * 1024;

    /**
     * {@link #read} for a file of at most {@link #WHOLE_FILE}: the same lines and problems, from one decoding of the
     * whole file rather than a character at a time.
     */
    static int readWhole(Path file, java.nio.charset.Charset charset, List<String> lines, List<Problem> problems)
            throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > LARGEST_FILE) {
            problems.add(new Problem(name(file), 1, "the file goes on past " + LARGEST_FILE / (1024 * 1024)
                    + " MB while it is read: not read further"));
            return 0;
        }
        String text = null;
        if (charset.name().equals("UTF-8")) {
            // the JDK's own UTF-8 decoding (the fast path) replaces a bad sequence by U+FFFD: where one shows, the
            // strict decoder below says whether the file really is UTF-8
            text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                text = null;
            }
        }
        if (text == null) {
            try {
                text = charset.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return 1;
            }
        }
        int n = text.length();
        int nul = text.indexOf(0);
        boolean cr = text.indexOf('\r') >= 0;
        int start = 0;
        while (start < n) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? n : end;
            if (cr) {
                int r = text.indexOf('\r', start);
                end = r >= 0 && r < end ? r : end;
            }
            if (nul >= start && nul < end) {
                problems.add(new Problem(name(file), 0, "is not a text file: it holds a NUL byte (line "
                        + (lines.size() + 1) + "); a file damaged in copying, or not one of the group's files"));
                lines.clear();
                return 0;
            }
            if (end - start > LONGEST_LINE) {
                problems.add(new Problem(name(file), lines.size() + 1, "the line is longer than " + LONGEST_LINE
                        + " characters; it is not read (no row of these files is that long)"));
                lines.add("");
            } else if (end < n || end > start) {
                lines.add(text.substring(start, end));
            }
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return 0;
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

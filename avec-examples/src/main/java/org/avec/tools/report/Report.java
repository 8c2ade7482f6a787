package org.avec.tools.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.SafeText;
import org.avec.tools.audit.GroupFiles;
import org.avec.tools.statement.Statement;
import org.avec.indicators.Indicators;
import org.avec.indicators.ProgrammeReport;
import org.avec.indicators.Ratio;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code avec-report}: a programme's results from the records of its groups. The folder holds {@code programme.csv}
 * ({@code group,programme,region,province,cooperatives}, one row per group; see {@link ProgrammeFile}) and, for each
 * group, a folder of its name with the auditor's {@code constitution.properties} and {@code records.csv}. Every group
 * is read and replayed on all cores; the report gives the whole, each programme (where there are several), each
 * region and each group, in English, French or Arabic, and
 * {@code --csv} writes the same figures for a spreadsheet. A group whose files cannot be read is named with its first
 * problem and left out of the sums. Exit codes: 0 all groups reported, 1 some left out, 2 wrong usage or no
 * programme file.
 */
@Command(name = "avec-report", mixinStandardHelpOptions = true, versionProvider = org.avec.tools.Version.class,
        description = "Reports a programme's indicators from the records of its savings groups.")
public final class Report implements Callable<Integer> {

    /**
     * The header of a programme's {@code programme.csv}: one row per group with its folder's name, programme, region,
     * province and the cooperatives it founded.
     */
    public static final String PROGRAMME_HEADER = ProgrammeFile.HEADER;


    /** Every group reported. */
    public static final int OK = 0;
    /** Some groups could not be read and are left out (named on standard error). */
    public static final int SOME_LEFT_OUT = 1;
    /** Wrong usage, or the programme file cannot be read. */
    public static final int USAGE = 2;

    @Option(names = {"-d", "--programme"}, required = true, paramLabel = "FOLDER",
            description = "the programme's folder: programme.csv and one folder per group")
    Path folder;

    @Option(names = {"-l", "--language", "--locale"}, defaultValue = "en", paramLabel = "TAG",
            description = "en, fr or ar, alone or with a region (fr-MA); default en")
    String language;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write every figure as CSV to FILE")
    Path csv;

    @Option(names = "--force", description = "replace the --csv file if it exists (never one of the files read)")
    boolean force;

    private PrintWriter out;
    private PrintWriter err;

    /**
     * Runs the report from the command line.
     *
     * @param args the arguments, see {@code --help}
     */
    public static void main(String... args) {
        org.avec.tools.QuietMoneta.please();
        PrintWriter o = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter e = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(o, e, args));
    }

    /**
     * Runs the report, writing to the given streams.
     *
     * @param out where the report goes
     * @param err where problems go
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run("avec-report", out, err, args);
    }

    /**
     * The report's command as it stands on its own, for {@code avec}'s help and completion.
     *
     * @return the command line, not yet run
     */
    public static CommandLine command() {
        return new CommandLine(new Report());
    }

    /**
     * Runs the report under a name ({@code avec report}, or {@code avec-report} on its own).
     *
     * @param name the command's name in its usage message
     * @param out where the report goes
     * @param err where problems go
     * @param args the arguments, without the name
     * @return the exit code
     */
    public static int run(String name, PrintWriter out, PrintWriter err, String... args) {
        Report r = new Report();
        r.out = out;
        r.err = err;
        return org.avec.tools.Commands.execute(r, name, out, err, USAGE, args);
    }

    /** One row of programme.csv. */
    record Entry(String group, String programme, String region, String province, long cooperatives) {}

    /** A group as read: its report line, or the text of the problem that kept it out. */
    record Read(ProgrammeReport.Group group, String problem, BigDecimal datedReturn) {
        Read(ProgrammeReport.Group group, String problem) {
            this(group, problem, null);
        }
    }

    @Override
    public Integer call() {
        Locale locale;
        try {
            locale = Statement.locale(language);
        } catch (IllegalArgumentException e) {
            err.println("avec-report: " + e.getMessage());
            return USAGE;
        }
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!ProgrammeFile.read(folder.resolve("programme.csv"), entries, problems)) {
            problems.forEach(p -> err.println("avec-report: " + p));
            return USAGE;
        }
        if (csv != null) {
            // every file the report reads, so that the CSV can never replace one of them
            List<Path> inputs = new ArrayList<>(List.of(folder.resolve("programme.csv")));
            for (Entry e : entries) {
                try {
                    inputs.add(folder.resolve(e.group()).resolve("constitution.properties"));
                    inputs.add(folder.resolve(e.group()).resolve("records.csv"));
                } catch (java.nio.file.InvalidPathException x) {
                    // a name the system cannot spell is reported with its group
                }
            }
            String refused = org.avec.tools.audit.OutputFile.refusal(csv, inputs, force);
            if (refused != null) {
                err.println("avec-report: --csv " + refused);
                return USAGE;
            }
        }
        // every group read and replayed on every core; the reports are then added up, in parallel too
        List<Read> read = entries.parallelStream().map(this::group).toList();
        List<ProgrammeReport.Group> groups = new ArrayList<>();
        Map<String, BigDecimal> datedReturns = new java.util.HashMap<>();
        List<String> leftOut = new ArrayList<>();
        for (Read r : read) {
            if (r.group() != null) {
                groups.add(r.group());
                if (r.datedReturn() != null) {
                    datedReturns.put(r.group().group(), r.datedReturn());
                }
            } else {
                leftOut.add(r.problem());
            }
        }
        if (groups.isEmpty()) {
            leftOut.forEach(err::println);
            err.println("avec-report: no group could be read");
            return SOME_LEFT_OUT;
        }
        // the groups are added up in one currency: the one most groups keep (the first in programme.csv on a tie); a
        // group in another currency is named and left out, in the order of programme.csv
        Map<CurrencyUnit, Integer> count = new java.util.LinkedHashMap<>();
        groups.forEach(g -> count.merge(g.indicators().currency(), 1, Integer::sum));
        CurrencyUnit currency = count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        for (java.util.Iterator<ProgrammeReport.Group> it = groups.iterator(); it.hasNext();) {
            ProgrammeReport.Group g = it.next();
            if (!g.indicators().currency().equals(currency)) {
                leftOut.add("  " + SafeText.of(g.group()) + ": keeps its money in " + g.indicators().currency()
                        .getCurrencyCode() + ", not " + currency.getCurrencyCode() + " as most groups of the programme"
                        + " do: groups are added up in one currency");
                it.remove();
            }
        }
        ProgrammeReport report;
        try {
            report = ProgrammeReport.of(currency, groups);
        } catch (IllegalArgumentException e) {
            err.println("avec-report: " + e.getMessage());
            return USAGE;
        }
        Words words = new Words(locale);
        out.print(words.report(report, groups, datedReturns));
        if (!leftOut.isEmpty()) {
            err.println(words.say("skipped", leftOut.size()));
            leftOut.forEach(err::println);
        }
        if (csv != null) {
            try {
                org.avec.tools.audit.OutputFile.write(csv, Csv.of(report, groups, datedReturns));
            } catch (IOException e) {
                err.println("avec-report: " + csv + ": cannot be written (" + e.getMessage() + ")");
                return USAGE;
            }
        }
        return leftOut.isEmpty() ? OK : SOME_LEFT_OUT;
    }

    /**
     * A group read into its report line, or the text of its first problem. It runs on the common pool's threads,
     * whose context class loader is the system one: Moneta finds its currencies through the context class loader, so
     * it is set to the one that loaded avec (under {@code mvn exec:java} that is Maven's, and without this every group
     * failed with "unknown currency 'MAD'").
     */
    private Read group(Entry e) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(Report.class.getClassLoader());
        try {
            return read(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private Read read(Entry e) {
        Path dir;
        try {
            dir = folder.resolve(e.group());
        } catch (java.nio.file.InvalidPathException x) {
            return new Read(null, "  " + SafeText.of(e.group()) + ": the folder's name cannot be spelt in this system's"
                    + " language setting; " + org.avec.tools.audit.FilePaths.UTF8_ADVICE);
        }
        GroupFiles.Result r = GroupFiles.read(dir.resolve("constitution.properties"), dir.resolve("records.csv"));
        if (r.cycle() == null) {
            return new Read(null, "  " + SafeText.of(e.group()) + ": " + r.problems().get(0));
        }
        long members = r.cycle().members().stream().filter(org.avec.MemberAccount::isActive).count();
        if (e.cooperatives() > members) {
            return new Read(null, "  " + SafeText.of(e.group()) + ": programme.csv gives " + e.cooperatives()
                    + " cooperatives for a group of " + members + " members: at most one for each member");
        }
        return new Read(new ProgrammeReport.Group(e.group(), e.programme(), e.region(), e.province(),
                Indicators.of(r.cycle()).withCooperatives(e.cooperatives())), null, datedReturn(r.cycle()));
    }

    /**
     * The group's return on its members' dated cash flows, a year (CashFlowReturns): only for a group at its share-out
     * meeting whose cycle can be shared out; null otherwise (the report shows "–").
     */
    static BigDecimal datedReturn(org.avec.Cycle cycle) {
        if (cycle.meeting() != cycle.constitution().meetings()) {
            return null;
        }
        try {
            return org.avec.indicators.CashFlowReturns.ofGroup(cycle).map(r -> r.perYear()).orElse(null);
        } catch (org.avec.RuleViolationException notYet) {
            return null;
        }
    }

    /** The report's words and numbers in one language. */
    static final class Words {
        private final ResourceBundle bundle;
        private final Locale locale;
        private final NumberFormat whole;
        private final NumberFormat amounts;

        Words(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle("org.avec.tools.report.Report", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            this.whole = NumberFormat.getIntegerInstance(locale);
            this.amounts = NumberFormat.getNumberInstance(locale);
        }

        /**
         * A sentence of the report in its language. The words are ICU message patterns, so that a count takes the
         * form its language gives it ({@code {0, plural, one{# group} other{# groups}}}; Arabic has six forms, and
         * after 11 to 99 the noun is singular); numbers are written in the language's digits.
         */
        String say(String key, Object... args) {
            return new com.ibm.icu.text.MessageFormat(bundle.getString(key), org.avec.tools.statement.Statement
                    .sameDigits(locale)).format(args);
        }

        String report(ProgrammeReport report, List<ProgrammeReport.Group> groups, Map<String, BigDecimal> datedReturns) {
            StringBuilder sb = new StringBuilder();
            Indicators t = report.total();
            sb.append(say("title", t.groups(), t.members())).append("\n\n");
            block(sb, say("whole"), t);
            if (report.byProgramme().size() > 1) {
                for (Map.Entry<String, Indicators> p : report.byProgramme().entrySet()) {
                    block(sb, say("programme", SafeText.of(p.getKey())), p.getValue());
                }
            }
            for (Map.Entry<String, Indicators> r : report.byRegion().entrySet()) {
                block(sb, say("region", SafeText.of(r.getKey())), r.getValue());
            }
            sb.append("== ").append(say("each")).append(" ==\n").append(say("groupHeader")).append('\n');
            for (ProgrammeReport.Group g : groups.stream().sorted(java.util.Comparator.comparing(ProgrammeReport.Group::group))
                    .toList()) {
                Indicators i = g.indicators();
                BigDecimal dated = datedReturns.get(g.group());
                sb.append(String.join(" | ", SafeText.of(g.group()), SafeText.of(g.region()),
                        whole.format(i.members()), money(i.savings()), money(i.netWorth()),
                        percent(i.returnOnSavings()), dated == null ? "–" : fixed(dated.movePointRight(2)) + " %",
                        percent(i.portfolioAtRisk()), percent(i.attendance()))).append('\n');
            }
            sb.append('\n').append(say("datedNote")).append('\n');
            return sb.toString();
        }

        private void block(StringBuilder sb, String title, Indicators i) {
            sb.append("== ").append(title).append(" ==\n");
            line(sb, say("groups"), whole.format(i.groups()));
            line(sb, say("members"), whole.format(i.members()));
            line(sb, "  " + say("women"), whole.format(i.women()) + "  (" + percent(i.womenShare()) + ")");
            line(sb, "  " + say("youth", Indicators.Settings.DEFAULTS.youthMaxAge()),
                    whole.format(i.youth()) + "  (" + percent(i.youthShare()) + ")");
            line(sb, say("perGroup"), fixed(i.membersPerGroup().value(2)));
            line(sb, say("savings"), money(i.savings()));
            line(sb, say("avgSavings"), money(i.averageSavings()));
            line(sb, say("disbursed"), money(i.loansDisbursed()) + "  (" + say("loans", i.loans(), i.borrowers()) + ")");
            line(sb, say("avgLoan"), money(i.averageLoan()));
            line(sb, say("outstanding"), money(i.loansOutstanding()));
            line(sb, say("agr"), whole.format(i.incomeGeneratingLoans()));
            line(sb, "  " + say("agrPerMember"), percent(i.incomeGeneratingLoansPerMember()));
            i.bySector().forEach((k, v) -> line(sb, "    " + SafeText.of(k),
                    whole.format(v.loans()) + "  " + money(v.principal())));
            line(sb, say("cooperatives"), whole.format(i.cooperatives()));
            if (i.cashBeyondTheBox().isPositive()) {
                line(sb, say("beyondTheBox"), money(i.cashBeyondTheBox()));
            }
            if (i.property().isPositive()) {
                line(sb, say("property"), money(i.property()));
            }
            if (i.liabilities().isPositive()) {
                line(sb, say("liabilities"), money(i.liabilities()));
            }
            line(sb, say("netWorth"), money(i.netWorth()));
            line(sb, say("ros"), percent(i.returnOnSavings()) + "  (" + say("annualised") + " "
                    + percent(i.returnOnSavingsAnnualised()) + ")");
            line(sb, say("roa"), percent(i.returnOnAssets()) + "  (" + say("annualised") + " "
                    + percent(i.returnOnAssetsAnnualised()) + ")");
            line(sb, say("utilisation"), percent(i.loanFundUtilisation()));
            line(sb, say("par", Indicators.Settings.DEFAULTS.parDays()), percent(i.portfolioAtRisk()));
            line(sb, "  " + say("parOriginal"), percent(i.portfolioAtRiskOfOriginalPrincipal()));
            line(sb, say("attendance"), percent(i.attendance()));
            line(sb, say("attendanceRecent", Indicators.Settings.DEFAULTS.attendanceMeetings()),
                    percent(i.attendanceRecent()));
            line(sb, say("dropout"), percent(i.dropOut()));
            line(sb, say("socialFund"), percent(i.socialFundShareOfAssets()));
            line(sb, say("writtenOffCount"), percent(i.writtenOffByCount()));
            line(sb, say("writtenOffValue"), percent(i.writtenOffByValue()));
            sb.append('\n');
        }

        private static void line(StringBuilder sb, String label, String value) {
            sb.append(label).append("  ");
            for (int n = Statement.width(label) + 2; n < 46; n++) {
                sb.append(' ');
            }
            sb.append(value).append('\n');
        }

        String percent(Ratio r) {
            return r.isDefined() ? fixed(r.percent()) + " %" : "–";
        }

        /** A number with exactly its two decimals, in the language's digits and separators. */
        String fixed(BigDecimal n) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(2);
            f.setMaximumFractionDigits(2);
            return f.format(n);
        }

        String money(MonetaryAmount a) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            int digits = Math.max(0, a.getCurrency().getDefaultFractionDigits());
            f.setMinimumFractionDigits(digits);
            f.setMaximumFractionDigits(digits);
            return f.format(a.getNumber().numberValue(BigDecimal.class)) + " " + a.getCurrency().getCurrencyCode();
        }
    }

    /**
     * The report's figures as CSV for a spreadsheet: one row for the whole ({@code all}), each programme, each region
     * and each group.
     */
    static final class Csv {
        private Csv() {}

        static final String HEADER = "level,name,programme,region,province,groups,members,women,youth,savings,loans_disbursed,"
                + "loans,borrowers,loans_outstanding,agr_loans,cooperatives,return_on_savings,return_on_savings_annualised,"
                + "return_on_assets,return_on_assets_annualised,loan_fund_utilisation,portfolio_at_risk,"
                + "portfolio_at_risk_original,attendance,attendance_recent,drop_out,women_share,youth_share,"
                + "social_fund_share_of_assets,written_off_by_count,written_off_by_value,average_savings,average_loan,"
                + "cash_beyond_the_box,property,liabilities,net_worth,return_on_cash_flows_annualised";

        static String of(ProgrammeReport report, List<ProgrammeReport.Group> groups, Map<String, BigDecimal> datedReturns) {
            StringBuilder sb = new StringBuilder(HEADER).append('\n');
            row(sb, "all", "", "", "", "", report.total(), null);
            report.byProgramme().forEach((k, v) -> row(sb, "programme", k, k, "", "", v, null));
            report.byRegion().forEach((k, v) -> row(sb, "region", k, "", k, "", v, null));
            for (ProgrammeReport.Group g : groups.stream().sorted(java.util.Comparator.comparing(ProgrammeReport.Group::group))
                    .toList()) {
                row(sb, "group", g.group(), g.programme(), g.region(), g.province(), g.indicators(),
                        datedReturns.get(g.group()));
            }
            return sb.toString();
        }

        private static void row(StringBuilder sb, String level, String name, String programme, String region,
                String province, Indicators i, BigDecimal datedReturn) {
            List<String> f = new ArrayList<>(List.of(level, cell(name), cell(programme), cell(region), cell(province),
                    Long.toString(i.groups()), Long.toString(i.members()), Long.toString(i.women()),
                    Long.toString(i.youth()), plain(i.savings()), plain(i.loansDisbursed()), Long.toString(i.loans()),
                    Long.toString(i.borrowers()), plain(i.loansOutstanding()), Long.toString(i.incomeGeneratingLoans()),
                    Long.toString(i.cooperatives())));
            for (Ratio r : List.of(i.returnOnSavings(), i.returnOnSavingsAnnualised(), i.returnOnAssets(),
                    i.returnOnAssetsAnnualised(), i.loanFundUtilisation(), i.portfolioAtRisk(),
                    i.portfolioAtRiskOfOriginalPrincipal(), i.attendance(), i.attendanceRecent(), i.dropOut(),
                    i.womenShare(), i.youthShare(), i.socialFundShareOfAssets(), i.writtenOffByCount(),
                    i.writtenOffByValue())) {
                f.add(r.isDefined() ? r.value().toPlainString() : "");
            }
            f.add(plain(i.averageSavings()));
            f.add(plain(i.averageLoan()));
            f.add(plain(i.cashBeyondTheBox()));
            f.add(plain(i.property()));
            f.add(plain(i.liabilities()));
            f.add(plain(i.netWorth()));
            // the dated-flow return is a group's own: a programme's is not the sum of its groups'
            f.add(datedReturn == null ? "" : datedReturn.setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString());
            sb.append(org.apache.commons.csv.CSVFormat.DEFAULT.format(f.toArray())).append('\n');
        }

        /** A text cell (quoted, where needed, by the CSV writer), with a leading = + - @ made harmless for spreadsheets. */
        static String cell(String s) {
            String t = SafeText.of(Objects.requireNonNull(s));
            return !t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0 ? "'" + t : t;
        }

        private static String plain(MonetaryAmount a) {
            return a.getNumber().numberValue(BigDecimal.class)
                    .setScale(Math.max(0, a.getCurrency().getDefaultFractionDigits())).toPlainString();
        }
    }
}

package org.avec.tools.ledgerlink;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.SafeText;
import org.avec.tools.audit.Audit;
import org.avec.tools.audit.OutputFile;
import org.avec.tools.audit.RecordsExport;
import org.avec.tools.ledgerlink.LedgerLinkDatabase.Finding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code avec ledgerlink}: reads a group's Ledger Link database (read-only), or the per-meeting JSON submissions the app
 * sends to its server, replays its cycle through avec, and prints each member's payout by Ledger Link's formula beside
 * avec's exact one, with what Ledger Link's formula leaves to nobody and why. Every data fault is located as
 * {@code ledgerlink:Table#_id: CODE message} (and, in submissions, at the file's line). {@code --emit DIR} writes the
 * cycle in avec's files (constitution, records, Ledger Link's payouts) so that the group can be audited and kept.
 */
@Command(name = "avec-ledgerlink", mixinStandardHelpOptions = true, versionProvider = org.avec.tools.Version.class,
        description = "Reads a Ledger Link database (read-only), or the JSON submissions the app sends, and compares"
                + " its share-out formula with avec's exact share-out, member by member.%n"
                + "Exit codes: 0 the payouts agree, 1 they differ (each named), 2 usage, 3 a fault in the records"
                + " (each located as ledgerlink:Table#_id: CODE).",
        sortOptions = false)
public final class LedgerLinkCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "the group's Ledger Link database (ledgerlinkdb), or a file of its JSON submissions")
    Path database;

    @Option(names = {"--cycle"}, paramLabel = "ID", description = "the cycle's _id (default: the last ended one)")
    Long cycle;

    @Option(names = {"--currency"}, paramLabel = "CODE", defaultValue = "UGX",
            description = "the group's currency: Ledger Link records none (default: ${DEFAULT-VALUE})")
    String currency;

    @Option(names = {"--ledgerlink-total"}, paramLabel = "AMOUNT",
            description = "the total the user typed on Ledger Link's share-out screen, if any")
    BigDecimal typedTotal;

    @Option(names = {"--emit"}, paramLabel = "DIR",
            description = "write constitution.properties, records.csv and ledgerlink-payouts.csv into DIR (new files)")
    Path emit;

    private PrintWriter out;
    private PrintWriter err;

    private LedgerLinkCommand() {}

    /**
     * The command as it stands on its own, for {@code avec}'s help and completion.
     *
     * @return the command line, not yet run
     */
    public static CommandLine command() {
        return new CommandLine(new LedgerLinkCommand());
    }

    /**
     * Runs the import.
     *
     * @param name the command's name in its usage message
     * @param out where the comparison goes
     * @param err where problems go
     * @param args the command line, without the name
     * @return the exit code (see the class description)
     */
    public static int run(String name, PrintWriter out, PrintWriter err, String... args) {
        LedgerLinkCommand c = new LedgerLinkCommand();
        c.out = out;
        c.err = err;
        return org.avec.tools.Commands.execute(c, name, out, err, Audit.INVALID, args);
    }

    @Override
    public Integer call() {
        CurrencyUnit unit;
        try {
            unit = LedgerLinkImport.currency(currency.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            err.println("avec-ledgerlink: unknown currency '" + SafeText.of(currency) + "'");
            return Audit.USAGE;
        }
        if (emit != null && Files.exists(emit) && !Files.isDirectory(emit)) {
            err.println("avec-ledgerlink: --emit " + emit + " is not a folder");
            return Audit.USAGE;
        }
        LedgerLinkDatabase db = LedgerLinkSubmissions.looksLikeJson(database) ? LedgerLinkSubmissions.read(database)
                : LedgerLinkDatabase.read(database);
        LedgerLinkImport.Result r = LedgerLinkImport.run(db, new LedgerLinkImport.Options(cycle, unit, typedTotal));
        List<Finding> faults = r.findings().stream().filter(Finding::fault).toList();
        List<Finding> notes = r.findings().stream().filter(f -> !f.fault()).toList();
        if (!faults.isEmpty() || r.cycle() == null) {
            faults.forEach(f -> err.println(line(db, f)));
            notes.forEach(f -> err.println(line(db, f)));
            err.println("avec-ledgerlink: " + faults.size() + " fault" + (faults.size() == 1 ? "" : "s") + " in "
                    + SafeText.of(database.toString()) + "; no share-out is compared.");
            return Audit.INVALID;
        }
        out.print(report(r));
        if (!notes.isEmpty()) {
            out.println();
            out.println("What the " + db.kind + " show" + (db.kind.endsWith("s") ? "" : "s") + " (" + notes.size()
                    + "):");
            notes.forEach(f -> out.println("  " + line(db, f)));
        }
        if (emit != null) {
            try {
                emit(r);
                out.println();
                out.println("avec-ledgerlink: the group's files are in " + emit + " (constitution.properties, records.csv,"
                        + " ledgerlink-payouts.csv)");
            } catch (IOException e) {
                err.println("avec-ledgerlink: --emit " + emit + ": " + e.getMessage());
                return Audit.USAGE;
            }
        }
        boolean differ = r.lines().stream().anyMatch(l -> BigDecimal.valueOf(l.ledgerLinkShown())
                .compareTo(l.avecPayout().getNumber().numberValue(BigDecimal.class)) != 0);
        return differ ? Audit.PAYOUTS_DIFFER : Audit.OK;
    }

    private static String line(LedgerLinkDatabase db, Finding f) {
        return SafeText.of(db.locate(f));
    }

    static String report(LedgerLinkImport.Result r) {
        StringBuilder sb = new StringBuilder();
        LedgerLinkImport.Formula f = r.formula();
        String cur = r.constitution().currency().getCurrencyCode();
        sb.append("avec-ledgerlink: ").append(r.events().size()).append(" events over ").append(r.cycle().meeting())
                .append(" meetings, ").append(r.lines().size()).append(" members; amounts in ").append(cur).append('\n');
        sb.append('\n').append("Ledger Link's share-out (its formula; nothing of it is saved):\n");
        sb.append(String.format(Locale.ROOT, "  E = savings %s + fines paid %s + interest charged %s = %s%n",
                n(f.savings()), n(f.fines()), n(f.interest()), n(f.total())));
        sb.append(String.format(Locale.ROOT, "  shares (stars) = %s; value per share = E / stars = %s%n",
                f.stars().setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString(),
                f.value().setScale(4, RoundingMode.HALF_EVEN).toPlainString()));
        sb.append('\n');
        String header = String.format(Locale.ROOT, "%-8s %-22s %10s %14s %10s %14s %12s", "Member", "Name", "LL stars",
                "LL payout", "Shares", "avec payout", "Difference");
        sb.append(header).append('\n').append("-".repeat(header.length())).append('\n');
        long llTotal = 0;
        BigDecimal avecTotal = BigDecimal.ZERO;
        for (LedgerLinkImport.Line l : r.lines()) {
            BigDecimal avec = l.avecPayout().getNumber().numberValue(BigDecimal.class);
            llTotal += l.ledgerLinkShown();
            avecTotal = avecTotal.add(avec);
            String name = SafeText.of(l.name());
            sb.append(String.format(Locale.ROOT, "%-8s %-22s %10s %14s %10d %14s %12s%n", SafeText.of(l.id()),
                    name.length() > 22 ? name.substring(0, 21) + "…" : name,
                    l.stars().setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
                    l.paidByLedgerLink() ? n(BigDecimal.valueOf(l.ledgerLinkShown())) : "not paid",
                    l.avecShares(), n(avec), n(avec.subtract(BigDecimal.valueOf(l.ledgerLinkShown())))));
        }
        sb.append("-".repeat(header.length())).append('\n');
        sb.append(String.format(Locale.ROOT, "%-8s %-22s %10s %14s %10s %14s %12s%n", "Total", "", "",
                n(BigDecimal.valueOf(llTotal)), "", n(avecTotal), n(avecTotal.subtract(BigDecimal.valueOf(llTotal)))));
        sb.append('\n');
        BigDecimal lost = f.total().subtract(f.paidExact()).setScale(2, RoundingMode.HALF_EVEN);
        sb.append(String.format(Locale.ROOT, "Ledger Link leaves %s of E = %s to nobody: %s from members' shares"
                + " truncated to whole shares while the total is not, %s of archived members' savings counted but"
                + " not paid.%n", n(lost), n(f.total()), n(f.lostToTruncation()), n(f.lostToLeavers())));
        if (f.interestNotCollected().signum() > 0) {
            sb.append(String.format(Locale.ROOT, "It counts %s still owed on loans as if it were cash in the box.%n",
                    n(f.interestNotCollected())));
        }
        org.avec.ShareOut s = r.shareOut();
        if (s != null) {
            sb.append(String.format(Locale.ROOT, "avec divides %s exactly: payouts %s + remainder %s; of the payouts,"
                    + " %s is handed over and %s kept back for what members owe (fines, loans)%s.%n",
                    n(money(s.distributable())), n(money(s.totalGross())), n(money(s.remainder())),
                    n(money(s.totalPaidOut())), n(money(s.totalDeductions())), s.groupDebt().isPositive()
                            ? "; the group's debt of " + n(money(s.groupDebt())) + " is repaid first" : ""));
        }
        for (LedgerLinkImport.Line l : r.lines()) {
            org.avec.MemberAccount a = r.cycle().member(l.id());
            if (!a.isActive()) {
                sb.append(String.format(Locale.ROOT, "%s %s left at meeting %d: avec paid her %s for her shares then;"
                        + " Ledger Link counts her savings in E but pays her nothing.%n", SafeText.of(l.id()),
                        SafeText.of(l.name()), a.leftAt(), n(money(a.settlement()))));
            }
        }
        return sb.toString();
    }

    private static BigDecimal money(MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class);
    }

    /** A number with thousands separators and the decimals it has (at most 2 shown). */
    private static String n(BigDecimal d) {
        int scale = d.stripTrailingZeros().scale() <= 0 ? 0 : 2;
        return String.format(Locale.ROOT, "%,." + scale + "f", d.setScale(scale, RoundingMode.HALF_EVEN));
    }

    private void emit(LedgerLinkImport.Result r) throws IOException {
        Files.createDirectories(emit);
        Path constitution = emit.resolve("constitution.properties");
        Path records = emit.resolve("records.csv");
        Path payouts = emit.resolve("ledgerlink-payouts.csv");
        for (Path p : List.of(constitution, records, payouts)) {
            String refused = OutputFile.refusal(p, List.of(database), false);
            if (refused != null) {
                throw new IOException(refused);
            }
        }
        OutputFile.write(constitution, r.constitutionText());
        org.avec.Ledger ledger = org.avec.Ledger.start(r.constitution(), r.opening());
        List<org.avec.Entry> entries = new ArrayList<>();
        for (int i = 0; i < r.events().size(); i++) {
            entries.add(org.avec.Entry.of(r.entries().get(i), r.events().get(i)));
        }
        OutputFile.write(records, RecordsExport.csv(ledger.recordAll(entries)));
        StringBuilder p = new StringBuilder("# Ledger Link's payouts by its own formula, as its screen shows them\n");
        p.append("member,amount\n");
        for (LedgerLinkImport.Line l : r.lines()) {
            if (l.paidByLedgerLink()) {
                p.append(l.id()).append(',').append(l.ledgerLinkShown()).append('\n');
            }
        }
        OutputFile.write(payouts, p.toString());
    }
}

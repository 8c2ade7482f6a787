package org.avec.tools;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.avec.tools.audit.Audit;
import org.avec.tools.report.Report;
import org.avec.tools.sheet.SheetCommand;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code avec}: the one command an auditor or a field officer installs. {@code avec audit} checks a group's records
 * against its constitution and prints the share-out (or the group's position at its last meeting); {@code avec sheet}
 * writes the printable share-out sheet; {@code avec report} reports a programme's indicators from its groups'
 * records; {@code avec ledgerlink} compares a Ledger Link database's share-out formula with avec's exact share-out;
 * {@code avec generate-completion} prints a completion script for bash and zsh. Each subcommand takes the
 * options, prints the messages and returns the exit codes of its tool.
 */
@Command(name = "avec", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Savings groups' records (AVEC, VSLA): check a group's records and its share-out, print its"
                + " sheet, report on a programme, compare a Ledger Link database. 'avec COMMAND --help' says more about"
                + " each command.",
        synopsisSubcommandLabel = "COMMAND")
public final class Avec implements Callable<Integer> {

    private Avec() {}

    /**
     * Runs {@code avec} from the command line and exits with the code of the command run.
     *
     * @param args the command line: a command ({@code audit}, {@code sheet}, {@code report}, {@code ledgerlink},
     *     {@code generate-completion}) and its options, or {@code --help}, {@code --version}
     */
    public static void main(String[] args) {
        QuietMoneta.please();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * Runs {@code avec}, printing to the given writers.
     *
     * @param out where results go
     * @param err where problems go
     * @param args the command line
     * @return the exit code of the command run; 2 for a wrong command line
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        if (args.length > 0) {
            switch (args[0]) {
                case "audit":
                    return Audit.run("avec audit", out, err, rest);
                case "sheet":
                    return SheetCommand.run("avec sheet", out, err, rest);
                case "report":
                    return Report.run("avec report", out, err, rest);
                case "ledgerlink":
                    return org.avec.tools.ledgerlink.LedgerLinkCommand.run("avec ledgerlink", out, err, rest);
                default:
                    break;
            }
        }
        CommandLine cl = commandLine().setOut(out).setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * {@code avec} with its commands, for its help and its completion script: each command as its tool declares it.
     *
     * @return the command line, not yet run
     */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Avec());
        cl.addSubcommand("audit", Audit.command());
        cl.addSubcommand("sheet", SheetCommand.command());
        cl.addSubcommand("report", Report.command());
        cl.addSubcommand("ledgerlink", org.avec.tools.ledgerlink.LedgerLinkCommand.command());
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion.getCommandSpec().usageMessage().description(
                "Prints a completion script for bash and zsh: source <(avec generate-completion)");
        cl.addSubcommand("generate-completion", completion);
        return cl;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code avec} alone: says what the commands are, as a wrong command line (exit 2). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}

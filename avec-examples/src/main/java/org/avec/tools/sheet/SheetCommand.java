package org.avec.tools.sheet;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.avec.tools.audit.Audit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code avec sheet}: the printable share-out sheet of a group (one HTML page for A4, in the group's language), made
 * only from records that the check finds consistent: the same check as {@code avec audit}, with the statement left out.
 */
@Command(name = "avec-sheet", mixinStandardHelpOptions = true, versionProvider = org.avec.tools.Version.class,
        description = "Writes a group's printable share-out sheet (HTML, A4) after checking its records.%n"
                + "Exit codes: 0 written, 2 usage, 3 wrong or unreadable files, or records that stop before the"
                + " share-out.",
        sortOptions = false)
public final class SheetCommand implements Callable<Integer> {

    @Option(names = {"-c", "--constitution"}, required = true, paramLabel = "FILE",
            description = "the group's constitution: key = value lines")
    Path constitution;

    @Option(names = {"-r", "--records"}, required = true, paramLabel = "FILE",
            description = "the group's records: CSV, one row per event")
    Path records;

    @Option(names = {"-m", "--merge"}, paramLabel = "FILE", description = "another device's records of the same group")
    Path merge;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "where the sheet is written")
    Path output;

    @Option(names = {"-l", "--language", "--locale"}, paramLabel = "TAG", defaultValue = "en",
            description = "language of the sheet, e.g. en, fr-MA, ar-MA (default: ${DEFAULT-VALUE})")
    String language;

    @Option(names = {"--force"}, description = "replace the output file if it exists (never one of the files read)")
    boolean force;

    private PrintWriter out;
    private PrintWriter err;

    private SheetCommand() {}

    /**
     * The sheet's command as it stands on its own, for {@code avec}'s help and completion.
     *
     * @return the command line, not yet run
     */
    public static CommandLine command() {
        return new CommandLine(new SheetCommand());
    }

    /**
     * Checks the records and writes the sheet.
     *
     * @param name the command's name in its usage message
     * @param out where the confirmation goes
     * @param err where problems go
     * @param args the command line, without the name
     * @return 0 written; 2 usage; 3 the files are wrong or unreadable, or the records stop before the share-out
     */
    public static int run(String name, PrintWriter out, PrintWriter err, String... args) {
        SheetCommand s = new SheetCommand();
        s.out = out;
        s.err = err;
        return org.avec.tools.Commands.execute(s, name, out, err, Audit.INVALID, args);
    }

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(List.of("-c", constitution.toString(), "-r", records.toString(),
                "--html", output.toString(), "-l", language));
        if (merge != null) {
            args.addAll(List.of("-m", merge.toString()));
        }
        if (force) {
            args.add("--force");
        }
        StringWriter statement = new StringWriter();
        int code = Audit.run("avec sheet", new PrintWriter(statement), err, args.toArray(new String[0]));
        if (code != Audit.OK && code != Audit.PAYOUTS_DIFFER) {
            return code;
        }
        if (statement.toString().contains(Audit.NO_SHEET_YET)) {
            err.println("avec-sheet: " + Audit.NO_SHEET_YET);
            return Audit.INVALID;
        }
        out.println("avec-sheet: the share-out sheet is in " + output);
        return Audit.OK;
    }
}

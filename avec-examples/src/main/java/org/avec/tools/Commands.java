package org.avec.tools;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.avec.tools.audit.FilePaths;
import picocli.CommandLine;

/** What every tool's command does around its work: its name, its writers, file names read safely, a flush. */
public final class Commands {

    private Commands() {}

    /**
     * Runs a command: picocli parses the line into {@code command}'s options (file names through
     * {@link FilePaths#of}, which names one the system cannot spell) and calls it; whatever it throws that it did not
     * expect is one line on {@code err} and {@code failed}, never a stack trace.
     *
     * @param command the command object, its writers already set
     * @param name the command's name in its usage message
     * @param out where results go
     * @param err where problems go
     * @param failed the exit code of a command that could not finish
     * @param args the command line, without the name
     * @return the command's exit code
     */
    public static int execute(Object command, String name, PrintWriter out, PrintWriter err, int failed,
            String... args) {
        CommandLine cl = new CommandLine(command).setOut(out).setErr(err).setCommandName(name);
        cl.registerConverter(Path.class, FilePaths::of);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println(name + ": could not finish (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return failed;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}

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
     * expect is one line on {@code err} and {@code failed}, never a stack trace, and so is running out of memory (with
     * the heap's size and how to give it more).
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
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            err.println(name + ": not enough memory to finish (the Java heap is " + mb + " MB); give it more with -Xmx,"
                    + " for example java -Xmx1g (a records file of 1,000,000 rows needs about 512 MB)");
            code = failed;
        }
        out.flush();
        err.flush();
        return code;
    }
}

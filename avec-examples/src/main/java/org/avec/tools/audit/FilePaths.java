package org.avec.tools.audit;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.avec.SafeText;
import picocli.CommandLine.TypeConversionException;

/**
 * File names as the tools are given them. A name the system's language setting cannot spell (an accented name under
 * {@code LC_ALL=C}), or a name that is not valid UTF-8 (which Java shows with U+FFFD and cannot open by it), is
 * reported as what it is, with what to do, instead of as a missing file or a Java exception.
 */
public final class FilePaths {

    private FilePaths() {}

    /** What to do when a name cannot be spelt: the advice every such message gives. */
    public static final String UTF8_ADVICE = "run the tool under a UTF-8 language setting (for example LC_ALL=C.UTF-8)";

    /**
     * A command-line file name as a path (picocli's converter for {@code Path} options).
     *
     * @param name the name as given
     * @return the path
     * @throws TypeConversionException naming the problem if this system cannot spell the name
     */
    public static Path of(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("the file name '" + SafeText.of(name) + "' cannot be spelt in this "
                    + "system's language setting (" + System.getProperty("sun.jnu.encoding", "unknown") + "); "
                    + UTF8_ADVICE);
        }
    }

    /**
     * Why a file that is not there may be missing: its name was not valid UTF-8, so Java could not even name it.
     *
     * @param file the file that does not exist
     * @return the words for the problem
     */
    static String missing(Path file) {
        if (file.toString().indexOf('\uFFFD') >= 0) {
            return "does not exist under this name, which holds bytes that are not UTF-8 text (shown as \uFFFD): a file "
                    + "whose name is not UTF-8 cannot be opened by name; rename it to a UTF-8 name (for example with "
                    + "convmv), or " + UTF8_ADVICE + " if its name is in the system's own encoding";
        }
        return "does not exist";
    }
}

package org.avec.tools.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * Where a tool writes what it makes (the share-out sheet, a programme's CSV): "a tool never writes over a file it
 * reads, and writes its outputs whole or not at all". An output that is one of the inputs (the same file, links
 * followed) is refused, and so is an existing file the user did not ask to overwrite ({@code --force}), before anything
 * is written; the text is written to a temporary file beside the output and moved into place, so that a failed run
 * leaves the old file as it was.
 */
public final class OutputFile {

    private OutputFile() {}

    /**
     * Why this output may not be written, or null if it may.
     *
     * @param output the output file
     * @param inputs every file the tool reads
     * @param force whether the user asked to overwrite an existing output
     * @return the reason in words, or null
     */
    public static String refusal(Path output, Collection<Path> inputs, boolean force) {
        for (Path in : inputs) {
            if (in != null && same(output, in)) {
                return output + " is one of the files read (" + in + "): an output never replaces an input";
            }
        }
        if (Files.isDirectory(output)) {
            return output + " is a folder: give a file name";
        }
        if (Files.exists(output) && !force) {
            return output + " exists already: give another name, or --force to replace it";
        }
        return null;
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /**
     * Writes the text whole: to a temporary file in the output's folder, then moved into place.
     *
     * @param output the output file, already checked with {@link #refusal}
     * @param text what to write, in UTF-8
     * @throws IOException if it cannot be written; the output is then as it was
     */
    public static void write(Path output, String text) throws IOException {
        Path folder = output.toAbsolutePath().getParent();
        // made as any new file is (the user's umask: a sheet others may read), under a name no one else has chosen
        Path temp = null;
        for (int tries = 0; temp == null; tries++) {
            Path candidate = folder.resolve("." + output.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                    + ".part");
            try {
                temp = Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (tries == 10) {
                    throw e;
                }
            }
        }
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

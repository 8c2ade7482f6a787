package org.avec.examples.audit;

/**
 * Something wrong in one of the auditor's files, with where it is: the file and line (1 is the first line;
 * 0 when the problem is with the whole file).
 *
 * @param file the file's name as given on the command line
 * @param line the line number, 1-based, or 0 for the whole file
 * @param message what is wrong, in words, naming the rule, the member and the amount where there is one
 */
public record Problem(String file, int line, String message) {

    /**
     * The problem as a compiler would print it: {@code records.csv:14: message}. The message quotes the files, so it is
     * shown safely: a control or bidirectional-formatting character copied from a file becomes a visible
     * {@code [U+XXXX]} and cannot break the line or disguise a figure.
     */
    @Override
    public String toString() {
        String shown = org.avec.SafeText.of(message);
        return line > 0 ? file + ":" + line + ": " + shown : file + ": " + shown;
    }
}

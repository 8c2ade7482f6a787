package org.avec.tools.audit;

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
     * The problem as a compiler would print it: {@code records.csv:14: message}. The message quotes the files, and a
     * file's name may hold anything, so both are shown safely: a control or bidirectional-formatting character copied from a file becomes a visible
     * {@code [U+XXXX]} and cannot break the line or disguise a figure.
     */
    @Override
    public String toString() {
        String shown = shorten(org.avec.SafeText.of(message));
        String where = org.avec.SafeText.of(file); // a file's name may hold a line break too
        return line > 0 ? where + ":" + line + ": " + shown : where + ": " + shown;
    }

    /** The most characters of a message shown on one line; a longer one (a whole file's line quoted) is cut. */
    static final int LONGEST = 800;

    /**
     * {@code text} as shown on one line: whole if it has at most {@link #LONGEST} characters, else its beginning and
     * its end with how many characters were left out between them, so that a line stays readable and the cut is said.
     *
     * @param text the text
     * @return the text, or its shortened form
     */
    static String shorten(String text) {
        if (text.length() <= LONGEST) {
            return text;
        }
        int head = LONGEST - 100;
        int tail = text.length() - 60;
        // never between the two halves of a character outside the basic plane
        if (Character.isLowSurrogate(text.charAt(head))) {
            head--;
        }
        if (Character.isLowSurrogate(text.charAt(tail))) {
            tail++;
        }
        return text.substring(0, head) + " [... " + String.format(java.util.Locale.ROOT, "%,d", tail - head)
                + " characters left out of " + String.format(java.util.Locale.ROOT, "%,d", text.length()) + " ...] "
                + text.substring(tail);
    }
}

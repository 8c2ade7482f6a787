package org.avec.examples.statement;

/**
 * Text from the group's records shown safely. A name may hold characters that change what the reader sees without
 * being seen: terminal escape codes, the right-to-left override (U+202E) that turns "12.00" into "00.21", NUL and other
 * control characters, line and paragraph separators (U+2028, U+2029) that break a line where none is seen. Each of them is replaced by a visible mark naming it, such as {@code [U+202E]}; everything
 * else, Arabic letters and their marks included, is kept as it is.
 */
public final class Display {

    private Display() {}

    /**
     * The text with every control and bidirectional-formatting character replaced by a visible {@code [U+XXXX]}.
     *
     * @param text the text, for example a member's name; null is shown as an empty string
     * @return the text safe to print or to put in a page, never null
     */
    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            boolean hidden = Character.isISOControl(cp) || isBidiControl(cp) || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            if (hidden && sb == null) {
                sb = new StringBuilder(text.substring(0, i));
            }
            if (hidden) {
                sb.append(String.format(java.util.Locale.ROOT, "[U+%04X]", cp));
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb == null ? text : sb.toString();
    }

    /** The characters that reorder or isolate text: marks, embeddings, overrides and isolates (Unicode's Bidi_Control). */
    static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }
}

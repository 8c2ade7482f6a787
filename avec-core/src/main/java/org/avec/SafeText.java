package org.avec;

import java.util.Locale;

/**
 * Text from a group's records, shown safely. A name, a fine's name or a reason typed into the records may hold
 * characters that change what the reader sees without being seen themselves: terminal escape codes, the
 * right-to-left override (U+202E) that turns "12.00" into "00.21", NUL and other control characters, line and
 * paragraph separators (U+2028, U+2029) that start a line where none is seen. Before a statement or a message puts
 * such text beside a member's money, each of those characters is replaced by a visible mark naming it, such as
 * {@code [U+202E]}; everything else, Arabic letters and their marks included, is kept as it is.
 *
 * <p>avec's own statements ({@link ShareOut#toString()}), messages and {@link MemberId#toString()} use it; an
 * application that prints names itself should use it too. The values keep the text exactly as given
 * ({@link Member#name()}, {@link MemberId#value()}): only what is shown is changed.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class SafeText {

    private SafeText() {}

    /**
     * The text with every control, bidirectional-formatting, separator, unassigned or lone-surrogate character
     * replaced by a visible {@code [U+XXXX]}.
     *
     * @param text the text, for example a member's name; null is shown as an empty string
     * @return the text safe to print or to put in a page, never null; the same string if nothing needed replacing
     */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean hidden = isHidden(cp);
            if (hidden && sb == null) {
                sb = new StringBuilder(text.substring(0, i));
            }
            if (hidden) {
                sb.append(String.format(Locale.ROOT, "[U+%04X]", cp));
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isHidden(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || isBidiControl(cp) || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The characters that reorder or isolate text: marks, embeddings, overrides and isolates (Unicode's Bidi_Control). */
    private static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }
}

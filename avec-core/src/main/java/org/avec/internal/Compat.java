package org.avec.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The few JDK methods avec would use that Android 8.0 (API level 26, the lowest avec supports) does not have and that
 * Android's D8 compiler does not backport, written once here so that avec-core runs in a phone app as on a server.
 * The build checks every other call against Android's API (animal-sniffer, in avec-core's POM). Each does what the
 * JDK method of the same name does. Not part of avec's API.
 *
 * @hidden
 */
public final class Compat {

    private Compat() {}

    /**
     * {@code String.isBlank()}: whether the text is empty or only white space (as {@link Character#isWhitespace(int)}
     * says, so a no-break or ideographic space counts as white space here as there).
     *
     * @param text the text, not null
     * @return whether it is blank
     */
    public static boolean isBlank(String text) {
        return firstNonWhite(text) == text.length();
    }

    /**
     * {@code String.strip()}: the text without its leading and trailing white space.
     *
     * @param text the text, not null
     * @return the stripped text
     */
    public static String strip(String text) {
        int start = firstNonWhite(text);
        int end = text.length();
        while (end > start) {
            int c = text.codePointBefore(end);
            if (!Character.isWhitespace(c)) {
                break;
            }
            end -= Character.charCount(c);
        }
        return text.substring(start, end);
    }

    private static int firstNonWhite(String text) {
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /**
     * {@code String.repeat(int)}: the text {@code count} times.
     *
     * @param text the text, not null
     * @param count how many times, not negative
     * @return the repeated text
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public static String repeat(String text, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        StringBuilder sb = new StringBuilder(text.length() * count);
        for (int i = 0; i < count; i++) {
            sb.append(text);
        }
        return sb.toString();
    }

    /**
     * {@code Stream.toList()}: the stream's elements, in order, as an unmodifiable list.
     *
     * @param <T> the elements' type
     * @param stream the stream, not null
     * @return an unmodifiable list
     */
    public static <T> List<T> toList(Stream<? extends T> stream) {
        List<T> out = new ArrayList<>();
        stream.forEachOrdered(out::add);
        return Collections.unmodifiableList(out);
    }

    /**
     * {@code BigInteger.longValueExact()}: the number as a {@code long}, or an error if it does not fit.
     *
     * @param n the number, not null
     * @return the number
     * @throws ArithmeticException if it does not fit in a {@code long}
     */
    public static long longValueExact(BigInteger n) {
        if (n.bitLength() > 63) {
            throw new ArithmeticException("BigInteger out of long range");
        }
        return n.longValue();
    }
}

package org.avec.examples.audit;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of comma-separated values; a field may be quoted with {@code "}, a quote doubled inside. */
final class Csv {

    private Csv() {}

    /**
     * The fields of one line, trimmed of surrounding spaces.
     *
     * @param line the line
     * @return the fields
     * @throws IllegalArgumentException if a quoted field is not closed
     */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        out.add(field.toString().trim());
        return out;
    }

    /** True for a line with nothing to read: blank, or a comment starting with {@code #}. */
    static boolean skip(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }
}

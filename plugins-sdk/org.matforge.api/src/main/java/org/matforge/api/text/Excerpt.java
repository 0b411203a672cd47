package org.matforge.api.text;

/**
 * The one way a message, log line, status or provenance record quotes text read from a file or document: at most
 * {@value #MAX_LENGTH} characters, in double quotes, on one line. Control characters, line and paragraph separators,
 * unassigned, surrogate and other non-printable characters are shown as {@code \\uXXXX}; a double quote as
 * {@code \"} and a backslash as {@code \\}. A longer text is cut, ending in {@code …} and the full length, e.g.
 * {@code "root:$6$abc…" (812 chars)}. Whatever a file holds, its excerpt cannot forge a line, a quote or a secret.
 */
public final class Excerpt {
    /** Characters of the text shown at most. */
    public static final int MAX_LENGTH = 40;

    private Excerpt() {
    }

    /**
     * @param text text from a file, or null
     * @return the quoted, escaped excerpt; {@code null} (unquoted) for null
     */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        int shown = Math.min(text.length(), MAX_LENGTH);
        if (shown < text.length() && Character.isHighSurrogate(text.charAt(shown - 1))) {
            shown--;
        }
        StringBuilder sb = new StringBuilder(shown + 16).append('"');
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (printable(text, i)) {
                sb.append(c);
                if (Character.isHighSurrogate(c)) {
                    sb.append(text.charAt(++i));
                }
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        sb.append('"');
        if (shown < text.length()) {
            sb.insert(sb.length() - 1, '…').append(" (").append(text.length()).append(" chars)");
        }
        return sb.toString();
    }

    /**
     * @param name a name read from a file, e.g. a column of a CSV header
     * @return the name as it is when it is a plain one (1 to {@value #MAX_LENGTH} visible characters, no quote,
     *         backslash, comma or space at either end), else {@link #of(String)} — so that a list of names stays
     *         readable and unambiguous
     */
    public static String name(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH || name.isBlank()
                || Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return of(name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"' || c == '\\' || c == ',' || c == '\'' || !printable(name, i)) {
                return of(name);
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return name;
    }

    private static boolean printable(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) && visible(text.codePointAt(i));
        }
        return !Character.isSurrogate(c) && visible(c);
    }

    private static boolean visible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> codePoint != 0xFFFD;
        };
    }
}

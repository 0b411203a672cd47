package org.matforge.api.chem;

/**
 * A chemical formula could not be read. The message names the formula, the position (0-based character index)
 * and the reason, e.g. {@code "Fe((O": unclosed '(' opened at position 2}.
 */
public class FormulaException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String formula;
    private final int position;
    private final String reason;

    /**
     * @param formula  the text that was parsed (shortened in the message when long)
     * @param position 0-based index of the offending character, or -1 when the whole formula is at fault
     * @param reason   what is wrong, in words
     */
    public FormulaException(String formula, int position, String reason) {
        super(describe(formula, position, reason));
        this.formula = formula;
        this.position = position;
        this.reason = reason;
    }

    /** @return the formula text as given */
    public String formula() {
        return formula;
    }

    /** @return 0-based index of the offending character, or -1 when the formula as a whole is at fault */
    public int position() {
        return position;
    }

    /** @return the reason without the formula and position */
    public String reason() {
        return reason;
    }

    private static String describe(String formula, int position, String reason) {
        String shown = formula == null ? "null" : printable(formula.length() > 60 ? formula.substring(0, 57) + "..." : formula);
        String where = position >= 0 ? " at position " + position : "";
        return "formula \"" + shown + "\"" + where + ": " + reason;
    }

    /** Control characters (line breaks, NUL, ...) shown as {@code \\uXXXX}, so that the message stays on one line. */
    private static String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(String.format("\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}

package org.matforge.api.chem;

import org.matforge.api.text.Excerpt;

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
     * @param formula  the text that was parsed (quoted in the message as an {@link Excerpt})
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
        String where = position >= 0 ? " at position " + position : "";
        return "formula " + Excerpt.of(formula) + where + ": " + reason;
    }
}

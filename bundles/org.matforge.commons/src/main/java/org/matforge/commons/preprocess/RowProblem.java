package org.matforge.commons.preprocess;

import org.matforge.api.text.Excerpt;

/**
 * A row that cannot be used as it is, and why. Its text quotes the formula as an {@link Excerpt}.
 *
 * @param row     0-based index of the data row (header not counted)
 * @param formula the formula text as given (may be null)
 * @param reason  what is wrong, in words (for a formula: the parser's position and reason)
 */
public record RowProblem(int row, String formula, String reason) {
    @Override
    public String toString() {
        return "row " + row + " (" + Excerpt.name(formula) + "): " + reason;
    }
}

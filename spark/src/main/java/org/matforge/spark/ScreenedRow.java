package org.matforge.spark;

import org.matforge.api.discovery.Candidate;

/**
 * One screened formula: the candidate with the predictions and screen results it reached, whether every screen
 * kept it and, if not, why.
 *
 * @param input     the row screened
 * @param candidate the parsed candidate with its predictions and screens, or null when the text is not a formula
 * @param kept      whether it passed every screen
 * @param reason    why it was dropped (screen id and reason, or the parse error); null when kept
 * @param failed    whether it could not be processed at all (not a formula, or an algorithm failed on it)
 */
public record ScreenedRow(InputRow input, Candidate candidate, boolean kept, String reason, boolean failed) {
    static ScreenedRow failed(InputRow input, String reason) {
        return new ScreenedRow(input, null, false, reason, true);
    }
}

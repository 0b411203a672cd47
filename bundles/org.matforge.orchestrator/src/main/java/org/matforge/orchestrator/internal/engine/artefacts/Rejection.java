package org.matforge.orchestrator.internal.engine.artefacts;

import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;

/**
 * A candidate left out of a candidate set, with who left it out and why.
 *
 * @param candidate the candidate as it was when rejected (its earlier predictions and screen results)
 * @param step      the step that rejected it
 * @param position  1-based position of the screen in its step, 0 for a step without screens (a rank step's limit)
 * @param screen    the key of the screen's result ({@link ScreenKeys}), or {@code limit} for a rank step
 * @param type      the screen's id (e.g. {@code property-window}), or {@code rank}
 * @param result    the verdict, score and reason
 */
public record Rejection(Candidate candidate, String step, int position, String screen, String type, ScreenResult result) {
}

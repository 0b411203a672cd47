package org.matforge.api.discovery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.matforge.api.chem.Composition;

/**
 * A proposed material moving through the discovery loop: its composition, where it came from, and what
 * predictors and screens said about it. Immutable; the {@code with…} methods return updated copies.
 */
public final class Candidate {
    private final Composition composition;
    private final String origin;
    private final Map<String, Prediction> predictions;
    private final Map<String, ScreenResult> screens;

    private Candidate(Composition composition, String origin, Map<String, Prediction> predictions,
            Map<String, ScreenResult> screens) {
        this.composition = Objects.requireNonNull(composition, "composition");
        this.origin = origin == null ? "" : origin;
        this.predictions = predictions;
        this.screens = screens;
    }

    /**
     * @param composition the material
     * @param origin      who proposed it, e.g. the generator id {@code "gan"} or a data source
     * @return a candidate with no predictions or screen results yet
     */
    public static Candidate of(Composition composition, String origin) {
        return new Candidate(composition, origin, Map.of(), Map.of());
    }

    /** @return the composition */
    public Composition composition() {
        return composition;
    }

    /** @return the id of the generator or data source that proposed it */
    public String origin() {
        return origin;
    }

    /** @return predictions by target name (e.g. "band_gap"), in the order they were added */
    public Map<String, Prediction> predictions() {
        return predictions;
    }

    /** @return screen results by screen id, in the order they were added */
    public Map<String, ScreenResult> screens() {
        return screens;
    }

    /** @return a copy with a prediction for {@code target} added or replaced */
    public Candidate withPrediction(String target, Prediction prediction) {
        return new Candidate(composition, origin, put(predictions, target, prediction), screens);
    }

    /** @return a copy with the result of screen {@code screenId} added or replaced */
    public Candidate withScreen(String screenId, ScreenResult result) {
        return new Candidate(composition, origin, predictions, put(screens, screenId, result));
    }

    /** @return whether no screen failed (unknown results count as not failed) */
    public boolean passedAllScreens() {
        return screens.values().stream().noneMatch(r -> r.verdict() == Verdict.FAIL);
    }

    private static <V> Map<String, V> put(Map<String, V> map, String key, V value) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        copy.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate c && c.composition.equals(composition) && c.origin.equals(origin)
                && c.predictions.equals(predictions) && c.screens.equals(screens);
    }

    @Override
    public int hashCode() {
        return Objects.hash(composition, origin, predictions, screens);
    }

    @Override
    public String toString() {
        return composition + " from " + origin + " " + predictions + " " + screens;
    }
}

package org.matforge.models.lib.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Training curves (one value per epoch under each name) and final metrics of one training run. */
public final class TrainingLog {
    private final Map<String, List<Double>> curves = new LinkedHashMap<>();
    private final Map<String, Double> metrics = new LinkedHashMap<>();

    /** Appends {@code value} to curve {@code name}. */
    public void add(String name, double value) {
        curves.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    /** Sets metric {@code name}. */
    public void metric(String name, double value) {
        metrics.put(name, value);
    }

    /** @return the curves (live view) */
    public Map<String, List<Double>> curves() {
        return curves;
    }

    /** @return the metrics (live view) */
    public Map<String, Double> metrics() {
        return metrics;
    }
}

package org.matforge.commons.preprocess;

import java.util.Arrays;

/** How the targets of duplicate rows become one value. NaN targets are ignored; all NaN gives NaN. */
public enum Aggregate {
    /** Arithmetic mean. */
    MEAN,
    /** Median (mean of the two middle values for an even count). */
    MEDIAN,
    /** The first row's value (in row order). */
    FIRST,
    /** The largest value. */
    MAX,
    /** The smallest value. */
    MIN;

    /**
     * @param values the duplicates' targets in row order (not modified)
     * @return the aggregate
     */
    public double apply(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return switch (this) {
            case MEAN -> Arrays.stream(v).sum() / v.length;
            case MEDIAN -> RobustStatistics.median(v);
            case FIRST -> v[0];
            case MAX -> Arrays.stream(v).max().getAsDouble();
            case MIN -> Arrays.stream(v).min().getAsDouble();
        };
    }

    /**
     * @param name mean, median, first, max or min (any case)
     * @return the aggregate
     * @throws IllegalArgumentException naming the known aggregates
     */
    public static Aggregate parse(String name) {
        for (Aggregate a : values()) {
            if (a.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown aggregate '" + name + "'; known: mean, median, first, max, min");
    }
}

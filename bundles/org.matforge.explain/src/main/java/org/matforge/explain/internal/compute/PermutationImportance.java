package org.matforge.explain.internal.compute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.explain.GlobalExplanation;
import org.matforge.api.explain.Importance;
import org.matforge.commons.preprocess.Splits;
import org.matforge.spi.task.TaskContext;

/**
 * Permutation importance (Breiman 2001; Fisher et al. 2019): how much the error grows when a feature's column, or all
 * columns of a group together (rows permuted once for the whole group, so within-row relations are kept), is shuffled.
 * Regression error is the mean absolute error; for 0/1 targets the log-loss.
 */
public final class PermutationImportance {
    private final MeanModel model;
    private final int repeats;
    private final long seed;

    /**
     * @param model   predicted means
     * @param repeats shuffles per feature or group, at least 1
     * @param seed    seed of the shuffles
     */
    public PermutationImportance(MeanModel model, int repeats, long seed) {
        if (repeats < 1) {
            throw new IllegalArgumentException("permutation importance needs at least 1 repeat, got " + repeats);
        }
        this.model = model;
        this.repeats = repeats;
        this.seed = seed;
    }

    /**
     * @param target   name of the predicted property
     * @param features labelled rows
     * @param targets  the true value per row
     * @param context  progress and cancellation
     * @return importances per feature and per group, most important first
     */
    public GlobalExplanation explain(String target, FeatureMatrix features, double[] targets, TaskContext context) {
        if (targets.length != features.rowCount()) {
            throw new IllegalArgumentException(features.rowCount() + " rows but " + targets.length + " targets");
        }
        if (targets.length < 2) {
            throw new IllegalArgumentException("permutation importance needs at least 2 rows, got " + targets.length);
        }
        boolean binary = isBinary(targets);
        double baseline = error(model.means(features), targets, binary);
        List<String> labels = features.labels();
        Map<String, int[]> groups = FeatureGroups.of(labels);
        int total = labels.size() + groups.size();
        List<Importance> single = new ArrayList<>();
        for (int c = 0; c < labels.size(); c++) {
            context.checkCancelled();
            single.add(importance(labels.get(c), new int[] {c}, features, targets, binary, baseline, c));
            context.progress((double) (c + 1) / total, "feature " + (c + 1) + " of " + labels.size());
        }
        List<Importance> grouped = new ArrayList<>();
        int g = 0;
        for (Map.Entry<String, int[]> group : groups.entrySet()) {
            context.checkCancelled();
            grouped.add(importance(group.getKey(), group.getValue(), features, targets, binary, baseline, labels.size() + g));
            g++;
            context.progress((double) (labels.size() + g) / total, "group " + g + " of " + groups.size());
        }
        Comparator<Importance> largestFirst = Comparator.comparingDouble(Importance::importance).reversed();
        single.sort(largestFirst);
        grouped.sort(largestFirst);
        return new GlobalExplanation(target, binary ? "log-loss" : "mae", baseline, repeats, seed, single, grouped);
    }

    private Importance importance(String name, int[] columns, FeatureMatrix features, double[] targets, boolean binary,
            double baseline, int stream) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + stream);
        int rows = features.rowCount();
        int width = features.columnCount();
        double[] increases = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            double[] data = features.toArray();
            int[] order = Splits.permutation(rows, random.nextLong());
            for (int row = 0; row < rows; row++) {
                for (int column : columns) {
                    data[row * width + column] = features.get(order[row], column);
                }
            }
            increases[r] = error(model.means(FeatureMatrix.wrap(features.labels(), rows, data)), targets, binary) - baseline;
        }
        double mean = 0;
        for (double v : increases) {
            mean += v;
        }
        mean /= repeats;
        double variance = 0;
        for (double v : increases) {
            variance += (v - mean) * (v - mean);
        }
        double std = repeats > 1 ? Math.sqrt(variance / (repeats - 1)) : 0;
        return new Importance(name, mean, std, columns.length);
    }

    static double error(double[] predicted, double[] targets, boolean binary) {
        double sum = 0;
        for (int i = 0; i < targets.length; i++) {
            if (binary) {
                double p = Math.min(1 - 1e-12, Math.max(1e-12, predicted[i]));
                sum -= targets[i] == 1 ? Math.log(p) : Math.log(1 - p);
            } else {
                sum += Math.abs(predicted[i] - targets[i]);
            }
        }
        return sum / targets.length;
    }

    private static boolean isBinary(double[] targets) {
        for (double t : targets) {
            if (t != 0 && t != 1) {
                return false;
            }
        }
        return true;
    }
}

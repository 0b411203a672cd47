package org.matforge.predictors.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.chemistry.internal.elements.ElementTable;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.featurizers.internal.compute.StandardFeaturizers;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.task.TaskContext;

/** The read-only reference data beside the checkout (system property {@code matforge.shared.data}), featurized. */
public final class SharedData {
    private SharedData() {
    }

    /** @return the data folder */
    public static Path root() {
        String configured = System.getProperty("matforge.shared.data");
        Path p = configured != null ? Path.of(configured) : Path.of(System.getProperty("user.dir"), "..", "..", "..", "shared", "data");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared data not found at " + p.toAbsolutePath().normalize() + " (set -Dmatforge.shared.data)");
        }
        return p;
    }

    /** Rows of a matbench table: formulas, targets and their features. */
    public record Table(List<String> formulas, double[] targets, FeatureMatrix features) {
        /** @return the rows at {@code rows} */
        public Table rows(int[] rows) {
            List<String> f = new ArrayList<>();
            double[] t = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                f.add(formulas.get(rows[i]));
                t[i] = targets[rows[i]];
            }
            return new Table(f, t, features.rows(rows));
        }
    }

    /** @return the first {@code limit} rows (all when limit ≤ 0) of a {@code formula,target} file under matbench/, Magpie features */
    public static Table matbench(String file, int limit) {
        return matbench(file, limit, StandardFeaturizers.MAGPIE);
    }

    /**
     * @param featurizers comma-separated ids of the standard featurizers, concatenated in that order
     * @return the first {@code limit} rows (all when limit ≤ 0) of a {@code formula,target} file under matbench/
     */
    public static Table matbench(String file, int limit, String featurizers) {
        try (var lines = Files.lines(root().resolve("matbench").resolve(file))) {
            List<String> formulas = new ArrayList<>();
            List<Double> targets = new ArrayList<>();
            lines.skip(1).limit(limit > 0 ? limit : Long.MAX_VALUE).forEach(line -> {
                int comma = line.lastIndexOf(',');
                formulas.add(line.substring(0, comma));
                targets.add(Double.parseDouble(line.substring(comma + 1)));
            });
            List<Composition> compositions = formulas.stream().map(Composition::parse).toList();
            Map<String, Featurizer> standard = StandardFeaturizers.create(ElementTable.load());
            FeatureMatrix x = CompositeFeaturizer.of(featurizers, standard::get).featurizeAll(compositions, TaskContext.unobserved());
            return new Table(formulas, targets.stream().mapToDouble(Double::doubleValue).toArray(), x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

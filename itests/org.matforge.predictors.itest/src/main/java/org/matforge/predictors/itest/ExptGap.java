package org.matforge.predictors.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.task.TaskContext;

/** A seeded random sample of matbench_expt_gap from the shared data folder, featurized by a live featurizer. */
record ExptGap(FeatureMatrix features, double[] targets) {
    static List<String[]> sample(int rows, long seed) throws IOException {
        String folder = System.getProperty("matforge.shared.data");
        Path file = Path.of(folder == null ? "../../../shared/data" : folder, "matbench", "expt_gap.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(0);
        Collections.shuffle(lines, new Random(seed));
        List<String[]> out = new ArrayList<>();
        for (String line : lines.subList(0, rows)) {
            int comma = line.lastIndexOf(',');
            out.add(new String[] {line.substring(0, comma), line.substring(comma + 1)});
        }
        return out;
    }

    static ExptGap featurize(List<String[]> rows, Featurizer featurizer) {
        List<Composition> compositions = rows.stream().map(r -> Composition.parse(r[0])).toList();
        double[] y = rows.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray();
        return new ExptGap(featurizer.featurizeAll(compositions, TaskContext.unobserved()), y);
    }
}

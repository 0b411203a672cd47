package org.matforge.optimizer.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.matforge.commons.csv.CsvReader;
import org.matforge.commons.testdata.SharedData;
import org.matforge.optimizer.lib.PoolSimulation;
import org.matforge.optimizer.lib.space.SpaceDocument;

/** The measured pools of {@code ../shared/data/synthesis} for tests and benches (as the library's PoolBench reads them). */
public final class SynthesisPools {
    private SynthesisPools() {
    }

    /** @return the dataset's pool, top 5 % */
    public static PoolSimulation load(String name) throws IOException {
        Path dir = SharedData.root().resolve("synthesis");
        SpaceDocument doc = SpaceDocument.parse(Files.readString(dir.resolve(name + ".json")), name + ".json");
        List<double[]> points = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(dir.resolve(name + ".csv"))) {
            csv.next();
            for (String[] row = csv.next(); row != null; row = csv.next()) {
                points.add(SpaceDocument.point(doc.space(), Arrays.asList(row).subList(0, row.length - 1), name + ".csv " + csv.where()));
                values.add(Double.parseDouble(row[row.length - 1]));
            }
        }
        return new PoolSimulation(doc.space(), points, values.stream().mapToDouble(Double::doubleValue).toArray(), doc.maximise(), 0.05);
    }
}

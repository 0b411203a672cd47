package org.matforge.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.matforge.commons.testdata.SharedData;

/**
 * The Spark path (CSV in, batches per partition in local[2], Parquet out) gives the same candidates, predictions,
 * screen results and reasons as the in-process path — the workflow's plain algorithms on the whole list at once —
 * on 100,000 formulas made from expt_gap's (its formulas, element substitutions, and text that is not a formula).
 */
class ScreenEquivalenceTest extends LocalSparkTest {
    private static final int ROWS = 100_000;
    @Test
    void sparkGivesTheInProcessCandidatesPredictionsAndReasons() throws Exception {
        List<String> formulas = SharedData.formulas("expt_gap");
        FormulaVariants variants = new FormulaVariants(formulas, 997);
        List<InputRow> rows = variants.rows(0, ROWS, "variants.csv");
        Path csv = dir.resolve("variants.csv");
        try (Writer w = Files.newBufferedWriter(csv)) {
            w.write("id,composition\n");
            for (InputRow r : rows) {
                w.write(r.position() + ",\"" + r.text() + "\"\n");
            }
        }
        Path known = dir.resolve("known.csv");
        Files.write(known, ("formula\n" + String.join("\n", formulas.subList(0, 2000)) + "\n").getBytes());
        Path model = dir.resolve("tiny-gap.mfm");
        Files.write(model, TinyModels.predictor());

        ScreenOptions o = new ScreenOptions();
        o.models = List.of(model);
        o.known = known.toString();
        o.knownColumn = "formula";
        o.validity = "icsd24";
        o.minElements = 2;
        o.windows = List.of("band_gap:0.5:", "band_gap:0.5::pessimistic:1");
        o.batch = 1500;
        ScreenJob job = o.job(spark);
        assertEquals(2000, job.known().size());

        long t0 = System.nanoTime();
        List<ScreenedRow> expected = job.load().screen(rows);
        long t1 = System.nanoTime();
        CandidateColumns columns = SparkJobs.columns(job);

        Counters counters = Counters.of(spark);
        Path out = dir.resolve("screened.parquet");
        SparkJobs.screen(spark, SparkJobs.read(spark, csv.toString(), "composition").repartition(3), job, counters)
                .write().parquet(out.toString());
        List<Row> actual = spark.read().parquet(out.toString()).collectAsList();
        System.out.printf("in-process %.1f s, spark local[2] %.1f s (wall, machine shared)%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);

        assertEquals(ROWS, actual.size());
        assertEquals(columns.schema().fieldNames().length, actual.get(0).length());
        Map<String, Integer> outcomes = SameRows.assertSame(expected, actual, columns);
        long kept = expected.stream().filter(ScreenedRow::kept).count();
        long failed = expected.stream().filter(ScreenedRow::failed).count();
        // every outcome occurs, so that the comparison covers each step
        for (String outcome : List.of("kept", "failed", "smact-validity", "element-count", "novelty", "property-window")) {
            assertTrue(outcomes.getOrDefault(outcome, 0) > 10, "outcomes " + outcomes);
        }
        assertEquals(ROWS, counters.in().value());
        assertEquals(kept, counters.out().value());
        assertEquals(failed, counters.failed().value());
        assertEquals(ROWS / 997, failed);
    }
}

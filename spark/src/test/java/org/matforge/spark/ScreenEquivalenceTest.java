package org.matforge.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.commons.testdata.SharedData;

/**
 * The Spark path (CSV in, batches per partition in local[2], Parquet out) gives the same candidates, predictions,
 * screen results and reasons as the in-process path — the workflow's plain algorithms on the whole list at once —
 * on 100,000 formulas made from expt_gap's (its formulas, element substitutions, and text that is not a formula).
 */
class ScreenEquivalenceTest {
    private static final int ROWS = 100_000;
    /**
     * The networks compute in float32, and BLAS may sum a row's products in another order for another batch size (the
     * Spark path predicts batch by batch, the in-process one the whole list), so predictions agree to float32
     * precision (the ensemble's σ, a difference of squares, to a little less), not always to the last bit of the
     * double they are widened to (likewise the window score computed from them, and the numbers printed in window
     * reasons, which may then round to a neighbouring last digit); formulas, origins, verdicts and the words of every
     * reason are compared exactly.
     */
    private static final double FLOAT32 = 1e-5;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = TinyModels.spark();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

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
        Map<Long, Row> byPosition = new HashMap<>();
        for (Row r : actual) {
            byPosition.put(r.getLong(0), r);
        }
        Map<String, Integer> outcomes = new HashMap<>();
        long kept = 0;
        long failed = 0;
        for (ScreenedRow e : expected) {
            Row a = byPosition.get(e.input().position());
            Object[] want = columns.values(e);
            for (int c = 0; c < want.length; c++) {
                Object got = a.get(c);
                String where = "row " + e.input() + " column " + columns.schema().fieldNames()[c];
                if (want[c] instanceof Double d && got instanceof Double g) {
                    assertEquals(d, g, FLOAT32 * Math.max(1, Math.abs(d)), where);
                } else if (want[c] instanceof String text && columns.schema().fieldNames()[c].endsWith("reason")) {
                    assertSameReason(text, (String) got, where);
                } else {
                    assertEquals(want[c], got, where);
                }
            }
            kept += e.kept() ? 1 : 0;
            failed += e.failed() ? 1 : 0;
            String outcome = e.kept() ? "kept" : e.failed() ? "failed" : e.reason().substring(0, e.reason().indexOf(' '));
            outcomes.merge(outcome, 1, Integer::sum);
        }
        // every outcome occurs, so that the comparison covers each step
        for (String outcome : List.of("kept", "failed", "smact-validity", "element-count", "novelty", "property-window")) {
            assertTrue(outcomes.getOrDefault(outcome, 0) > 10, "outcomes " + outcomes);
        }
        assertEquals(ROWS, counters.in().value());
        assertEquals(kept, counters.out().value());
        assertEquals(failed, counters.failed().value());
        assertEquals(ROWS / 997, failed);
    }

    /**
     * The same words in the same order, and the same numbers up to one unit in the last printed digit or 1e-4 (a
     * window's lower end, mean − k·σ, may be small beside the float32 error of mean and σ).
     */
    private static void assertSameReason(String expected, String actual, String where) {
        assertEquals(expected == null, actual == null, where);
        if (expected == null) {
            return;
        }
        assertEquals(NUMBER.matcher(expected).replaceAll("#"), NUMBER.matcher(actual).replaceAll("#"), where);
        Matcher e = NUMBER.matcher(expected);
        Matcher a = NUMBER.matcher(actual);
        while (e.find() && a.find()) {
            String digits = e.group().replaceAll("[eE].*", "");
            int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
            double exponent = e.group(2) == null ? 0 : Double.parseDouble(e.group(2).substring(1));
            double unit = Math.pow(10, exponent - decimals);
            assertEquals(Double.parseDouble(e.group()), Double.parseDouble(a.group()), Math.max(1.01 * unit, 1e-4), where + ": " + expected + " vs " + actual);
        }
    }
}

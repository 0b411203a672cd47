package org.matforge.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.matforge.commons.testdata.SharedData;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.stability.lib.ConvexHull;
import org.matforge.stability.lib.PhaseIndex;
import org.matforge.stability.lib.Phases;

/**
 * The stability screen on Spark (local[2]): a formation-energy model file and the 132,752 Materials Project phases of
 * mp_e_form as the hull reference ({@code --hull}, read by Spark) give the same stability verdicts, energies above the
 * hull, reasons and kept rows as the in-process path — the same screens with the hull built from the file as the
 * reference-data reader reads it — on 4,000 formulas made from expt_gap's.
 */
class StabilityOnSparkTest extends LocalSparkTest {
    private static final int ROWS = 4_000;
    @Test
    void sparkJudgesStabilityAsTheInProcessPath() throws Exception {
        List<InputRow> rows = new FormulaVariants(SharedData.formulas("expt_gap"), 499).rows(0, ROWS, "variants.csv");
        Path csv = dir.resolve("variants.csv");
        try (Writer w = Files.newBufferedWriter(csv)) {
            w.write("formula\n");
            for (InputRow r : rows) {
                w.write("\"" + r.text() + "\"\n");
            }
        }
        Path model = dir.resolve("tiny-eform.mfm");
        Files.write(model, TinyModels.eform());

        ScreenOptions o = new ScreenOptions();
        o.models = List.of(model);
        o.validity = "icsd24";
        o.minElements = 3;
        o.hull = SharedData.matbench("mp_e_form").toString();
        o.hullEnergyColumn = "target";
        o.stabilityThreshold = 0.4;
        o.stabilityK = 1;
        o.windows = List.of("e_form::1.3");
        o.batch = 700;
        ScreenJob job = o.job(spark);
        assertEquals(132_752, job.phases().formulas().length);

        SharedData.Table phases = SharedData.table("mp_e_form");
        ConvexHull hull = new ConvexHull(PhaseIndex.of(Phases.of(phases.formulas().toArray(String[]::new), phases.targets(), "mp_e_form")));
        List<TrainedPredictor> predictors = List.of(Models.load("tiny-eform.mfm", TinyModels.eform(), TrainedPredictor.class));
        Screening inProcess = new Screening(job.settings(), predictors, List.of(), List.of(), job.settings().stability().screening(hull));
        List<ScreenedRow> expected = inProcess.screen(rows);

        CandidateColumns columns = SparkJobs.columns(job);
        assertEquals(List.of("smact-validity", "element-count", "stability", "property-window"), columns.screens());
        Counters counters = Counters.of(spark);
        Path out = dir.resolve("screened.parquet");
        SparkJobs.screen(spark, SparkJobs.read(spark, csv.toString(), "formula").repartition(3), job, counters).write().parquet(out.toString());
        List<Row> actual = spark.read().parquet(out.toString()).collectAsList();

        Map<String, Integer> outcomes = SameRows.assertSame(expected, actual, columns);
        for (String outcome : List.of("kept", "failed", "smact-validity", "element-count", "stability", "property-window")) {
            assertTrue(outcomes.getOrDefault(outcome, 0) > 5, "outcomes " + outcomes);
        }
        assertEquals(expected.stream().filter(ScreenedRow::kept).count(), counters.out().value());
        // the reason names the hull energy and the decomposition into known phases
        ScreenedRow judged = expected.stream().filter(r -> r.candidate() != null && r.candidate().screens().containsKey("stability"))
                .findFirst().orElseThrow();
        assertTrue(judged.candidate().screens().get("stability").reason().matches(".* eV/atom above the hull \\(hull .*"),
                judged.candidate().screens().get("stability").reason());
    }
}

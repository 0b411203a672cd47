package org.matforge.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.task.TaskContext;

/** generate: draws independent of the partitioning, fed to screen; featurize: the featurizers' values; bad input. */
class GenerateAndFeaturizeTest extends LocalSparkTest {
    @Test
    void drawsDoNotDependOnPartitionsAndEqualTheChunkedDrawInProcess() throws Exception {
        GenerateJob job = new GenerateJob("tiny-gan", TinyModels.gan(), 5_000, 700, 42);
        List<InputRow> two = sorted(SparkJobs.generate(spark, job, 2).collect());
        List<InputRow> five = sorted(SparkJobs.generate(spark, job, 5).collect());
        assertEquals(two, five);
        TrainedGenerator g = job.load();
        List<InputRow> inProcess = new ArrayList<>();
        for (long k = 0; k < job.chunks(); k++) {
            inProcess.addAll(job.draw(g, k));
        }
        assertEquals(inProcess, two);
        assertTrue(two.size() > 4_000, "most draws decode: " + two.size());
        assertEquals(5_000, two.get(two.size() - 1).position(), "the last draw is row 5,000");
        assertNotEquals(sorted(SparkJobs.generate(spark, new GenerateJob("tiny-gan", TinyModels.gan(), 5_000, 700, 43), 2).collect()), two);

        ScreenOptions o = new ScreenOptions();
        o.models = List.of(Files.write(dir.resolve("gap.mfm"), TinyModels.predictor()));
        o.windows = List.of("band_gap:1:");
        ScreenJob screen = o.job(spark);
        Counters counters = Counters.of(spark);
        List<Row> rows = SparkJobs.screen(spark, SparkJobs.generate(spark, job, 3), screen, counters).collectAsList();
        assertEquals(two.size(), rows.size());
        assertEquals(two.size(), counters.in().value());
        List<ScreenedRow> expected = screen.load().screen(inProcess);
        assertEquals(expected.stream().filter(ScreenedRow::kept).count(), counters.out().value());
        CandidateColumns columns = SparkJobs.columns(screen);
        List<Row> byPosition = rows.stream().sorted(Comparator.comparingLong(r -> r.getLong(0))).toList();
        for (int i = 0; i < expected.size(); i++) {
            Object[] want = columns.values(expected.get(i));
            assertEquals(want[0], byPosition.get(i).get(0));
            assertEquals(want[2], byPosition.get(i).get(2), "formula of draw " + want[0]);
            assertEquals(want[want.length - 2], byPosition.get(i).get(want.length - 2), "kept, draw " + want[0]);
            SameRows.assertSameReason((String) want[want.length - 1], byPosition.get(i).getString(want.length - 1), "reason, draw " + want[0]);
        }
    }

    @Test
    void aConditionalGeneratorDrawsForTheConditionAsInProcess() throws Exception {
        GenerateJob wide = new GenerateJob("tiny-cgan", TinyModels.conditionalGan(), 2_000, 700, 42, DrawCondition.parse("band_gap:3:6"));
        List<InputRow> onSpark = sorted(SparkJobs.generate(spark, wide, 2).collect());
        TrainedGenerator g = wide.load();
        List<InputRow> inProcess = new ArrayList<>();
        for (long k = 0; k < wide.chunks(); k++) {
            inProcess.addAll(wide.draw(g, k));
        }
        assertEquals(inProcess, onSpark);
        List<Composition> direct = g.sample(700, wide.seedOf(0), java.util.Optional.of(new PropertyCondition("band_gap", 3, 6)), TaskContext.unobserved());
        assertEquals(direct.stream().map(Composition::formula).toList(), wide.draw(g, 0).stream().map(InputRow::text).toList());
        GenerateJob metals = new GenerateJob("tiny-cgan", TinyModels.conditionalGan(), 2_000, 700, 42, DrawCondition.parse("band_gap:0:0"));
        assertNotEquals(onSpark, sorted(SparkJobs.generate(spark, metals, 2).collect()));

        Path unconditional = Files.write(dir.resolve("gan.mfm"), TinyModels.gan());
        assertEquals(2, runQuietly("generate", "--generator", unconditional.toString(), "-n", "10", "--condition", "band_gap:3:6",
                "-o", dir.resolve("v").toString()));
        assertEquals(2, runQuietly("generate", "--generator", unconditional.toString(), "-n", "10", "--condition", "band_gap:6:3",
                "-o", dir.resolve("u").toString()));
        assertThrows(IllegalArgumentException.class, () -> DrawCondition.parse("band_gap:3"));
        assertEquals(new DrawCondition("band_gap", 3, Double.POSITIVE_INFINITY), DrawCondition.parse("band_gap:3:"));
    }

    @Test
    void featurizeGivesTheFeaturizersValuesAndAnErrorForNonFormulas() throws Exception {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "name,composition\na,Fe2O3\nb,not-a-formula\nc,NaCl\n");
        Counters counters = Counters.of(spark);
        List<Row> rows = SparkJobs.featurize(spark, SparkJobs.read(spark, csv.toString(), "composition"), "magpie,stoichiometry", 2, counters)
                .collectAsList().stream().sorted(Comparator.comparingLong(r -> r.getLong(0))).toList();
        CompositeFeaturizer f = SparkJobs.featurizer("magpie,stoichiometry");
        assertEquals(3 + f.labels().size() + 1, rows.get(0).length());
        double[] want = new double[f.labels().size()];
        f.featurize(Composition.parse("Fe2O3"), want, 0);
        for (int c = 0; c < want.length; c++) {
            assertEquals(want[c], rows.get(0).isNullAt(3 + c) ? Double.NaN : rows.get(0).getDouble(3 + c), 0.0, f.labels().get(c));
        }
        assertEquals("Fe2O3", rows.get(0).getString(2));
        assertNull(rows.get(0).get(rows.get(0).length() - 1));
        assertTrue(rows.get(1).getString(rows.get(1).length() - 1).startsWith("not a formula"), rows.get(1).toString());
        assertTrue(rows.get(1).isNullAt(3));
        assertEquals(3, counters.in().value());
        assertEquals(1, counters.failed().value());
    }

    @Test
    void badInputIsOneLineAndStatusTwo() throws Exception {
        Path csv = dir.resolve("cli.csv");
        Files.writeString(csv, "formula\nFe2O3\n");
        assertEquals(2, runQuietly("screen", "--input", dir.resolve("missing.csv").toString(), "-o", dir.resolve("x").toString()))  ;
        assertEquals(2, runQuietly("featurize", "--input", csv.toString(), "-f", "magpie,nonsense", "-o", dir.resolve("y").toString()));
        assertEquals(2, runQuietly("screen", "--input", csv.toString(), "--window", "band_gap", "-o", dir.resolve("z").toString()));
        assertEquals(2, runQuietly("generate", "--generator", csv.toString(), "-n", "10", "-o", dir.resolve("w").toString()));
    }

    private static int runQuietly(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int status = MatforgeSpark.run(args);
            String text = buffer.toString(StandardCharsets.UTF_8);
            assertTrue(text.startsWith("matforge-spark ") && !text.contains("\tat "), text);
            return status;
        } finally {
            System.setErr(err);
        }
    }

    private static List<InputRow> sorted(List<InputRow> rows) {
        return rows.stream().sorted(Comparator.comparingLong(InputRow::position)).toList();
    }
}

package org.matforge.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.featurizers.lib.MagpieFeaturizer;
import org.matforge.spi.task.TaskContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * magpie (132 features) over 1,000,000 parsed compositions (the matbench formulas, cycled); score = compositions per
 * second. {@code oneCore}: the single-threaded row path into a reused 8,192-row buffer (no allocation per row);
 * {@code batchAllCores}: the parallel batch API ({@code featurizeAll}) returning one 1M × 132 matrix.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class MagpieBenchmark {
    static final int ROWS = 1_000_000;
    static final int BUFFER_ROWS = 8192;

    private MagpieFeaturizer magpie;
    private Composition[] compositions;
    private double[] buffer;

    @Setup
    public void prepare() {
        magpie = new MagpieFeaturizer(ElementTable.load());
        compositions = Formulas.compositions(ROWS);
        buffer = new double[BUFFER_ROWS * magpie.labels().size()];
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public double oneCore() {
        int width = magpie.labels().size();
        for (int r = 0; r < ROWS; r++) {
            magpie.featurize(compositions[r], buffer, (r % BUFFER_ROWS) * width);
        }
        return buffer[buffer.length - 1];
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public double batchAllCores() {
        FeatureMatrix all = magpie.featurizeAll(Arrays.asList(compositions), TaskContext.unobserved());
        return all.get(ROWS - 1, all.columnCount() - 1);
    }
}

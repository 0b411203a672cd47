package org.matforge.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.matforge.api.chem.Composition;
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
import org.openjdk.jmh.infra.Blackhole;

/** Formula parsing: all 248,702 matbench formulas per invocation, one core; score = formulas per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
    static final int FORMULAS = 248_702;

    private String[] formulas;

    @Setup
    public void read() {
        List<String> all = Formulas.all();
        if (all.size() != FORMULAS) {
            throw new IllegalStateException("expected " + FORMULAS + " matbench formulas, found " + all.size());
        }
        formulas = all.toArray(String[]::new);
    }

    @Benchmark
    @OperationsPerInvocation(FORMULAS)
    public void parseMatbench(Blackhole hole) {
        for (String f : formulas) {
            hole.consume(Composition.parse(f));
        }
    }
}

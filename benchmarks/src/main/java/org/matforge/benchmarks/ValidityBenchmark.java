package org.matforge.benchmarks;

import java.util.concurrent.TimeUnit;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.oxidation.ValidityChecker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * SMACT-style validity, one core: {@code matbench} checks all 248,702 matbench formulas per invocation (score =
 * formulas per second); {@code largeFormula} times one check of C100H3815Br21I279N2185Pb100 (score = ms per check).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidityBenchmark {
    @Param({"smact14", "icsd24"})
    public String oxidationStates;

    private ValidityChecker checker;
    private Composition[] compositions;
    private Composition large;

    @Setup
    public void prepare() {
        checker = ValidityChecker.smactDefaults(ElementTable.load(), oxidationStates);
        compositions = Formulas.compositions(ParseBenchmark.FORMULAS);
        large = Composition.parse("C100H3815Br21I279N2185Pb100");
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(ParseBenchmark.FORMULAS)
    public void matbench(Blackhole hole) {
        for (Composition c : compositions) {
            hole.consume(checker.check(c).status());
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object largeFormula() {
        return checker.check(large).status();
    }
}

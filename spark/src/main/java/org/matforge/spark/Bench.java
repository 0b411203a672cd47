package org.matforge.spark;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code bench}: see {@link ScreenBenchmark}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure screen throughput in-process and on local Spark masters.")
final class Bench implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}

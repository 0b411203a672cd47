package org.matforge.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.SparkEnv;
import org.apache.spark.broadcast.Broadcast;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.file.ModelFileException;

/**
 * What an executor JVM loads once and shares between its tasks: the screening of a broadcast job (models loaded
 * once per executor, not per task or partition) and generator models; keyed by application and broadcast id (a JVM
 * that runs several Spark applications one after the other, as tests and {@code bench} in local mode do, sees the
 * broadcast ids of each start again at 0).
 */
final class ExecutorState {
    private static final Map<String, Screening> SCREENINGS = new ConcurrentHashMap<>();
    private static final Map<String, TrainedGenerator> GENERATORS = new ConcurrentHashMap<>();

    private ExecutorState() {
    }

    static Screening screening(Broadcast<ScreenJob> job) {
        return SCREENINGS.computeIfAbsent(key(job), k -> {
            try {
                return job.value().load();
            } catch (ModelFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    static TrainedGenerator generator(Broadcast<GenerateJob> job) {
        return GENERATORS.computeIfAbsent(key(job), k -> {
            try {
                return job.value().load();
            } catch (ModelFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    private static String key(Broadcast<?> b) {
        return SparkEnv.get().conf().getAppId() + "/" + b.id();
    }
}

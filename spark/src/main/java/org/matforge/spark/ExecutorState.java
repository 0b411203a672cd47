package org.matforge.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.broadcast.Broadcast;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.file.ModelFileException;

/**
 * What an executor JVM loads once and shares between its tasks: the screening of a broadcast job (models loaded
 * once per executor, not per task or partition) and generator models; keyed by broadcast id.
 */
final class ExecutorState {
    private static final Map<Long, Screening> SCREENINGS = new ConcurrentHashMap<>();
    private static final Map<Long, TrainedGenerator> GENERATORS = new ConcurrentHashMap<>();

    private ExecutorState() {
    }

    static Screening screening(Broadcast<ScreenJob> job) {
        return SCREENINGS.computeIfAbsent(job.id(), id -> {
            try {
                return job.value().load();
            } catch (ModelFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    static TrainedGenerator generator(Broadcast<GenerateJob> job) {
        return GENERATORS.computeIfAbsent(job.id(), id -> {
            try {
                return job.value().load();
            } catch (ModelFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }
}

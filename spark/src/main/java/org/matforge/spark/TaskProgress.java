package org.matforge.spark;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Prints {@code progress <done>/<submitted> tasks} on the driver each time a task ends, for whoever runs the job as a
 * child process (the orchestrator turns these lines into a step's progress). Tasks are counted over every stage
 * submitted so far, so the fraction can step back when a new stage starts.
 */
final class TaskProgress extends SparkListener {
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final PrintStream out;

    TaskProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted stage) {
        submitted.addAndGet(stage.stageInfo().numTasks());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd task) {
        out.println("progress " + done.incrementAndGet() + "/" + submitted.get() + " tasks");
    }
}

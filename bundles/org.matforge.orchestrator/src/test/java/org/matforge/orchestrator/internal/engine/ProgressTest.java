package org.matforge.orchestrator.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.matforge.orchestrator.internal.workflow.Step;
import org.matforge.orchestrator.internal.workflow.StepType;

class ProgressTest {
    private static final long S = 1_000_000_000L;

    private static Step step(int i, StepType type) {
        return new Step(i, "s" + i, type, new JsonObject(), Map.of(), List.of(), 0);
    }

    @Test
    void overallFractionFollowsStepWeightsAndEtaUsesTheRunningStepsOwnRate() {
        Progress p = new Progress(List.of(step(0, StepType.LOAD), step(1, StepType.TRAIN_PREDICTOR), step(2, StepType.REPORT)), 0);
        assertEquals(0.0, p.overall(0, 0));
        assertEquals(1.0 / 12, p.overall(1, 0), 1e-12);
        assertEquals(6.0 / 12, p.overall(1, 0.5), 1e-12);
        assertEquals(1.0, p.overall(2, 1), 1e-12);
        assertTrue(p.eta(0, 0.01, S / 10).isEmpty(), "nothing to go on yet");

        p.stepStarted(0, 0);
        p.stepStarted(1, 1 * S); // the load step (weight 1) took 1 s
        assertEquals(Duration.ofSeconds(11), p.eta(1, 0.5, 11 * S).orElseThrow(), "10 s left in training at its own rate + 1 s for the report");
        assertEquals(Duration.ofSeconds(10), p.eta(1, 0.0, 2 * S).orElseThrow(), "no own rate yet: 10 weights × 1 s, 1 s of it gone, + 1 s");
        p.stepStarted(2, 21 * S);
        assertEquals(Duration.ofSeconds(1), p.eta(2, 0.5, 22 * S).orElseThrow(), "the last step alone");
    }

    @Test
    void oneLongTrainingStepDoesNotInflateTheEstimateOfTheQuickStepsAfterIt() {
        List<Step> steps = List.of(step(0, StepType.LOAD), step(1, StepType.CLEAN), step(2, StepType.TRAIN_GENERATOR),
                step(3, StepType.SAMPLE), step(4, StepType.RANK), step(5, StepType.REPORT));
        Progress p = new Progress(steps, 0);
        p.stepStarted(0, 0);
        p.stepStarted(1, S); // load: 1 s per weight
        p.stepStarted(2, 2 * S); // clean: 1 s per weight
        p.stepStarted(3, 202 * S); // training: 200 s for weight 10 = 20 s per weight
        assertEquals(Duration.ofSeconds(4), p.eta(3, 0, 202 * S).orElseThrow(), "median 1 s per weight × (2 + 1 + 1) weights");
    }
}

package org.matforge.orchestrator.internal.engine.steps;

import org.matforge.orchestrator.internal.engine.StepEnv;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.engine.artefacts.Artefact;
import org.matforge.orchestrator.internal.store.RunState;
import org.matforge.orchestrator.internal.workflow.Workflow;

/** What each step type does: the one place the run control hands a step to its implementation. */
public final class Steps {
    private Steps() {
    }

    /**
     * @param env      the step, its inputs, plug-ins, progress and log
     * @param workflow the workflow being run (the report names it)
     * @param state    the run's state so far (the report gives its times)
     * @param runId    the run's id
     * @return the step's artefact, of the type its {@link org.matforge.orchestrator.internal.workflow.StepType} declares
     */
    public static Artefact execute(StepEnv env, Workflow workflow, RunState state, String runId) throws StepException, InterruptedException {
        if (workflow.onSpark(env.step())) {
            return SparkSteps.execute(env, workflow);
        }
        return switch (env.step().type()) {
            case LOAD -> DataSteps.load(env);
            case CLEAN -> DataSteps.clean(env);
            case FEATURIZE -> DataSteps.featurize(env);
            case TRAIN_PREDICTOR -> ModelSteps.trainPredictor(env);
            case LOAD_PREDICTOR -> ModelSteps.loadPredictor(env);
            case TRAIN_GENERATOR -> ModelSteps.trainGenerator(env);
            case LOAD_GENERATOR -> ModelSteps.loadGenerator(env);
            case SAMPLE -> CandidateSteps.sample(env);
            case SCREEN -> CandidateSteps.screen(env, workflow);
            case PREDICT -> CandidateSteps.predict(env);
            case RANK -> CandidateSteps.rank(env);
            case EXPLAIN -> ExplainStep.explain(env);
            case OPTIMISE -> OptimiseStep.optimise(env);
            case REPORT -> ReportStep.report(env, workflow, state, runId);
        };
    }
}

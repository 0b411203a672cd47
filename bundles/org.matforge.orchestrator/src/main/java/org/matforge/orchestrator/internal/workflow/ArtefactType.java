package org.matforge.orchestrator.internal.workflow;

/** The type of an artefact a workflow step produces and later steps consume by the step's name. */
public enum ArtefactType {
    /** A {@code Table} of compositions and properties. */
    TABLE("table"),
    /** A feature matrix with the compositions and featurizers it came from. */
    FEATURES("feature matrix"),
    /** A property predictor, trained in the run or installed. */
    PREDICTOR("predictor"),
    /** A generative model, trained in the run or installed. */
    GENERATOR("generator"),
    /** A list of candidates with their predictions and screen results. */
    CANDIDATES("candidate set"),
    /** Attributions of predictions per candidate and, optionally, permutation importance of the predictor. */
    EXPLANATIONS("explanations"),
    /** A simulated design-optimisation campaign: its experiments, best so far and next batch. */
    CAMPAIGN("campaign"),
    /** Files written for people: candidates.csv, report.html. */
    REPORT("report");

    private final String label;

    ArtefactType(String label) {
        this.label = label;
    }

    /** @return how the type is named in messages */
    public String label() {
        return label;
    }
}

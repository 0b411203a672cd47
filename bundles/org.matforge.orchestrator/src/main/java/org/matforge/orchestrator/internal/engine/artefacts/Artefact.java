package org.matforge.orchestrator.internal.engine.artefacts;

import org.matforge.orchestrator.internal.workflow.ArtefactType;

/**
 * What a step produces and later steps read by the step's name: one record type per {@link ArtefactType}, so steps
 * pass artefacts typed rather than as objects to cast.
 */
public sealed interface Artefact permits Dataset, Features, PredictorModel, GeneratorModel, CandidateSet, ExplanationSet, ReportFiles, CampaignRun {
    /** @return the artefact type validation checked references against */
    ArtefactType type();

    /** @return a one-line description for step messages and the log */
    String describe();
}

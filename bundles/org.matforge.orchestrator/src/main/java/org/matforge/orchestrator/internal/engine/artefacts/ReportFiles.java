package org.matforge.orchestrator.internal.engine.artefacts;

import java.nio.file.Path;

import org.matforge.orchestrator.internal.workflow.ArtefactType;

/**
 * The report artefact.
 *
 * @param candidates the ranked candidates.csv
 * @param report     the self-contained report.html
 */
public record ReportFiles(Path candidates, Path report) implements Artefact {
    @Override
    public ArtefactType type() {
        return ArtefactType.REPORT;
    }

    @Override
    public String describe() {
        return "report " + report;
    }

}

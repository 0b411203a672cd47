package org.matforge.orchestrator.internal.engine.artefacts;

import java.nio.file.Path;
import java.util.List;

import org.matforge.orchestrator.internal.workflow.ArtefactType;

/**
 * The report artefact.
 *
 * @param candidates the ranked candidates.csv, null for a report of campaigns only
 * @param report     the self-contained report.html
 * @param rejected   rejected.csv: the candidates left out, with the screen and reason; null for a report of campaigns only
 * @param plotData   the data behind each of the report's plots (report-data/*.csv)
 */
public record ReportFiles(Path candidates, Path report, Path rejected, List<Path> plotData) implements Artefact {
    @Override
    public ArtefactType type() {
        return ArtefactType.REPORT;
    }

    @Override
    public String describe() {
        return "report " + report;
    }

}

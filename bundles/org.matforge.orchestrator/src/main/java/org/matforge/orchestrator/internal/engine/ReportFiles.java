package org.matforge.orchestrator.internal.engine;

import java.nio.file.Path;

/**
 * The report artefact.
 *
 * @param candidates the ranked candidates.csv
 * @param report     the self-contained report.html
 */
public record ReportFiles(Path candidates, Path report) {
}

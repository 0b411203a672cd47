package org.matforge.orchestrator.internal.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.matforge.api.discovery.Candidate;

/**
 * Everything the report shows, as plain values.
 *
 * @param title         the report's title
 * @param runId         the run
 * @param workflow      the workflow's name
 * @param description   the workflow's description
 * @param started       when the run started
 * @param generated     when the report was written
 * @param funnel        how the candidate set came to be, one line per screen or step
 * @param objectives    the ranking objectives
 * @param candidates    the ranked candidates
 * @param ranks         Pareto rank per candidate, or null when unranked
 * @param top           how many candidates the table shows
 * @param distributions property distributions of training data vs candidates
 * @param curves        training curves
 * @param parities      held-out parity data per trained predictor
 * @param plugins       the plug-ins used, one line each
 * @param workflowJson  the workflow document
 */
public record ReportData(String title, String runId, String workflow, String description, Instant started, Instant generated,
        List<String> funnel, List<String> objectives, List<Candidate> candidates, int[] ranks, int top, List<Distribution> distributions,
        List<Curve> curves, List<ParityData> parities, List<String> plugins, String workflowJson) {

    /**
     * A property in the training data and among the candidates (predicted).
     *
     * @param property   e.g. band_gap
     * @param unit       e.g. eV, or empty
     * @param training   the training values
     * @param candidates the candidates' predicted means
     */
    public record Distribution(String property, String unit, double[] training, double[] candidates) {
    }

    /**
     * One training curve of one model.
     *
     * @param model  the step that trained it
     * @param name   the curve, e.g. {@code validation loss}
     * @param values one value per epoch
     */
    public record Curve(String model, String name, List<Double> values) {
    }

    /**
     * Held-out predictions of one predictor.
     *
     * @param model     the step that trained it
     * @param target    the property
     * @param unit      its unit, or empty
     * @param actual    true values
     * @param predicted predicted means
     * @param std       predicted standard deviations
     * @param metrics   MAE, RMSE, R²
     */
    public record ParityData(String model, String target, String unit, double[] actual, double[] predicted, double[] std,
            Map<String, Double> metrics) {
    }
}

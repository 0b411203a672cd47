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
 * @param explanations  the explain steps' results
 * @param quality       the clean steps' data-quality findings
 * @param elements      element shares of the training compositions, the proposed ones and the candidates, each when known
 * @param rejected      how many candidates were left out (listed in {@code rejected.csv})
 * @param campaigns     the optimise steps' campaigns, shown as sections of the report
 */
public record ReportData(String title, String runId, String workflow, String description, Instant started, Instant generated,
        List<String> funnel, List<String> objectives, List<Candidate> candidates, int[] ranks, int top, List<Distribution> distributions,
        List<Curve> curves, List<ParityData> parities, List<String> plugins, String workflowJson, List<Explanation> explanations,
        List<Quality> quality, List<ElementShares> elements, int rejected, List<CampaignPage.Data> campaigns) {

    /** A report without optimisation campaigns. */
    public ReportData(String title, String runId, String workflow, String description, Instant started, Instant generated,
            List<String> funnel, List<String> objectives, List<Candidate> candidates, int[] ranks, int top, List<Distribution> distributions,
            List<Curve> curves, List<ParityData> parities, List<String> plugins, String workflowJson, List<Explanation> explanations,
            List<Quality> quality, List<ElementShares> elements, int rejected) {
        this(title, runId, workflow, description, started, generated, funnel, objectives, candidates, ranks, top, distributions, curves, parities,
                plugins, workflowJson, explanations, quality, elements, rejected, List.of());
    }

    /**
     * One explain step.
     *
     * @param step       the step
     * @param predictor  the predictor step explained
     * @param target     the property
     * @param unit       its unit, or empty
     * @param candidates the explained candidates, each with its top attributions
     * @param groups     the top feature groups by permutation importance, empty when not computed
     * @param importance how the importance was measured (metric, baseline error, repeats), empty when not computed
     * @param file       the CSV with every value
     */
    public record Explanation(String step, String predictor, String target, String unit, List<Explained> candidates, List<Bar> groups,
            String importance, String file) {
    }

    /**
     * One explained candidate.
     *
     * @param position   1-based position in the candidate set
     * @param formula    the reduced formula
     * @param method     integrated-gradients or shapley-sampling
     * @param prediction predicted mean
     * @param baseline   predicted mean at the baseline input
     * @param bars       the top attributions, largest |value| first
     */
    public record Explained(int position, String formula, String method, double prediction, double baseline, List<Bar> bars) {
    }

    /**
     * One bar of an explanation chart.
     *
     * @param label        feature or group name
     * @param featureValue the candidate's value of the feature, NaN for a group
     * @param value        attribution or importance
     * @param ci95         ±95% interval half-width, NaN when none
     */
    public record Bar(String label, double featureValue, double value, double ci95) {
    }

    /**
     * The data-quality findings of one clean step.
     *
     * @param step     the clean step
     * @param file     the CSV listing every row
     * @param rows     rows examined
     * @param settings the checks and handling, in words
     * @param sections unusable rows, conflicting duplicates, outliers
     */
    public record Quality(String step, String file, int rows, String settings, List<QualitySection> sections) {
    }

    /**
     * One kind of finding.
     *
     * @param title   e.g. "Conflicting duplicates"
     * @param total   how many rows are listed
     * @param first   the first rows: row, formula, column, value, reason, handling
     */
    public record QualitySection(String title, int total, List<List<String>> first) {
    }

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
     * @param kind   what it measures
     * @param values one value per epoch
     */
    public record Curve(String model, CurveKind kind, List<Double> values) {
        /**
         * @param name           the curve's name as the trainer recorded it, e.g. {@code member0.validation}
         * @param targetUnit     the unit of the model's target, empty when unknown
         * @param classification whether the model classifies
         * @return the curve with what it measures
         */
        public static Curve of(String model, String name, List<Double> values, String targetUnit, boolean classification) {
            return new Curve(model, CurveKinds.of(name, targetUnit, classification), values);
        }
    }

    /**
     * What a curve measures.
     *
     * @param panel  the plot it goes in, e.g. {@code validation MAE}
     * @param axis   that plot's y-axis label with unit, e.g. {@code validation MAE (eV)}
     * @param series the curve's name in the legend, e.g. {@code member 0}
     */
    public record CurveKind(String panel, String axis, String series) {
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

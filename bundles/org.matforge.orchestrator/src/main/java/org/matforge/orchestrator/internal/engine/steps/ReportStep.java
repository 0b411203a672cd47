package org.matforge.orchestrator.internal.engine.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;

import org.matforge.api.chem.Composition;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.explain.GlobalExplanation;
import org.matforge.api.explain.LocalExplanation;
import org.matforge.orchestrator.internal.engine.StepEnv;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.engine.artefacts.CampaignRun;
import org.matforge.orchestrator.internal.engine.artefacts.CandidateSet;
import org.matforge.orchestrator.internal.engine.artefacts.Dataset;
import org.matforge.orchestrator.internal.engine.artefacts.ExplanationSet;
import org.matforge.orchestrator.internal.engine.artefacts.GeneratorModel;
import org.matforge.orchestrator.internal.engine.artefacts.PredictorModel;
import org.matforge.orchestrator.internal.engine.artefacts.QualityFindings;
import org.matforge.orchestrator.internal.engine.artefacts.ReportFiles;
import org.matforge.orchestrator.internal.report.CampaignPage;
import org.matforge.orchestrator.internal.report.CandidatesCsv;
import org.matforge.orchestrator.internal.report.ElementShares;
import org.matforge.orchestrator.internal.report.RejectedCsv;
import org.matforge.orchestrator.internal.report.ReportData;
import org.matforge.orchestrator.internal.report.ReportWriter;
import org.matforge.commons.io.AtomicFiles;
import org.matforge.orchestrator.internal.store.RunState;
import org.matforge.orchestrator.internal.workflow.Step;
import org.matforge.orchestrator.internal.workflow.Workflow;
import org.matforge.spi.model.ModelMetadata;

/**
 * The report step: {@code candidates.csv}, {@code rejected.csv}, {@code report.html} and the data behind its plots
 * ({@code report-data/*.csv}) in the run's folder.
 */
final class ReportStep {
    /** Ranked candidates. */
    static final String CANDIDATES = "candidates.csv";
    /** The report page. */
    static final String REPORT = "report.html";
    private static final int IMPORTANT_GROUPS = 12;
    private static final int QUALITY_ROWS = 10;

    private ReportStep() {
    }

    static ReportFiles report(StepEnv env, Workflow workflow, RunState state, String runId) throws StepException {
        Step step = env.step();
        List<CampaignPage.Data> campaigns = new ArrayList<>();
        for (int i = 0; step.json().has("campaigns") && i < step.array("campaigns").size(); i++) {
            campaigns.add(env.input("campaigns[" + i + "]", CampaignRun.class).page());
        }
        if (step.input("input") == null) {
            if (campaigns.isEmpty()) {
                throw new StepException(step.path() + ": a report needs 'input' (candidates), 'campaigns' (optimise steps) or both");
            }
            return campaignsOnly(env, workflow, state, runId, campaigns);
        }
        CandidateSet set = env.input("input", CandidateSet.class);
        Dataset training = step.input("training") == null ? null : env.input("training", Dataset.class);
        ReportData data = new ReportData(step.text("title", workflow.name()), runId, workflow.name(), workflow.description() == null ? "" : workflow.description(),
                state.started(), Instant.now(), set.funnel(), set.objectives(), set.candidates(), set.ranks(), (int) step.integer("top"),
                distributions(set, training, env.all(PredictorModel.class)), curves(env), parities(env.all(PredictorModel.class)),
                env.pluginsUsed(), workflow.json(), explanations(env.all(ExplanationSet.class)), quality(env.all(Dataset.class)),
                elements(set, training), set.rejected().size(), campaigns);
        Path csv = env.directory().resolve(CANDIDATES);
        Path rejected = env.directory().resolve(ReportWriter.REJECTED);
        Path html = env.directory().resolve(REPORT);
        ReportWriter.Rendered report = ReportWriter.render(data);
        List<Path> plotData = new ArrayList<>();
        try {
            CandidatesCsv.write(csv, set.candidates(), set.ranks());
            CandidatesCsv.write(parquet(csv), set.candidates(), set.ranks());
            RejectedCsv.write(rejected, set.rejected());
            RejectedCsv.write(parquet(rejected), set.rejected());
            plotData.addAll(writePage(env, html, report));
        } catch (IOException e) {
            throw new StepException("could not write the report: " + e.getMessage(), e);
        }
        env.record().addProperty("candidates", csv.toString());
        env.record().addProperty("candidatesParquet", parquet(csv).toString());
        env.record().addProperty("rejected", rejected.toString());
        env.record().addProperty("rejectedParquet", parquet(rejected).toString());
        env.record().addProperty("rejectedCount", set.rejected().size());
        env.record().addProperty("report", html.toString());
        JsonArray files = new JsonArray();
        report.plotData().keySet().forEach(files::add);
        env.record().add("plotData", files);
        env.log(String.format(Locale.ROOT, "wrote %s, %s (%,d left out), %s and %d plot data files in %s", csv, rejected, set.rejected().size(), html,
                plotData.size(), env.directory().resolve("report-data")));
        return new ReportFiles(csv, html, rejected, plotData);
    }

    /** @return the data files behind the report's plots, written with the report page itself */
    private static List<Path> writePage(StepEnv env, Path html, ReportWriter.Rendered report) throws IOException {
        List<Path> plotData = new ArrayList<>();
        for (Map.Entry<String, String> f : report.plotData().entrySet()) {
            Path file = env.directory().resolve(f.getKey());
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, f.getValue());
            plotData.add(file);
        }
        AtomicFiles.write(html, report.html());
        return plotData;
    }

    /** A report of optimisation campaigns alone: report.html and the data behind its plots, no candidate files. */
    private static ReportFiles campaignsOnly(StepEnv env, Workflow workflow, RunState state, String runId, List<CampaignPage.Data> campaigns)
            throws StepException {
        Step step = env.step();
        ReportData data = new ReportData(step.text("title", workflow.name()), runId, workflow.name(), workflow.description() == null ? "" : workflow.description(),
                state.started(), Instant.now(), List.of(), List.of(), List.of(), null, 0, List.of(), curves(env), parities(env.all(PredictorModel.class)),
                env.pluginsUsed(), workflow.json(), explanations(env.all(ExplanationSet.class)), quality(env.all(Dataset.class)), List.of(), 0, campaigns);
        ReportWriter.Rendered report = ReportWriter.render(data);
        Path html = env.directory().resolve(REPORT);
        List<Path> plotData = new ArrayList<>();
        try {
            plotData.addAll(writePage(env, html, report));
        } catch (IOException e) {
            throw new StepException("could not write the report: " + e.getMessage(), e);
        }
        env.record().addProperty("report", html.toString());
        env.log(String.format(Locale.ROOT, "wrote %s (%d campaigns) and %d plot data files", html, campaigns.size(), plotData.size()));
        return new ReportFiles(null, html, null, plotData);
    }

    /** @return the Parquet copy beside a CSV file: {@code candidates.csv} → {@code candidates.parquet} */
    private static Path parquet(Path csv) {
        String name = csv.getFileName().toString();
        return csv.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".parquet");
    }

    /** Element shares of the training compositions, of every proposed one (kept or left out) and of the kept candidates. */
    private static List<ElementShares> elements(CandidateSet set, Dataset training) {
        List<ElementShares> out = new ArrayList<>();
        if (training != null) {
            out.add(ElementShares.of("training data", training.compositions()));
        }
        List<Composition> proposed = new ArrayList<>();
        set.candidates().forEach(c -> proposed.add(c.composition()));
        set.rejected().forEach(r -> proposed.add(r.candidate().composition()));
        boolean generated = set.funnel().stream().anyMatch(l -> l.startsWith("sampled "));
        out.add(ElementShares.of(generated ? "generated" : "proposed", proposed));
        out.add(ElementShares.of("kept candidates", set.candidates().stream().map(Candidate::composition).toList()));
        return out;
    }

    static List<ReportData.Explanation> explanations(List<ExplanationSet> sets) {
        List<ReportData.Explanation> out = new ArrayList<>();
        for (ExplanationSet set : sets) {
            List<ReportData.Explained> candidates = new ArrayList<>();
            for (ExplanationSet.Explained e : set.candidates()) {
                LocalExplanation x = e.explanation();
                double[] a = x.attributions();
                double[] v = e.features();
                List<ReportData.Bar> bars = new ArrayList<>();
                for (int k : x.top(set.top())) {
                    bars.add(new ReportData.Bar(x.labels().get(k), v[k], a[k], Double.NaN));
                }
                candidates.add(new ReportData.Explained(e.position(), e.formula(), x.method(), x.prediction(), x.baselinePrediction(), bars));
            }
            List<ReportData.Bar> groups = new ArrayList<>();
            String importance = "";
            if (set.importance().isPresent()) {
                GlobalExplanation g = set.importance().get();
                g.groups().stream().limit(IMPORTANT_GROUPS)
                        .forEach(i -> groups.add(new ReportData.Bar(i.name() + (i.members() > 1 ? " (" + i.members() + ")" : ""), Double.NaN,
                                i.importance(), i.confidence95(g.repeats()))));
                importance = String.format(Locale.ROOT, "%s %.4g unshuffled, %d repeats, %d features in %d groups", g.metric(), g.baseline(),
                        g.repeats(), g.features().size(), g.groups().size());
            }
            out.add(new ReportData.Explanation(set.name(), set.predictor(), set.target(), set.unit(), candidates, groups, importance, set.file()));
        }
        return out;
    }

    static List<ReportData.Quality> quality(List<Dataset> tables) {
        List<ReportData.Quality> out = new ArrayList<>();
        for (Dataset d : tables) {
            if (d.quality().isEmpty()) {
                continue;
            }
            QualityFindings q = d.quality().get();
            List<ReportData.QualitySection> sections = new ArrayList<>();
            sections.add(section("Unusable rows", q.of(QualityFindings.UNUSABLE)));
            sections.add(section("Conflicting duplicates", q.of(QualityFindings.CONFLICT)));
            sections.add(section("Outliers", q.of(QualityFindings.OUTLIER)));
            String settings = String.format(Locale.ROOT, "duplicates conflict when their targets spread by more than %s and are %s; "
                    + "outliers are beyond a robust z-score of %s and are %s", Cleaning.brief(q.conflictTolerance()),
                    q.duplicates().equals("drop") ? "dropped" : "merged by " + q.duplicates(), Cleaning.brief(q.outlierZ()),
                    q.outliers().equals("keep") ? "kept" : q.outliers().equals("drop") ? "dropped" : "flagged");
            out.add(new ReportData.Quality(q.step(), q.file(), q.rows(), settings, sections));
        }
        return out;
    }

    private static ReportData.QualitySection section(String title, List<QualityFindings.Entry> entries) {
        List<List<String>> first = entries.stream().limit(QUALITY_ROWS).map(e -> List.of(Integer.toString(e.row()),
                e.formula() == null ? "" : e.formula(), e.column(), e.value(), e.reason(), e.handling())).toList();
        return new ReportData.QualitySection(title, entries.size(), first);
    }

    private static List<ReportData.Distribution> distributions(CandidateSet set, Dataset training, List<PredictorModel> predictors) {
        Set<String> targets = new LinkedHashSet<>();
        set.candidates().forEach(c -> targets.addAll(c.predictions().keySet()));
        List<ReportData.Distribution> out = new ArrayList<>();
        for (String t : targets) {
            double[] train = training != null && training.table().hasColumn(t) && training.table().isNumeric(t) ? training.table().doubles(t) : new double[0];
            double[] candidates = set.candidates().stream().map(Candidate::predictions).map(p -> p.get(t)).filter(p -> p != null)
                    .mapToDouble(Prediction::mean).toArray();
            String unit = predictors.stream().filter(p -> p.target().equals(t)).map(PredictorModel::unit).findFirst().orElse("");
            out.add(new ReportData.Distribution(t, unit, train, candidates));
        }
        return out;
    }

    private static List<ReportData.Curve> curves(StepEnv env) {
        List<ReportData.Curve> out = new ArrayList<>();
        for (PredictorModel p : env.all(PredictorModel.class)) {
            p.metadata().ifPresent(m -> add(out, p.name(), m));
        }
        for (GeneratorModel g : env.all(GeneratorModel.class)) {
            g.metadata().ifPresent(m -> add(out, g.name(), m));
        }
        return out;
    }

    private static void add(List<ReportData.Curve> out, String model, ModelMetadata m) {
        boolean classification = m.metrics().containsKey("validation_logloss");
        m.curves().entrySet().stream().sorted(Map.Entry.comparingByKey(ReportStep::naturally))
                .forEach(e -> out.add(ReportData.Curve.of(model, e.getKey(), e.getValue(), m.unit(), classification)));
    }

    /** Orders curve names with their numbers by value ("member2" before "member10"). */
    private static int naturally(String a, String b) {
        String pa = a.replaceAll("\\d+", "");
        String pb = b.replaceAll("\\d+", "");
        if (!pa.equals(pb)) {
            return a.compareTo(b);
        }
        String na = a.replaceAll("\\D+", " ").trim();
        String nb = b.replaceAll("\\D+", " ").trim();
        return na.isEmpty() || nb.isEmpty() ? a.compareTo(b) : Long.compare(Long.parseLong(na.split(" ")[0]), Long.parseLong(nb.split(" ")[0]));
    }

    private static List<ReportData.ParityData> parities(List<PredictorModel> predictors) {
        List<ReportData.ParityData> out = new ArrayList<>();
        for (PredictorModel p : predictors) {
            p.parity().ifPresent(x -> out.add(new ReportData.ParityData(p.name(), p.target(), p.unit(), x.actual(), x.predicted(), x.std(),
                    Map.of("mae", x.mae(), "rmse", x.rmse(), "r2", x.r2()))));
        }
        return out;
    }
}

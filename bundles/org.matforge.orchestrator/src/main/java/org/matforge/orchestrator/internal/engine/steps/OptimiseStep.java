package org.matforge.orchestrator.internal.engine.steps;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.matforge.api.data.Parameters;
import org.matforge.commons.io.AtomicFiles;
import org.matforge.orchestrator.internal.engine.StepEnv;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.engine.artefacts.CampaignRun;
import org.matforge.orchestrator.internal.report.CampaignPage;
import org.matforge.orchestrator.internal.report.ReportWriter;
import org.matforge.optimizer.lib.space.SpaceDocument;
import org.matforge.orchestrator.internal.workflow.Step;
import org.matforge.spi.optimizer.Optimizer;

/**
 * The optimise step: a simulated campaign on a measured pool ({@link PoolCampaign}), written to
 * {@code campaigns/<step>/} in the run folder: {@code campaign.json} (settings, every experiment, the next batch, the
 * length scales), {@code best-so-far.csv} (with the expected best of random experiments) and {@code report.html}.
 */
final class OptimiseStep {
    static final String FOLDER = "campaigns";

    private OptimiseStep() {
    }

    static CampaignRun optimise(StepEnv env) throws StepException, InterruptedException {
        Step step = env.step();
        JsonElement space = step.json().get("space");
        boolean inline = space.isJsonObject();
        String spaceName = inline ? step.path() + ".space" : space.getAsString();
        Path poolFile = step.optionalText("pool").map(Path::of).orElseGet(() -> csvNextTo(Path.of(spaceName)));
        MeasuredPool pool;
        try {
            pool = inline ? MeasuredPool.read(SpaceDocument.parse(space, spaceName), spaceName, poolFile) : MeasuredPool.read(Path.of(spaceName), poolFile);
        } catch (IOException e) {
            throw new StepException("cannot read the pool: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new StepException(e.getMessage());
        }
        int budget = (int) step.integer("budget", 0);
        if (budget > pool.size()) {
            throw new StepException(step.path() + ".budget: " + budget + " experiments, but the pool " + poolFile.getFileName() + " has "
                    + pool.size() + " distinct points");
        }
        Optimizer optimizer = env.plugin(step.plugin("optimizer"), Optimizer.class);
        Map<String, Object> options = new LinkedHashMap<>(env.parameters(step.object("parameters"), ".parameters", false).asMap());
        options.putIfAbsent("goal", pool.maximise() ? "maximize" : "minimize");
        Parameters parameters = Parameters.of(options);
        env.log(String.format(Locale.ROOT, "pool %s: %d rows, %d distinct points; %s %s; budget %d in batches of %d", poolFile, pool.rows(),
                pool.size(), pool.maximise() ? "maximise" : "minimise", pool.measurement(), budget, step.integer("batch")));
        PoolCampaign.Outcome outcome;
        try {
            outcome = PoolCampaign.run(pool, optimizer, parameters, (int) step.integer("initial"), budget, (int) step.integer("batch"), step.seed(), env);
        } catch (IllegalArgumentException e) {
            throw new StepException("the optimizer refused the campaign: " + e.getMessage(), e);
        }
        CampaignPage.Data data = data(step, pool, outcome, inline ? "inline (" + spaceName + ")" : spaceName, poolFile, env.provenance(step.plugin("optimizer")).describe(), options);
        Path folder = env.directory().resolve(FOLDER).resolve(step.name());
        Path report = folder.resolve("report.html");
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(folder.resolve("campaign.json"), json(data, outcome, pool, step.seed(), inline ? space : null));
            AtomicFiles.write(folder.resolve("best-so-far.csv"), bestSoFarCsv(data));
            ReportWriter.Rendered page = CampaignPage.render(data);
            for (Map.Entry<String, String> plot : page.plotData().entrySet()) {
                Path file = folder.resolve(plot.getKey());
                Files.createDirectories(file.getParent());
                AtomicFiles.write(file, plot.getValue());
            }
            AtomicFiles.write(report, page.html());
        } catch (IOException e) {
            throw new StepException("could not write the campaign: " + e.getMessage(), e);
        }
        env.record().addProperty("campaign", folder.toString());
        env.record().addProperty("report", report.toString());
        double best = data.bestSoFar()[data.bestSoFar().length - 1];
        env.log(String.format(Locale.ROOT, "best %s %.4g after %d experiments (rank %d of %d in the pool); random would need %.1f on average",
                pool.measurement(), best, data.experiments().size(), data.bestRank(), pool.size(), data.randomToReachBest()));
        return new CampaignRun(step.name(), pool.measurement(), data.experiments().size(), best, folder, report, data);
    }

    private static Path csvNextTo(Path space) {
        String name = space.getFileName().toString();
        return space.resolveSibling((name.endsWith(".json") ? name.substring(0, name.length() - 5) : name) + ".csv");
    }

    private static CampaignPage.Data data(Step step, MeasuredPool pool, PoolCampaign.Outcome outcome, String spaceName, Path poolFile, String optimizer,
            Map<String, Object> options) {
        List<String> names = pool.space().stream().map(d -> d.name()).toList();
        List<CampaignPage.Row> rows = new ArrayList<>();
        double[] best = new double[outcome.experiments().size()];
        for (PoolCampaign.Experiment e : outcome.experiments()) {
            rows.add(new CampaignPage.Row(e.number(), e.round(), texts(pool.points().get(e.point())), e.value()));
            int i = e.number() - 1;
            best[i] = i == 0 || pool.better(e.value(), best[i - 1]) ? e.value() : best[i - 1];
        }
        List<List<String>> next = outcome.next().stream().map(p -> texts(pool.points().get(p))).toList();
        double[] sorted = pool.values().clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        int top = Math.max(1, (int) Math.ceil(step.number("top") * pool.size() - 1e-9));
        double threshold = pool.maximise() ? sorted[sorted.length - top] : sorted[top - 1];
        double found = best[best.length - 1];
        int rank = 1 + (int) Arrays.stream(pool.values()).filter(v -> pool.better(v, found)).count();
        int topFound = (int) outcome.experiments().stream().filter(e -> !pool.better(threshold, e.value())).count();
        return new CampaignPage.Data(step.name(), pool.measurement(), pool.maximise(), names, rows, best,
                RandomBaseline.expectedBest(pool.values(), pool.maximise(), best.length), outcome.lengthScales(), next, pool.size(), pool.rows(),
                median, top, threshold, topFound, rank, RandomBaseline.expectedExperimentsToReach(pool.values(), pool.maximise(), found),
                optimizer, options.toString(), step.seed(), (int) step.integer("batch"), (int) step.integer("initial"), spaceName,
                poolFile.toString());
    }

    private static List<String> texts(double[] point) {
        return Arrays.stream(point).mapToObj(v -> BigDecimal.valueOf(v).round(new MathContext(6)).stripTrailingZeros().toPlainString()).toList();
    }

    private static String json(CampaignPage.Data d, PoolCampaign.Outcome outcome, MeasuredPool pool, long seed, JsonElement inlineSpace) {
        JsonObject o = new JsonObject();
        o.addProperty("step", d.step());
        if (inlineSpace == null) {
            o.addProperty("space", d.spaceFile());
        } else {
            o.add("space", inlineSpace.deepCopy());
        }
        o.addProperty("pool", d.poolFile());
        o.addProperty("poolPoints", pool.size());
        o.addProperty("poolRows", pool.rows());
        o.addProperty("measurement", d.measurement());
        o.addProperty("goal", d.maximise() ? "maximize" : "minimize");
        o.addProperty("optimizer", d.optimizer());
        o.addProperty("parameters", d.parameters());
        o.addProperty("seed", seed);
        o.addProperty("initial", d.initial());
        o.addProperty("batch", d.batch());
        JsonArray experiments = new JsonArray();
        for (CampaignPage.Row r : d.experiments()) {
            JsonObject e = new JsonObject();
            e.addProperty("number", r.number());
            e.addProperty("round", r.round());
            e.add("values", values(d.parameterNames(), r.values()));
            e.addProperty("measured", r.value());
            e.addProperty("bestSoFar", d.bestSoFar()[r.number() - 1]);
            experiments.add(e);
        }
        o.add("experiments", experiments);
        JsonArray next = new JsonArray();
        d.next().forEach(v -> next.add(values(d.parameterNames(), v)));
        o.add("nextBatch", next);
        JsonObject scales = new JsonObject();
        outcome.lengthScales().forEach(scales::addProperty);
        o.add("lengthScales", scales);
        o.addProperty("bestRankInPool", d.bestRank());
        o.addProperty("topShareFound", (double) d.topFound() / d.topCount());
        return new GsonBuilder().setPrettyPrinting().create().toJson(o);
    }

    private static JsonObject values(List<String> names, List<String> values) {
        JsonObject v = new JsonObject();
        for (int i = 0; i < names.size(); i++) {
            v.addProperty(names.get(i), Double.parseDouble(values.get(i)));
        }
        return v;
    }

    private static String bestSoFarCsv(CampaignPage.Data d) {
        StringBuilder csv = new StringBuilder("experiment,round," + String.join(",", d.parameterNames()) + "," + d.measurement()
                + ",best_so_far,random_expected_best\n");
        for (CampaignPage.Row r : d.experiments()) {
            int i = r.number() - 1;
            csv.append(r.number()).append(',').append(r.round()).append(',').append(String.join(",", r.values())).append(',')
                    .append(r.value()).append(',').append(d.bestSoFar()[i]).append(',')
                    .append(String.format(Locale.ROOT, "%.6g", d.randomExpected()[i])).append('\n');
        }
        return csv.toString();
    }
}

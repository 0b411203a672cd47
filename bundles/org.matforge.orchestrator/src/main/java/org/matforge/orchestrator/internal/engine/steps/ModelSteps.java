package org.matforge.orchestrator.internal.engine.steps;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import com.google.gson.JsonObject;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Prediction;
import org.matforge.commons.io.AtomicFiles;
import org.matforge.orchestrator.internal.engine.Provenance;
import org.matforge.orchestrator.internal.engine.StepEnv;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.engine.artefacts.Dataset;
import org.matforge.orchestrator.internal.engine.artefacts.Features;
import org.matforge.orchestrator.internal.engine.artefacts.GeneratorModel;
import org.matforge.orchestrator.internal.engine.artefacts.Parity;
import org.matforge.orchestrator.internal.engine.artefacts.PredictorModel;
import org.matforge.orchestrator.internal.workflow.Step;
import org.matforge.spi.generator.GenerativeModel;
import org.matforge.spi.generator.GeneratorInfo;
import org.matforge.spi.model.GeneratorTrainer;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.PredictorTrainer;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.predictor.PredictorInfo;
import org.matforge.spi.predictor.PropertyPredictor;

/** The train-predictor, load-predictor, train-generator and load-generator steps. */
final class ModelSteps {
    /** Folder of the run holding the models it trained. */
    static final String MODELS = "models";

    private ModelSteps() {
    }

    static PredictorModel trainPredictor(StepEnv env) throws StepException, InterruptedException {
        Step step = env.step();
        Features features = env.input("input", Features.class);
        String target = step.optionalText("target").orElseThrow();
        double[] all = features.data().numbers(target);
        List<Integer> usable = new ArrayList<>();
        for (int r = 0; r < all.length; r++) {
            if (Double.isFinite(all[r])) {
                usable.add(r);
            }
        }
        if (usable.size() < all.length) {
            env.log((all.length - usable.size()) + " rows without a value of '" + target + "' are left out");
        }
        java.util.Collections.shuffle(usable, new Random(step.seed()));
        int holdout = (int) Math.round(usable.size() * step.number("holdout"));
        int train = usable.size() - holdout;
        if (train < 2) {
            throw new StepException("only " + train + " rows to train on (" + usable.size() + " with a value of '" + target
                    + "', " + holdout + " held out)");
        }
        List<Integer> trainRows = usable.subList(holdout, usable.size());
        List<Integer> testRows = usable.subList(0, holdout);
        PredictorTrainer trainer = env.plugin(step.plugin("trainer"), PredictorTrainer.class);
        PredictionTask task = new PredictionTask(step.name(), target, step.text("unit", ""), step.flag("classification"),
                features.featurizers(), features.versions());
        env.share(0, 0.95);
        TrainedPredictor model = trainer.train(rows(features.matrix(), trainRows), values(all, trainRows), task,
                env.parameters(step.object("parameters"), "parameters", true), env);
        env.share(0, 1);
        if (model == null) {
            throw new StepException("trainer '" + step.plugin("trainer").id() + "' returned no model");
        }
        Optional<Parity> parity = Optional.empty();
        if (holdout > 0) {
            env.checkCancelled();
            Prediction[] p = model.predict(rows(features.matrix(), testRows), env);
            double[] mean = new double[p.length];
            double[] std = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                mean[i] = p[i].mean();
                std[i] = p[i].std();
            }
            Parity parityOf = new Parity(values(all, testRows), mean, std);
            parity = Optional.of(parityOf);
            env.log(String.format(Locale.ROOT, "held-out %d rows: MAE %.4g, RMSE %.4g, R² %.3f", holdout, parityOf.mae(), parityOf.rmse(), parityOf.r2()));
            JsonObject h = new JsonObject();
            h.addProperty("rows", holdout);
            h.addProperty("mae", parityOf.mae());
            h.addProperty("rmse", parityOf.rmse());
            h.addProperty("r2", parityOf.r2());
            env.record().add("holdout", h);
        }
        env.record().addProperty("trainingRows", train);
        save(env, model);
        return new PredictorModel(step.name(), model, target, step.text("unit", model.metadata().unit()), Optional.of(model.metadata()), parity,
                Optional.of(features), trainRows, testRows);
    }

    static PredictorModel loadPredictor(StepEnv env) throws StepException, InterruptedException {
        if (env.step().file("file").isPresent()) {
            TrainedPredictor p = ModelFiles.load(env, "file", ModelMetadata.PREDICTOR, TrainedPredictor.class);
            return new PredictorModel(env.step().name(), p, p.target(), p.metadata().unit(), Optional.of(p.metadata()), Optional.empty(),
                    Optional.empty(), List.of(), List.of());
        }
        PropertyPredictor p = env.plugin(env.step().plugin("predictor"), PropertyPredictor.class);
        Optional<ModelMetadata> metadata = p instanceof TrainedPredictor t ? Optional.of(t.metadata()) : Optional.empty();
        metadata.ifPresent(m -> env.record().add("model", Provenance.json(m)));
        String unit = metadata.map(ModelMetadata::unit).orElseGet(() -> String.valueOf(env.provenance(env.step().plugin("predictor")).properties()
                .getOrDefault(PredictorInfo.UNIT, "")));
        return new PredictorModel(env.step().name(), p, p.target(), unit, metadata, Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    static GeneratorModel trainGenerator(StepEnv env) throws StepException, InterruptedException {
        Step step = env.step();
        Dataset data = env.input("input", Dataset.class);
        List<Composition> compositions = data.requireCompositions();
        Optional<PropertyValues> property = Optional.empty();
        if (step.optionalText("condition").isPresent()) {
            String column = step.optionalText("condition").get();
            double[] values = data.numbers(column);
            long missing = java.util.Arrays.stream(values).filter(v -> !Double.isFinite(v)).count();
            if (missing > 0) {
                throw new StepException("condition column '" + column + "' has " + missing
                        + " missing values; list it in the clean step's \"targets\" to drop those rows");
            }
            property = Optional.of(new PropertyValues(column, values));
        }
        GeneratorTrainer trainer = env.plugin(step.plugin("trainer"), GeneratorTrainer.class);
        TrainedGenerator model;
        try {
            model = trainer.train(compositions, property, step.name(), env.parameters(step.object("parameters"), "parameters", true), env);
        } catch (UnsupportedOperationException e) {
            throw new StepException("trainer '" + step.plugin("trainer").id() + "' cannot train a conditional model: " + e.getMessage(), e);
        }
        if (model == null) {
            throw new StepException("trainer '" + step.plugin("trainer").id() + "' returned no model");
        }
        env.record().addProperty("trainingRows", compositions.size());
        save(env, model);
        return new GeneratorModel(step.name(), model, model.conditional(), Optional.of(model.metadata()));
    }

    static GeneratorModel loadGenerator(StepEnv env) throws StepException, InterruptedException {
        if (env.step().file("file").isPresent()) {
            TrainedGenerator g = ModelFiles.load(env, "file", ModelMetadata.GENERATOR, TrainedGenerator.class);
            return new GeneratorModel(env.step().name(), g, g.conditional(), Optional.of(g.metadata()));
        }
        GenerativeModel g = env.plugin(env.step().plugin("generator"), GenerativeModel.class);
        Optional<ModelMetadata> metadata = g instanceof TrainedGenerator t ? Optional.of(t.metadata()) : Optional.empty();
        metadata.ifPresent(m -> env.record().add("model", Provenance.json(m)));
        boolean conditional = g instanceof TrainedGenerator t ? t.conditional()
                : Boolean.parseBoolean(String.valueOf(env.provenance(env.step().plugin("generator")).properties().getOrDefault(GeneratorInfo.CONDITIONAL, "false")));
        return new GeneratorModel(env.step().name(), g, conditional, metadata);
    }

    /** Saves a trained model into the run's models folder and records its metadata, the file and the file's SHA-256. */
    private static void save(StepEnv env, SavableModel model) throws StepException {
        env.record().add("model", Provenance.json(model.metadata()));
        Path file = env.directory().resolve(MODELS).resolve(env.step().name() + ".mfm");
        try {
            Files.createDirectories(file.getParent());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            AtomicFiles.write(file, (OutputStream out) -> model.save(new DigestOutputStream(out, sha256)));
            env.record().addProperty("file", env.directory().relativize(file).toString());
            env.record().addProperty("fileSha256", HexFormat.of().formatHex(sha256.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException | RuntimeException e) {
            throw new StepException("could not save the trained model to " + file + ": " + e.getMessage(), e);
        }
    }

    static FeatureMatrix rows(FeatureMatrix m, List<Integer> rows) {
        return m.rows(rows.stream().mapToInt(Integer::intValue).toArray());
    }

    static double[] values(double[] all, List<Integer> rows) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all[rows.get(i)];
        }
        return out;
    }
}

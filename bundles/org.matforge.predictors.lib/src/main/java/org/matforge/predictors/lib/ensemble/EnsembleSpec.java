package org.matforge.predictors.lib.ensemble;

import java.io.IOException;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * Everything an ensemble needs besides its networks, saved as the {@value #ENTRY} entry of the model file: the
 * feature labels, the input standardiser and the target scale (all fitted on training rows only), the loss and
 * the task kind, and the factor of σ fitted on validation rows.
 *
 * @param labels         feature labels in column order
 * @param standardizer   input statistics
 * @param target         target statistics
 * @param loss           the members' loss
 * @param classification whether the target is 0/1
 * @param members        number of member networks
 * @param sigmaScale     factor of the members' spread in each prediction's σ ({@link SigmaCalibration}; 1 = none)
 */
record EnsembleSpec(List<String> labels, Standardizer standardizer, TargetScale target, MemberLoss loss,
        boolean classification, int members, double sigmaScale) {
    static final String ENTRY = "ensemble.json";
    private static final Gson GSON = new Gson();

    EnsembleSpec {
        labels = List.copyOf(labels);
        if (standardizer.mean().length != labels.size() || standardizer.scale().length != labels.size()) {
            throw new IllegalArgumentException("standardiser has " + standardizer.mean().length + " columns for "
                    + labels.size() + " labels");
        }
        if (!(sigmaScale > 0) || Double.isInfinite(sigmaScale)) {
            throw new IllegalArgumentException("σ scale must be positive and finite, got " + sigmaScale);
        }
    }

    EnsembleSpec withSigmaScale(double factor) {
        return new EnsembleSpec(labels, standardizer, target, loss, classification, members, factor);
    }

    /** @return the network entry of member {@code i} */
    static String memberEntry(int i) {
        return "member-" + i + ".dl4j";
    }

    String toJson() {
        return GSON.toJson(new Json(this));
    }

    static EnsembleSpec fromJson(String json) throws IOException {
        try {
            Json j = GSON.fromJson(json, Json.class);
            return new EnsembleSpec(j.labels, new Standardizer(j.mean, j.scale),
                    new TargetScale(j.transform, j.targetMean, j.targetScale,
                            j.targetMin == null ? Double.NEGATIVE_INFINITY : j.targetMin,
                            j.targetMax == null ? Double.POSITIVE_INFINITY : j.targetMax), MemberLoss.valueOf(j.loss),
                    j.classification, j.members, j.sigmaScale == null ? 1 : j.sigmaScale);
        } catch (JsonParseException | IllegalArgumentException | NullPointerException e) {
            throw new IOException("model file is corrupt: " + ENTRY + " is invalid (" + e.getMessage() + ")", e);
        }
    }

    /** The JSON shape; doubles are written with Double.toString, so values round-trip exactly. */
    private static final class Json {
        List<String> labels;
        double[] mean;
        double[] scale;
        String transform;
        double targetMean;
        double targetScale;
        /** null when unbounded (JSON has no infinities) */
        Double targetMin;
        Double targetMax;
        String loss;
        boolean classification;
        int members;
        /** null in files written before σ was calibrated */
        Double sigmaScale;

        private Json() {
        }

        Json(EnsembleSpec s) {
            labels = s.labels;
            mean = s.standardizer.mean();
            scale = s.standardizer.scale();
            transform = s.target.transform();
            targetMean = s.target.mean();
            targetScale = s.target.scale();
            targetMin = Double.isInfinite(s.target.lower()) ? null : s.target.lower();
            targetMax = Double.isInfinite(s.target.upper()) ? null : s.target.upper();
            loss = s.loss.name();
            classification = s.classification;
            members = s.members;
            sigmaScale = s.sigmaScale;
        }
    }
}

package org.matforge.orchestrator.internal.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a trainer's curve measures, so that each plot holds one quantity with its unit: the panel a curve is drawn in,
 * the panel's y-axis label, and the curve's name in the legend. Losses, error metrics and shares of samples never
 * share an axis.
 */
final class CurveKinds {
    private static final Pattern MEMBER = Pattern.compile("member(\\d+)\\.(train_loss|validation)");
    private static final String SHARE = "share of probe samples (fraction, 0–1)";

    private CurveKinds() {
    }

    /**
     * @param name           the curve's name as the trainer recorded it
     * @param targetUnit     the unit of the model's target, empty when unknown
     * @param classification whether the model classifies (its validation curve is a log-loss)
     */
    static ReportData.CurveKind of(String name, String targetUnit, boolean classification) {
        Matcher m = MEMBER.matcher(name);
        if (m.matches()) {
            String member = "member " + m.group(1);
            if (m.group(2).equals("train_loss")) {
                return new ReportData.CurveKind("training loss", "training loss (standardised, unitless)", member);
            }
            return classification ? new ReportData.CurveKind("validation log-loss", "validation log-loss (nats)", member)
                    : new ReportData.CurveKind("validation MAE", "validation MAE (" + (targetUnit.isEmpty() ? "target units" : targetUnit) + ")", member);
        }
        return switch (name) {
            case "discriminator_loss" -> new ReportData.CurveKind("GAN losses", "loss (unitless)", "critic (discriminator)");
            case "generator_loss" -> new ReportData.CurveKind("GAN losses", "loss (unitless)", "generator");
            case "reconstruction" -> new ReportData.CurveKind("VAE loss terms", "loss per sample (unitless)", "reconstruction");
            case "kl" -> new ReportData.CurveKind("VAE loss terms", "loss per sample (unitless)", "KL divergence");
            case "empty" -> new ReportData.CurveKind("sample quality", SHARE, "empty formulas");
            case "unique" -> new ReportData.CurveKind("sample quality", SHARE, "unique");
            case "novel" -> new ReportData.CurveKind("sample quality", SHARE, "novel");
            case "valid" -> new ReportData.CurveKind("sample quality", SHARE, "charge-balanced");
            case "element_frequency_distance" -> new ReportData.CurveKind("element-frequency distance",
                    "distance to training (total variation, 0–1)", "samples vs training");
            default -> new ReportData.CurveKind(name, name + " (unit not recorded)", name);
        };
    }
}

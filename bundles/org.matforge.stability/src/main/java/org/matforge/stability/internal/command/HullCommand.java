package org.matforge.stability.internal.command;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.commons.cli.CommandOptions;
import org.matforge.spi.task.TaskContext;
import org.matforge.stability.internal.KnownPhases;
import org.matforge.stability.internal.PhasesSpec;
import org.matforge.stability.lib.ConvexHull;
import org.matforge.stability.lib.Product;
import org.matforge.stability.lib.StabilityEstimate;

/**
 * {@code hull <formula> <energy> [--sigma 0.05] [--source builtin] [--dataset mp-e-form] [--path X.csv]
 * [--formula-column formula] [--energy-column e_form]}: the hull energy at the formula among the known phases, the
 * energy above it of a phase with that formation energy (eV/atom), and the decomposition products.
 */
public final class HullCommand {
    /** The usage line. */
    public static final String USAGE = "hull <formula> <formation energy, eV/atom> [--sigma S] [--source ID] [--dataset D] [--path FILE]"
            + " [--formula-column C] [--energy-column C]";
    private static final Map<String, String> OPTIONS = Map.of("source", "phasesSource", "dataset", "phasesDataset", "path", "phasesPath",
            "formula-column", "phasesFormulaColumn", "energy-column", "phasesEnergyColumn");

    private final KnownPhases phases;

    /** @param phases the known phases */
    public HullCommand(KnownPhases phases) {
        this.phases = phases;
    }

    /**
     * @return the report, several lines
     * @throws IllegalArgumentException with a one-line message on wrong arguments or an unreadable phases source
     */
    public String run(String... args) {
        if (args == null || args.length < 2 || args[0].startsWith("--") || args[1].startsWith("--")) {
            throw new IllegalArgumentException("hull: needs a formula and its formation energy in eV/atom; usage: " + USAGE);
        }
        Composition composition;
        try {
            composition = Composition.parse(args[0]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("hull: \"" + args[0] + "\" is not a formula: " + e.getMessage());
        }
        double energy = number(args[1], "the formation energy");
        Set<String> known = new TreeSet<>(OPTIONS.keySet());
        known.add("sigma");
        CommandOptions options = CommandOptions.parse("hull", Arrays.copyOfRange(args, 2, args.length), known);
        double sigma = number(options.get("sigma", "0"), "--sigma");
        if (sigma < 0) {
            throw new IllegalArgumentException("hull: --sigma must be ≥ 0, got " + sigma);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        options.asMap().forEach((name, value) -> {
            if (OPTIONS.containsKey(name)) {
                parameters.put(OPTIONS.get(name), value);
            }
        });
        PhasesSpec spec = PhasesSpec.of(Parameters.of(parameters));
        ConvexHull hull;
        try {
            hull = phases.hull(spec, TaskContext.unobserved());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("hull: " + e.getMessage());
        }
        StabilityEstimate s = hull.stability(composition, energy, sigma);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s at %.4f eV/atom against %d known compositions (%s)%n", composition.reducedFormula(),
                energy, hull.index().size(), spec.describe()));
        out.append(String.format(Locale.ROOT, "hull energy      %.4f eV/atom%n", s.hull().energy()));
        out.append(String.format(Locale.ROOT, "e_above_hull     %.4f ± %.4f eV/atom%n", s.eAboveHull(), s.sigma()));
        out.append("decomposition    ").append(s.hull().describe()).append(" (shares of the atoms)");
        for (Product p : s.hull().products()) {
            out.append(String.format(Locale.ROOT, "%n  %-14s %.4f of the atoms, %.4f eV/atom", p.phase().name(), p.fraction(), p.phase().energy()));
        }
        if (s.hull().phasesInSystem() == 0) {
            out.append(String.format("%nno known compound in the %s chemical system: the hull is that of the elements", chemicalSystem(composition)));
        }
        return out.toString();
    }

    private static String chemicalSystem(Composition c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) {
            sb.append(i == 0 ? "" : "-").append(c.element(i).symbol());
        }
        return sb.toString();
    }

    private static double number(String text, String what) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("hull: " + what + " must be a finite number, got \"" + text + "\"");
    }
}

package org.matforge.stability.internal.command;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.commons.cli.Cli;
import org.matforge.spi.task.TaskContext;
import org.matforge.stability.internal.KnownPhases;
import org.matforge.stability.lib.phases.PhasesSpec;
import org.matforge.stability.lib.ConvexHull;
import org.matforge.stability.lib.Product;
import org.matforge.stability.lib.StabilityEstimate;

import picocli.CommandLine.Command;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code hull <formula> <energy> [--sigma 0.05] [--source builtin] [--dataset mp-e-form] [--path X.csv]
 * [--formula-column formula] [--energy-column e_form]}: the hull energy at the formula among the known phases, the
 * energy above it of a phase with that formation energy (eV/atom), and the decomposition products.
 */
public final class HullCommand {
    /** What the command does, in one line. */
    public static final String SUMMARY = "energy above the convex hull of the known phases for a formula and its formation energy, and the decomposition";

    private final KnownPhases phases;

    /** @param phases the known phases */
    public HullCommand(KnownPhases phases) {
        this.phases = phases;
    }

    /** The command line; the options choose the known phases. */
    @Command(name = "hull", description = SUMMARY, footerHeading = "%nExamples:%n",
            footer = {"  hull Fe3O4 -1.63 --sigma 0.02", "  hull GaN -0.8 --source file --path phases.csv --energy-column e_form"})
    static final class Options {
        @CommandLine.Parameters(index = "0", paramLabel = "FORMULA", description = "the composition, e.g. Fe3O4")
        String formula;
        @CommandLine.Parameters(index = "1", paramLabel = "ENERGY", description = "its formation energy, eV/atom")
        String energy;
        @Option(names = "--sigma", paramLabel = "S", description = "uncertainty of the energy, eV/atom")
        String sigma = "0";
        @Option(names = "--source", paramLabel = "ID", description = "data source of the known phases (default: the shipped Materials Project set)")
        String source;
        @Option(names = "--dataset", paramLabel = "D", description = "its data set")
        String dataset;
        @Option(names = "--path", paramLabel = "FILE", description = "its file (source file)")
        String path;
        @Option(names = "--formula-column", paramLabel = "C", description = "its formula column")
        String formulaColumn;
        @Option(names = "--energy-column", paramLabel = "C", description = "its formation-energy column, eV/atom")
        String energyColumn;

        Map<String, Object> phasesParameters() {
            Map<String, Object> p = new LinkedHashMap<>();
            String[][] given = {{"phasesSource", source}, {"phasesDataset", dataset}, {"phasesPath", path},
                {"phasesFormulaColumn", formulaColumn}, {"phasesEnergyColumn", energyColumn}};
            for (String[] g : given) {
                if (g[1] != null) {
                    p.put(g[0], g[1]);
                }
            }
            return p;
        }
    }

    /**
     * @return the report, several lines
     * @throws IllegalArgumentException with a one-line message on wrong arguments or an unreadable phases source
     */
    public String run(String... args) {
        return Cli.run(new Options(), args, this::hull);
    }

    private String hull(Options options) {
        Composition composition;
        try {
            composition = Composition.parse(options.formula);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("hull: \"" + options.formula + "\" is not a formula: " + e.getMessage());
        }
        double energy = number(options.energy, "the formation energy");
        double sigma = number(options.sigma, "--sigma");
        if (sigma < 0) {
            throw new IllegalArgumentException("hull: --sigma must be ≥ 0, got " + sigma);
        }
        Map<String, Object> parameters = options.phasesParameters();
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

package org.matforge.stability.lib.phases;

import static org.matforge.api.data.ParameterSpec.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matforge.api.data.ParameterSpec;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;

/**
 * Where the known phases come from: a data source, its dataset or file, and the table's formula and energy columns —
 * the {@code phases…} parameters of the stability screen, read alike by the plug-in and the orchestrator's Spark hand-off.
 *
 * @param source        data-source id, e.g. {@code matbench}
 * @param dataset       the source's {@code dataset} parameter, or null
 * @param path          the source's {@code path} parameter (the {@code file} source), or null
 * @param formulaColumn the formula column
 * @param energyColumn  the formation-energy column (eV/atom), or null for the first of {@link #ENERGY_COLUMNS} the table has
 */
public record PhasesSpec(String source, String dataset, String path, String formulaColumn, String energyColumn) {
    /**
     * The default phases: the Materials Project formation energies reduced to one row per composition, shipped as a
     * data bundle (issue 22 part A).
     */
    public static final String DEFAULT_SOURCE = "builtin";
    /** The dataset of {@link #DEFAULT_SOURCE}. */
    public static final String DEFAULT_DATASET = "mp-e-form";
    /** Energy columns tried in turn when none is named: the shipped bundle's, then the matbench source's. */
    public static final List<String> ENERGY_COLUMNS = List.of("e_form", "formation_energy");

    /** Parameter name. */
    public static final String SOURCE = "phasesSource";
    /** Parameter name. */
    public static final String DATASET = "phasesDataset";
    /** Parameter name. */
    public static final String PATH = "phasesPath";
    /** Parameter name. */
    public static final String FORMULA_COLUMN = "phasesFormulaColumn";
    /** Parameter name. */
    public static final String ENERGY_COLUMN = "phasesEnergyColumn";

    /** @return the parameter specs, for a plug-in's schema */
    public static List<ParameterSpec> specs() {
        return List.of(
                text(SOURCE, DEFAULT_SOURCE, "data source of the known phases (formula and formation energy in eV/atom)"),
                text(DATASET, null, "the phases source's `dataset` parameter (default `" + DEFAULT_DATASET + "` with the default source)"),
                text(PATH, null, "the phases source's `path` parameter, e.g. a CSV file for the `file` source"),
                text(FORMULA_COLUMN, "formula", "formula column of the phases table"),
                text(ENERGY_COLUMN, null, "formation-energy column of the phases table, eV/atom (default: `e_form`, else `formation_energy`)"));
    }

    /** @return the spec the parameters give */
    public static PhasesSpec of(Parameters parameters) {
        String source = parameters.string(SOURCE).orElse(DEFAULT_SOURCE).trim();
        String dataset = parameters.string(DATASET).orElse(null);
        String path = parameters.string(PATH).orElse(null);
        if (dataset == null && path == null && source.equals(DEFAULT_SOURCE)) {
            dataset = DEFAULT_DATASET;
        }
        return new PhasesSpec(source, dataset, path, parameters.string(FORMULA_COLUMN).orElse("formula"),
                parameters.string(ENERGY_COLUMN).orElse(null));
    }

    /** @return the parameters handed to the data source */
    public Parameters sourceParameters() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (dataset != null) {
            map.put("dataset", dataset);
        }
        if (path != null) {
            map.put("path", path);
        }
        return Parameters.of(map);
    }

    /** @return the formula column of the table @throws IllegalArgumentException naming the parameter and the table's columns */
    public String[] formulas(Table table) {
        if (!table.hasColumn(formulaColumn)) {
            throw new IllegalArgumentException("parameter '" + FORMULA_COLUMN + "': " + describe() + " has no column '" + formulaColumn
                    + "'; its columns are " + table.columnNames());
        }
        return table.strings(formulaColumn);
    }

    /** @return the energy column of the table @throws IllegalArgumentException naming the parameter and the table's columns */
    public String energyColumn(Table table) {
        List<String> tried = energyColumn == null ? ENERGY_COLUMNS : List.of(energyColumn);
        for (String column : tried) {
            if (table.hasColumn(column)) {
                if (!table.isNumeric(column)) {
                    throw new IllegalArgumentException("parameter '" + ENERGY_COLUMN + "': column '" + column + "' of " + describe()
                            + " holds text, not numbers");
                }
                return column;
            }
        }
        throw new IllegalArgumentException("parameter '" + ENERGY_COLUMN + "': " + describe() + " has no column "
                + String.join(" or ", tried) + "; its columns are " + table.columnNames());
    }

    /** @return e.g. {@code data source 'matbench' dataset 'mp_e_form'} */
    public String describe() {
        return "data source '" + source + "'" + (dataset == null ? "" : " dataset '" + dataset + "'") + (path == null ? "" : " file '" + path + "'");
    }
}

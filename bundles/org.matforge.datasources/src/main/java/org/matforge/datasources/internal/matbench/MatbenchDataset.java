package org.matforge.datasources.internal.matbench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The composition-addressable Matbench v0.1 tasks (Dunn et al., npj Comput Mater 6, 138 (2020)): their published
 * file ({@code https://ml.materialsproject.org/projects/<matbench name>.json.gz}, a gzip'd pandas "split" JSON)
 * with its SHA-256 from matminer's dataset registry, the name of the same table as a {@code formula,target} CSV
 * (the layout of {@code ../shared/data/matbench}), and the name of the property column in our tables.
 */
public enum MatbenchDataset {
    /** Experimental band gaps (Zhuo et al. 2018), eV. */
    EXPT_GAP("expt_gap", "matbench_expt_gap", "composition", "gap expt", "band_gap", "eV", 4_604,
            "783e7d1461eb83b00b2f2942da4b95fda5e58a0d1ae26b581c24cf8a82ca75b2"),
    /** Experimental metallicity (Zhuo et al. 2018), 1 = metal. */
    EXPT_IS_METAL("expt_is_metal", "matbench_expt_is_metal", "composition", "is_metal", "is_metal", "1 = metal", 4_921,
            "8f2a4f9bacdcbc5c2c73615629ee7986f09d39bed40ba7db52b61b2889730887"),
    /** Yield strength of steels (Citrine), MPa. */
    STEELS_YIELD("steels_yield", "matbench_steels", "composition", "yield strength", "yield_strength", "MPa", 312,
            "473bc4957b2ea5e6465aef84bc29bb48ac34db27d69ea4ec5f508745c6fae252"),
    /** DFT formation energy (Materials Project), eV/atom; the published file holds structures. */
    MP_E_FORM("mp_e_form", "matbench_mp_e_form", "structure", "e_form", "formation_energy", "eV/atom", 132_752,
            "dedcb1d4ba2e3e50dbdd45ba5bc647a00e9c2bcf8f8bf556dc8e92caa39eb21f"),
    /** DFT (PBE) band gap (Materials Project), eV; the published file holds structures. */
    MP_GAP("mp_gap", "matbench_mp_gap", "structure", "gap pbe", "band_gap", "eV", 106_113,
            "58b65746bd88329986ed66031a2ac1369c7c522f7bc9f9081528e07097c2c057");

    private final String id;
    private final String matbenchName;
    private final String inputColumn;
    private final String publishedTarget;
    private final String column;
    private final String unit;
    private final int rows;
    private final String sha256;

    MatbenchDataset(String id, String matbenchName, String inputColumn, String publishedTarget, String column, String unit,
            int rows, String sha256) {
        this.id = id;
        this.matbenchName = matbenchName;
        this.inputColumn = inputColumn;
        this.publishedTarget = publishedTarget;
        this.column = column;
        this.unit = unit;
        this.rows = rows;
        this.sha256 = sha256;
    }

    /** @return our id, also the stem of its CSV file, e.g. {@code expt_gap} */
    public String id() {
        return id;
    }

    /** @return matbench's name, also the stem of its published file, e.g. {@code matbench_expt_gap} */
    public String matbenchName() {
        return matbenchName;
    }

    /** @return the published file's input column: {@code composition} (formula) or {@code structure} */
    public String inputColumn() {
        return inputColumn;
    }

    /** @return the published file's target column, e.g. {@code gap expt} */
    public String publishedTarget() {
        return publishedTarget;
    }

    /** @return the property column of our table, e.g. {@code band_gap} */
    public String column() {
        return column;
    }

    /** @return the property's unit */
    public String unit() {
        return unit;
    }

    /** @return the number of rows matbench publishes */
    public int rows() {
        return rows;
    }

    /** @return SHA-256 (hex) of the published {@code .json.gz} */
    public String sha256() {
        return sha256;
    }

    /** @return the published file's name */
    public String publishedFileName() {
        return matbenchName + ".json.gz";
    }

    /**
     * @param name our id or matbench's name, any case ({@code expt_gap}, {@code matbench_expt_gap}, {@code steels})
     * @return the dataset
     */
    public static Optional<MatbenchDataset> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(d -> d.id.equals(n) || d.matbenchName.equals(n) || d.matbenchName.equals("matbench_" + n))
                .findFirst();
    }

    /** @return the ids, comma-separated, for messages */
    public static String ids() {
        return Arrays.stream(values()).map(MatbenchDataset::id).collect(Collectors.joining(", "));
    }
}

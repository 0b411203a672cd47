package org.matforge.data.matbench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.matforge.api.chem.Composition;

/**
 * Makes this data bundle's files from the Matbench copies in {@code ../shared/data/matbench} (see {@code make-data.sh}):
 * <ul>
 * <li>{@code expt_gap.csv.gz}: {@code expt_gap.csv} as published, every row in file order, columns {@code formula,band_gap};</li>
 * <li>{@code mp_e_form.csv.gz}: {@code mp_e_form.csv} reduced to one row per reduced composition (the formulas repeat
 * across polymorphs): the reduced formula, the lowest formation energy among its rows (its text unchanged) and how many
 * rows had it, in order of first appearance; columns {@code formula,e_form,n_polymorphs}.</li>
 * </ul>
 * Each file starts with {@code #} lines naming the dataset, source, licence and citation. The tests run the same code
 * and compare with the shipped files.
 */
public final class MatbenchDataMaker {
    /** Header of the expt-gap file. */
    static final List<String> EXPT_GAP_HEADER = List.of(
            "MatForge data bundle org.matforge.data.matbench, dataset \"expt-gap\": experimental band gaps of 4,604 inorganic compounds.",
            "Source: Matbench v0.1 task matbench_expt_gap (Dunn, Wang, Ganose, Dopp & Jain, npj Comput Mater 6, 138 (2020)),",
            "  compiled from Zhuo, Mansouri Tehrani & Brgoch, \"Predicting the band gaps of inorganic solids by machine learning\",",
            "  J. Phys. Chem. Lett. 9, 1668-1673 (2018); deduplicated by composition in Matbench.",
            "Copy used: the CSV of repository anthony-wang/CrabNet, data/matbench/expt_gap.csv, commit 457b4d4835737ecbe4dd33e53174bd818bd82143",
            "  (MIT licence); every row unchanged, in file order.",
            "Licence: as distributed by Matbench v0.1 and the CrabNet copy (MIT); cite Zhuo et al. 2018 and Dunn et al. 2020 when you use it.",
            "Columns: formula (as published), band_gap (experimental band gap, eV; 0 = metal).",
            "Made by bundles/org.matforge.data.matbench/make-data.sh (MatbenchDataMaker).");

    /** Header of the mp-e-form file. */
    static final List<String> MP_E_FORM_HEADER = List.of(
            "MatForge data bundle org.matforge.data.matbench, dataset \"mp-e-form\": DFT formation energies of the Materials Project,",
            "  one row per reduced composition (the lowest formation energy among that composition's entries).",
            "Source: Matbench v0.1 task matbench_mp_e_form (Dunn, Wang, Ganose, Dopp & Jain, npj Comput Mater 6, 138 (2020)),",
            "  132,752 Materials Project entries (Jain et al., \"The Materials Project: A materials genome approach to accelerating",
            "  materials innovation\", APL Materials 1, 011002 (2013)), as cell formulas in the CSV of repository anthony-wang/CrabNet,",
            "  data/matbench/mp_e_form.csv, commit 457b4d4835737ecbe4dd33e53174bd818bd82143 (MIT licence).",
            "Licence: Materials Project data, Creative Commons Attribution 4.0 (CC BY 4.0); cite Jain et al. 2013 and Dunn et al. 2020.",
            "Reduction: formulas grouped by reduced composition (K4Mn4O8 -> KMnO2); e_form is the lowest value of the group as",
            "  published (text unchanged), n_polymorphs the number of entries in the group; order of first appearance.",
            "Columns: formula (reduced), e_form (formation energy, eV/atom), n_polymorphs.",
            "Made by bundles/org.matforge.data.matbench/make-data.sh (MatbenchDataMaker).");

    private MatbenchDataMaker() {
    }

    /**
     * @param args the matbench folder ({@code ../shared/data/matbench}) and the output folder
     *             ({@code src/main/resources/data})
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: MatbenchDataMaker <matbench folder> <output folder>");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        write(out.resolve("expt_gap.csv.gz"), exptGap(in.resolve("expt_gap.csv")));
        write(out.resolve("mp_e_form.csv.gz"), mpEForm(in.resolve("mp_e_form.csv")));
        System.out.println("written " + out.resolve("expt_gap.csv.gz") + " and " + out.resolve("mp_e_form.csv.gz"));
    }

    /** @return the text of the expt-gap file */
    static String exptGap(Path csv) throws IOException {
        StringBuilder sb = header(EXPT_GAP_HEADER).append("formula,band_gap\n");
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    sb.append(line).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** @return the text of the mp-e-form file */
    static String mpEForm(Path csv) throws IOException {
        Map<String, String[]> groups = new LinkedHashMap<>(); // reduced formula -> {lowest value text, count}
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.lastIndexOf(',');
                String formula = Composition.parse(line.substring(0, comma)).reducedFormula();
                String value = line.substring(comma + 1);
                String[] g = groups.get(formula);
                if (g == null) {
                    groups.put(formula, new String[] {value, "1"});
                } else {
                    if (Double.parseDouble(value) < Double.parseDouble(g[0])) {
                        g[0] = value;
                    }
                    g[1] = Integer.toString(Integer.parseInt(g[1]) + 1);
                }
            }
        }
        StringBuilder sb = header(MP_E_FORM_HEADER).append("formula,e_form,n_polymorphs\n");
        groups.forEach((formula, g) -> sb.append(formula).append(',').append(g[0]).append(',').append(g[1]).append('\n'));
        return sb.toString();
    }

    private static StringBuilder header(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(line -> sb.append("# ").append(line).append('\n'));
        return sb;
    }

    private static void write(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write(text);
        }
    }
}

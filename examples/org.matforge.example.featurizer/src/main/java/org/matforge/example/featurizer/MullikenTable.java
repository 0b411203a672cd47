package org.matforge.example.featurizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.matforge.api.chem.Element;

/**
 * Mulliken electronegativities χ = ½(I₁ + A) / 96.48 (eV) from {@value #RESOURCE}, the bundled table of first
 * ionisation energies I₁ and electron affinities A in kJ/mol (its header names sources, licence and the script
 * that wrote it). 96.48 kJ/mol per eV is matminer's constant. NaN for an element missing from either column.
 */
final class MullikenTable {
    static final String RESOURCE = "band-center-elements.tsv";
    /** kJ/mol per eV, as matminer's BandCenter divides. */
    static final double KJ_PER_MOL_PER_EV = 96.48;

    private final double[] chiByNumber;

    private MullikenTable(double[] chiByNumber) {
        this.chiByNumber = chiByNumber;
    }

    /** @return the table read from the bundled resource */
    static MullikenTable load() {
        try (InputStream in = MullikenTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + MullikenTable.class.getName());
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static MullikenTable read(BufferedReader reader) throws IOException {
        double[] chi = new double[Element.values().length];
        Arrays.fill(chi, Double.NaN);
        int lineNumber = 0;
        boolean header = false;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (!header) {
                header = true; // symbol, Z, first ionisation, electron affinity
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = RESOURCE + ":" + lineNumber + ": ";
            Element element = Element.ofSymbol(cells[0]).orElseThrow(() -> new IllegalStateException(where + "unknown element " + cells[0]));
            if (element.atomicNumber() != Integer.parseInt(cells[1])) {
                throw new IllegalStateException(where + cells[0] + " is not Z " + cells[1]);
            }
            chi[element.ordinal()] = 0.5 * (number(cells[2]) + number(cells[3])) / KJ_PER_MOL_PER_EV;
        }
        return new MullikenTable(chi);
    }

    private static double number(String cell) {
        return cell.isBlank() ? Double.NaN : Double.parseDouble(cell);
    }

    /** @return χ of the element in eV, NaN when unknown */
    double electronegativity(Element element) {
        return chiByNumber[element.ordinal()];
    }
}

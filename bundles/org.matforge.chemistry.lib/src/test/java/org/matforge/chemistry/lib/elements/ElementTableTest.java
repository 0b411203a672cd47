package org.matforge.chemistry.lib.elements;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Element;
import org.matforge.commons.testdata.SharedData;

class ElementTableTest {
    private static final List<String> MAGPIE = List.of("Number", "MendeleevNumber", "AtomicWeight", "MeltingT", "Column",
            "Row", "CovalentRadius", "Electronegativity", "NsValence", "NpValence", "NdValence", "NfValence", "NValence",
            "NsUnfilled", "NpUnfilled", "NdUnfilled", "NfUnfilled", "NUnfilled", "GSvolume_pa", "GSbandgap", "GSmagmom",
            "SpaceGroupNumber");

    private final ElementTable table = ElementTable.load();

    @Test
    void everyMagpieValueEqualsTheReferenceTable() throws IOException {
        for (String property : MAGPIE) {
            List<String> lines = Files.readAllLines(SharedData.root().resolve("elements/magpie/" + property + ".table"));
            for (int z = 0; z < ElementTable.ELEMENTS; z++) {
                double expected = magpieValue(lines.get(z));
                double actual = table.value(table.propertyIndex(property), z);
                assertEquals(expected, actual, 0.0, property + " of " + Element.ofNumber(z + 1));
            }
        }
    }

    @Test
    void paulingElectronegativityAndOxidationStatesEqualSmact() throws IOException {
        Path smact = SharedData.root().resolve("elements/smact");
        Map<String, Double> pauling = new HashMap<>();
        for (String line : Files.readAllLines(smact.resolve("element_data.txt"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] cells = line.trim().split("\\s+");
                pauling.put(cells[0], cells[9].equals("None") ? Double.NaN : Double.parseDouble(cells[9]));
            }
        }
        for (Element e : Element.values()) {
            assertEquals(pauling.get(e.symbol()), table.value("PaulingElectronegativity", e), 0.0, e.symbol());
        }
        Map<String, String> files = Map.of("smact14", "oxidation_states.txt", "icsd24", "oxidation_states_icsd24_filtered.txt",
                "icsd24-common", "oxidation_states_icsd24_common.txt", "pmg", "oxidation_states_pmg.txt");
        for (Map.Entry<String, String> set : files.entrySet()) {
            for (String line : Files.readAllLines(smact.resolve(set.getValue()))) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+");
                int[] expected = java.util.Arrays.stream(cells).skip(1).mapToInt(Integer::parseInt).sorted().toArray();
                Element e = Element.ofSymbol(cells[0]).orElse(null);
                if (e != null) {
                    assertArrayEquals(expected, table.oxidationStates(set.getKey()).states(e), set.getKey() + " " + cells[0]);
                }
            }
        }
    }

    @Test
    void handPickedValues() {
        assertEquals(1811, table.value("MeltingT", Element.Fe), 0);
        assertEquals(3.44, table.value("PaulingElectronegativity", Element.O), 0);
        assertTrue(Double.isNaN(table.value("Electronegativity", Element.He)));
        assertArrayEquals(new int[] {-2}, table.oxidationStates("icsd24-common").states(Element.O));
        assertArrayEquals(new int[] {-1, 1}, table.oxidationStates("magpie").states(Element.H));
    }

    @Test
    void unknownNamesAreReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.propertyIndex("Colour"));
        assertTrue(e.getMessage().contains("Colour"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> table.oxidationStates("nope"));
    }

    /** As matminer's MagpieData: float(line), anything unparseable is NaN. */
    private static double magpieValue(String line) {
        try {
            return Double.parseDouble(line.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}

package org.matforge.chemistry.lib.oxidation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Element;
import org.matforge.chemistry.lib.elements.ElementTable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The shipped pymatgen data against the reference copies of pymatgen's files in {@code tools/pymatgen}: the
 * {@code pmg-icsd} set of the element table and the ICSD occurrence table, re-read here with a JSON parser and a
 * YAML-line pattern independent of the compile scripts.
 */
class PymatgenDataTest {
    private static final Path PYMATGEN = Path.of("tools/pymatgen");
    private static final Pattern OCCURRENCE = Pattern.compile("  ([A-Z][a-z]?)(\\d*)([+-]): (\\d+)");

    @Test
    void pmgIcsdSetIsPymatgensIcsdStatesElseAllStates() throws IOException {
        JsonObject table = JsonParser.parseString(Files.readString(PYMATGEN.resolve("periodic_table.json"))).getAsJsonObject();
        ElementTable elements = ElementTable.load();
        for (Element e : Element.values()) {
            JsonObject data = table.getAsJsonObject(e.symbol());
            JsonArray states = data.has("ICSD oxidation states") && !data.getAsJsonArray("ICSD oxidation states").isEmpty()
                    ? data.getAsJsonArray("ICSD oxidation states") : data.getAsJsonArray("Oxidation states");
            int[] expected = states == null ? new int[0] : states.asList().stream().mapToInt(j -> j.getAsInt()).sorted().toArray();
            assertArrayEquals(expected, elements.oxidationStates(OxidationGuesser.STATE_SET).states(e), e.symbol());
        }
        assertArrayEquals(new int[] {2, 3}, elements.oxidationStates("pmg-icsd").states(Element.Fe));
    }

    @Test
    void occurrenceTableIsTheYamlOccurrenceSection() throws IOException {
        List<String> lines = Files.readAllLines(PYMATGEN.resolve("icsd_bv.yaml"));
        IcsdOccurrence occurrence = IcsdOccurrence.load();
        int from = lines.indexOf("occurrence:");
        assertTrue(from > 0, "icsd_bv.yaml has an occurrence section");
        List<String> checked = new ArrayList<>();
        long[] totals = new long[ElementTable.ELEMENTS];
        for (String line : lines.subList(from + 1, lines.size())) {
            if (!line.startsWith(" ")) {
                break;
            }
            Matcher m = OCCURRENCE.matcher(line);
            assertTrue(m.matches(), line);
            Element e = Element.ofSymbol(m.group(1)).orElseThrow();
            int state = (m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2))) * (m.group(3).equals("+") ? 1 : -1);
            assertEquals(Long.parseLong(m.group(4)), occurrence.count(e.ordinal(), state), line);
            totals[e.ordinal()] += Long.parseLong(m.group(4));
            checked.add(line);
        }
        assertEquals(369, checked.size(), "species in pymatgen 2022.11.7's table");
        for (Element e : Element.values()) {
            assertEquals(totals[e.ordinal()], occurrence.total(e.ordinal()), e.symbol());
        }
        assertEquals(0, occurrence.count(Element.Fe.ordinal(), 7), "a state ICSD never showed counts 0, as pymatgen's .get(..., 0)");
    }
}

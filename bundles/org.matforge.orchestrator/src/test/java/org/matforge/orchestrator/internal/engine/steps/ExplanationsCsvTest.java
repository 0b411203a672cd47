package org.matforge.orchestrator.internal.engine.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.explain.GlobalExplanation;
import org.matforge.api.explain.Importance;
import org.matforge.api.explain.LocalExplanation;
import org.matforge.orchestrator.internal.engine.artefacts.ExplanationSet;

class ExplanationsCsvTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheTopAttributionsByMagnitudeAreWrittenThenEveryImportanceWithItsInterval() throws Exception {
        List<String> labels = List.of("MagpieData mean Electronegativity", "MagpieData range Number", "MagpieData mode NValence", "MagpieData mean Row");
        LocalExplanation gan = new LocalExplanation("integrated-gradients", 3.2, 2.6, labels, new double[] {0.1, -0.45, 0.9, 0.05});
        GlobalExplanation global = new GlobalExplanation("band_gap", "mae", 0.41, 4, 7,
                List.of(new Importance("MagpieData mode NValence", 0.3, 0.1, 1)), List.of(new Importance("MagpieData NValence", 0.35, 0.2, 6)));
        ExplanationSet set = new ExplanationSet("explained", "gap-model", "band_gap", "eV", 2,
                List.of(new ExplanationSet.Explained(1, "GaN", new double[] {2.1, 24, 4, 3}, gan)), Optional.of(global), ExplainStep.CSV);
        Path file = dir.resolve(ExplainStep.CSV);
        ExplainStep.write(file, set);
        List<String> lines = Files.readAllLines(file);
        assertEquals(5, lines.size(), lines::toString);
        assertEquals("attribution,band_gap,1,GaN,integrated-gradients,3.2,2.6,1,MagpieData mode NValence,4.0,0.9,,1", lines.get(1));
        assertEquals("attribution,band_gap,1,GaN,integrated-gradients,3.2,2.6,2,MagpieData range Number,24.0,-0.45,,1", lines.get(2));
        assertTrue(lines.get(3).startsWith("feature-importance,band_gap,,,permutation (mae; 4 repeats),,0.41,1,MagpieData mode NValence,,0.3,"), lines.get(3));
        String[] group = lines.get(4).split(",");
        assertEquals("group-importance", group[0]);
        assertEquals(1.96 * 0.2 / 2, Double.parseDouble(group[11]), 1e-12, "±95% of the mean over 4 repeats");
        assertEquals("6", group[12]);
    }
}

package org.matforge.orchestrator.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.orchestrator.internal.engine.artefacts.ScreenKeys;

class ScreenKeysTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("matforge.root", "../.."), "examples", "workflows");

    private final WorkflowParser parser = new WorkflowParser(FixedCatalog.standard(), Duration.ZERO);

    /** Trip: two property-window screens in one step — candidates.csv kept only the second one's columns. */
    @Test
    void twoPropertyWindowScreensInOneStepGetTwoKeysAndScreensUsedOnceKeepTheirId() throws Exception {
        String json = Files.readString(EXAMPLES.resolve("wide-gap-gan.json")).replace(
                "{\"id\": \"property-window\", \"parameters\": {\"target\": \"band_gap\", \"min\": 3.0}}",
                "{\"id\": \"property-window\", \"parameters\": {\"target\": \"band_gap\", \"min\": 3.0}},"
                        + " {\"id\": \"property-window\", \"parameters\": {\"target\": \"formation_energy\", \"max\": 0}}");
        Workflow w = parser.parse(json);
        List<String> keys = new ArrayList<>();
        for (String name : List.of("plausible", "wide-gap")) {
            Step step = w.step(name).orElseThrow();
            for (int i = 0; i < step.plugins("screens").size(); i++) {
                keys.add(ScreenKeys.of(w, step, i));
            }
        }
        assertEquals(List.of("smact-validity", "element-count", "novelty", "uniqueness", "stability", "wide-gap.2.property-window",
                "wide-gap.3.property-window"), keys);
        assertTrue(ScreenKeys.isScreen("wide-gap.2.property-window", "property-window") && ScreenKeys.isScreen("novelty", "novelty"));
        assertFalse(ScreenKeys.isScreen("wide-gap.2.property-window", "window") || ScreenKeys.isScreen("novelty", "property-window"));
    }
}

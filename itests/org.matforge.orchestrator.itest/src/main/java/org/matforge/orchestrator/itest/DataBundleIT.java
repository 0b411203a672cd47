package org.matforge.orchestrator.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.itest.support.TestBundles;
import org.matforge.itest.support.Waiting;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;

/**
 * Data bundles in Felix: the shipped org.matforge.data.matbench serves expt-gap and mp-e-form through data source
 * builtin while it is active, and a data bundle installed at run time adds its datasets — to builtin and to the
 * known compounds the novelty screen compares with — until it is uninstalled.
 */
class DataBundleIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectBundleContext
    BundleContext context;

    private <T> T service(Class<T> type, String id) throws Exception {
        ServiceReference<T> ref = context.getServiceReferences(type, "(matforge.id=" + id + ")").iterator().next();
        return context.getService(ref);
    }

    private int rows(String dataset) throws Exception {
        try {
            return service(DataSource.class, "builtin").load(Parameters.of(Map.of("dataset", dataset)), TaskContext.unobserved()).rowCount();
        } catch (IllegalArgumentException gone) {
            return -1;
        }
    }

    private ScreenResult novelty(String formula) throws Exception {
        return service(Screen.class, "novelty").screen(List.of(Candidate.of(Composition.parse(formula), "itest")), Parameters.empty(),
                TaskContext.unobserved()).get(0);
    }

    @Test
    void theShippedBundleServesItsDatasetsWhileActive() throws Exception {
        Waiting.until(() -> call(() -> rows("mp-e-form")) == 95_118, WAIT, "mp-e-form served");
        assertEquals(4_604, rows("expt-gap"));
        assertEquals(4_604 + 95_118, rows("known-compounds"));
        ScreenResult nan = novelty("NaN");
        assertEquals(Verdict.FAIL, nan.verdict(), nan.reason());
        Bundle shipped = List.of(context.getBundles()).stream().filter(b -> "org.matforge.data.matbench".equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        shipped.stop();
        try {
            Waiting.until(() -> call(() -> rows("mp-e-form")) == -1, WAIT, "mp-e-form withdrawn");
            assertEquals(0, rows("known-compounds"));
            assertEquals(Verdict.PASS, novelty("NaN").verdict(), "nothing is known without data bundles");
        } finally {
            shipped.start();
        }
        Waiting.until(() -> call(() -> rows("expt-gap")) == 4_604, WAIT, "expt-gap back");
    }

    @Test
    void aDataBundleInstalledAtRunTimeAddsItsDatasetsUntilUninstalled() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-Name", "A lab's data bundle");
        headers.put("MatForge-Data", "data/hardness.csv;id=lab-hardness");
        String csv = "# hardness of two nitrides from our lab notebook 12; licence CC BY 4.0\nformula,hardness\nZr3Hf2N5,21\nTi2W3C4N,24\n";
        byte[] jar = TestBundles.jar("org.example.lab.data", "1.0.0", headers, Map.of("data/hardness.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Verdict.PASS, novelty("Zr3Hf2N5").verdict(), "not known before the lab's bundle");
        Bundle lab = context.installBundle("itest:lab-data", new java.io.ByteArrayInputStream(jar));
        try {
            lab.start();
            Waiting.until(() -> call(() -> rows("lab-hardness")) == 2, WAIT, "lab-hardness served");
            assertEquals(4_604 + 95_118 + 2, rows("known-compounds"));
            ScreenResult known = novelty("Zr3Hf2N5");
            assertEquals(Verdict.FAIL, known.verdict(), known.reason());
            assertTrue(known.reason().contains("(lab-hardness)"), known.reason());
        } finally {
            lab.uninstall();
        }
        Waiting.until(() -> call(() -> rows("lab-hardness")) == -1, WAIT, "lab-hardness withdrawn");
        assertEquals(Verdict.PASS, novelty("Zr3Hf2N5").verdict());
    }

    private interface Call {
        int get() throws Exception;
    }

    private static int call(Call c) {
        try {
            return c.get();
        } catch (Exception e) {
            return -2;
        }
    }
}

package org.matforge.server.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

class WorkflowGateTest {
    @TempDir
    Path dir;
    Path root;
    WorkflowGate gate;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(dir.resolve("data")).toRealPath();
        Files.writeString(root.resolve("gap.csv"), "formula,target\nNaCl,8.5\n");
        Files.writeString(dir.resolve("secret.csv"), "formula,target\n");
        Files.createSymbolicLink(root.resolve("out.csv"), dir.resolve("secret.csv"));
        gate = new WorkflowGate(new ServerSettings(List.of(root), 1 << 20, 1 << 20, 8, 3, 1000, 4, 4, 5, Set.of(), dir, dir));
    }

    private static String load(String path) {
        return "{\"steps\": [{\"name\": \"d\", \"type\": \"load\", \"source\": \"file\", \"parameters\": {\"path\": \"" + path + "\"}}]}";
    }

    private ApiException refused(String body) {
        return assertThrows(ApiException.class, () -> gate.admit(body));
    }

    @Test
    void aRelativePathUnderARootBecomesItsRealPath() throws ApiException {
        String out = gate.admit(load("gap.csv"));
        String path = JsonParser.parseString(out).getAsJsonObject().getAsJsonArray("steps").get(0).getAsJsonObject()
                .getAsJsonObject("parameters").get("path").getAsString();
        assertEquals(root.resolve("gap.csv").toString(), path);
    }

    @Test
    void absoluteParentAndLinkedPathsAreRefusedNamingTheField() {
        for (String bad : List.of("/etc/passwd", "../secret.csv", "a/../../secret.csv", "out.csv", "~/x", "C:/x", "..", "")) {
            ApiException e = refused(load(bad));
            assertEquals(400, e.status(), bad);
            assertEquals("forbidden_path", e.code(), bad);
            assertEquals("steps[0].parameters.path", e.problems().get(0).path(), bad);
        }
        ApiException file = refused("{\"steps\": [{\"name\": \"m\", \"type\": \"load-predictor\", \"file\": \"../x.mfm\"}]}");
        assertEquals("steps[0].file", file.problems().get(0).path());
        ApiException folder = refused("{\"steps\": [{\"name\": \"m\", \"type\": \"load\", \"parameters\": {\"cacheFolder\": \"/tmp\"}}]}");
        assertEquals("steps[0].parameters.cacheFolder", folder.problems().get(0).path());
    }

    @Test
    void aMissingFileResolvesUnderTheFirstRootForTheServiceToReport() throws ApiException {
        assertTrue(gate.admit(load("sub/none.csv")).contains(root.resolve("sub/none.csv").toString()));
    }

    @Test
    void limitsOnDepthStepsSamplesAndSyntax() {
        assertEquals("too_deep", refused("{\"a\": [[[[[[[[[1]]]]]]]]]}").code());
        assertEquals(9, WorkflowGate.depth("{\"a\": [[[[[[[[1]]]]]]]], \"s\": \"[[[[[[[[[[[\"}"));
        assertEquals("too_many_steps", refused("{\"steps\": [{}, {}, {}, {}]}").code());
        ApiException samples = refused("{\"steps\": [{\"name\": \"s\", \"type\": \"sample\", \"count\": 1001}]}");
        assertEquals("steps[0].count", samples.problems().get(0).path());
        assertEquals("malformed_json", refused("{\"steps\": [").code());
        assertEquals("malformed_json", refused("[]").code());
        assertEquals("malformed_json", refused("{} 1").code());
        assertTrue(!refused("{\"steps\": [").getMessage().contains("Exception"));
    }

    @Test
    void fieldsThatOnlyLookLikePathsAreLeftAlone() throws ApiException {
        String body = "{\"steps\": [{\"name\": \"r\", \"type\": \"report\", \"profile\": \"../x\", \"title\": \"/abs\"}]}";
        assertTrue(gate.admit(body).contains("\"profile\":\"../x\""));
    }
}

package org.matforge.sdk.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * API baselining works: in a scratch copy of the API module, removing a method from an exported SPI interface without a
 * major package version bump makes {@code mvn verify} fail in bnd-baseline-maven-plugin, naming the package, the
 * removed method and the version it needs; the untouched copy passes.
 */
class ApiBaselineTest {
    private static final String INTERFACE = "plugins-sdk/org.matforge.api/src/main/java/org/matforge/spi/predictor/PropertyPredictor.java";
    private static final String REMOVED = "    /** @return the predicted property, e.g. {@code \"band_gap\"} */\n    String target();\n";

    @TempDir
    Path scratch;

    @Test
    void removingAMethodFromAnExportedInterfaceFailsTheBaselineCheck() throws Exception {
        copyApiModule();
        Checkout.Result unchanged = verify("unchanged");
        assertEquals(0, unchanged.status(), "the unchanged API passes its baseline:\n" + tail(unchanged.output()));

        Path source = scratch.resolve(INTERFACE);
        String text = Files.readString(source, StandardCharsets.UTF_8);
        assertTrue(text.contains(REMOVED), "PropertyPredictor still declares target() as this test expects");
        Files.writeString(source, text.replace(REMOVED, ""), StandardCharsets.UTF_8);

        Checkout.Result broken = verify("removed");
        assertTrue(broken.status() != 0, "removing PropertyPredictor#target() must fail the build");
        String out = broken.output();
        assertTrue(out.contains("bnd-baseline-maven-plugin") && out.contains("Baseline problems detected"), tail(out));
        assertTrue(out.contains("* org.matforge.spi.predictor") && out.contains("REMOVED") && out.contains("target()")
                && out.contains("2.0.0"), "the report names the package, the method and the major version it needs:\n" + tail(out));
    }

    private Checkout.Result verify(String name) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Checkout.mvn().toString()));
        command.addAll(Checkout.mavenOptions());
        command.addAll(List.of("verify", "-f", "plugins-sdk/org.matforge.api/pom.xml", "-Dmaven.test.skip=true"));
        return Checkout.run(command, scratch, Map.of(), scratch.resolve(name + ".log"), 10);
    }

    /** The root pom, the shared bnd files and the API module: enough to build the API as the real build does. */
    private void copyApiModule() throws IOException {
        for (String file : List.of("pom.xml", "bnd.bnd")) {
            Files.copy(Checkout.ROOT.resolve(file), scratch.resolve(file));
        }
        for (String dir : List.of("cnf", ".mvn", "plugins-sdk/org.matforge.api")) {
            Path from = Checkout.ROOT.resolve(dir);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.filter(p -> !from.relativize(p).startsWith("target")).toList()) {
                    Path to = scratch.resolve(dir).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : "…" + text.substring(text.length() - 6000);
    }
}

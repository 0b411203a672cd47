package org.matforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every package the last released API exported (the jar in {@code baseline/}) still exists: the baseline check ignores
 * the bundle version, and with it, as bnd documents, the removal of a whole package.
 */
class BaselinePackagesTest {
    private static final Pattern EXPORTED = Pattern.compile("(?:^|,)(org\\.matforge\\.[a-z.]+);version=");

    @Test
    void everyReleasedPackageIsStillThere() throws Exception {
        Path baseline;
        try (Stream<Path> jars = Files.list(Path.of("baseline")).filter(p -> p.toString().endsWith(".jar"))) {
            List<Path> found = jars.toList();
            assertEquals(1, found.size(), "one baseline jar in baseline/: " + found);
            baseline = found.get(0);
        }
        String exports;
        try (JarFile jar = new JarFile(baseline.toFile())) {
            exports = jar.getManifest().getMainAttributes().getValue("Export-Package");
        }
        List<String> missing = new ArrayList<>();
        Matcher m = EXPORTED.matcher(exports);
        int packages = 0;
        while (m.find()) {
            packages++;
            String pkg = m.group(1);
            if (getClass().getClassLoader().getResource(pkg.replace('.', '/') + "/package-info.class") == null) {
                missing.add(pkg);
            }
        }
        assertTrue(packages >= 10, "packages exported by " + baseline + ": " + exports);
        assertTrue(missing.isEmpty(), "packages of the released API that are gone (a major change of the bundle): " + missing);
    }
}

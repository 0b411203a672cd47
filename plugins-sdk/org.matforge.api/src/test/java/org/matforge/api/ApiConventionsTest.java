package org.matforge.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Element;

/**
 * The API bundle's rules, checked on its compiled classes: every package is exported with a version, every
 * interface says whether consumers or providers implement it. The OSGi annotations have CLASS retention, so the
 * test reads the class files rather than reflecting.
 */
class ApiConventionsTest {
    private static final String PROVIDER_TYPE = "Lorg/osgi/annotation/versioning/ProviderType;";
    private static final String CONSUMER_TYPE = "Lorg/osgi/annotation/versioning/ConsumerType;";
    private static final String EXPORT = "Lorg/osgi/annotation/bundle/Export;";
    private static final String VERSION = "Lorg/osgi/annotation/versioning/Version;";

    @Test
    void everyPackageIsExportedWithAVersion() throws Exception {
        List<Path> packages = packageDirectories();
        assertTrue(packages.size() >= 10, "api and spi packages: " + packages);
        for (Path dir : packages) {
            Path info = dir.resolve("package-info.class");
            assertTrue(Files.exists(info), "no package-info.java in " + root().relativize(dir));
            String bytes = read(info);
            assertTrue(bytes.contains(EXPORT) && bytes.contains(VERSION), root().relativize(dir) + " lacks @Export or @Version");
        }
    }

    @Test
    void everyPublicInterfaceIsAProviderOrConsumerType() throws Exception {
        List<String> unmarked = new ArrayList<>();
        for (Path classFile : classFiles()) {
            String name = root().relativize(classFile).toString().replace('/', '.').replaceAll("\\.class$", "");
            if (name.endsWith("package-info")) {
                continue;
            }
            Class<?> type = Class.forName(name, false, Element.class.getClassLoader());
            if (type.isInterface() && !type.isAnnotation() && Modifier.isPublic(type.getModifiers())) {
                String bytes = read(classFile);
                if (!bytes.contains(PROVIDER_TYPE) && !bytes.contains(CONSUMER_TYPE)) {
                    unmarked.add(name);
                }
            }
        }
        assertTrue(unmarked.isEmpty(), "interfaces without @ProviderType/@ConsumerType: " + unmarked);
    }

    @Test
    void implementationPackagesDoNotExistInTheApi() throws Exception {
        for (Path dir : packageDirectories()) {
            String pkg = root().relativize(dir).toString().replace('/', '.');
            assertTrue(pkg.startsWith("org.matforge.api") || pkg.startsWith("org.matforge.spi"), pkg);
            assertFalse(pkg.contains("internal") || pkg.contains("impl"), pkg);
        }
    }

    private static List<Path> packageDirectories() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".class")).map(Path::getParent).distinct().toList();
        }
    }

    private static List<Path> classFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".class")).toList();
        }
    }

    private static Path root() throws URISyntaxException {
        // target/classes: where Element.class was loaded from
        Path elementClass = Path.of(Element.class.getResource("Element.class").toURI());
        return elementClass.getParent().getParent().getParent().getParent().getParent();
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }
}

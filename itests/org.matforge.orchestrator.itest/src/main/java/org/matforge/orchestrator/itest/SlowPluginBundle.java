package org.matforge.orchestrator.itest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.matforge.orchestrator.itest.slow.SlowScreen;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A plug-in bundle made at test time: {@link SlowScreen}'s class and a Declarative Services descriptor registering
 * it as screen {@code slow}, so that a test can stop the bundle while a run uses the screen.
 */
final class SlowPluginBundle {
    static final String SYMBOLIC_NAME = "org.matforge.itest.slow";
    private static final String CLASS = SlowScreen.class.getName().replace('.', '/') + ".class";
    private static final String COMPONENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="slow-screen">
              <implementation class="%s"/>
              <service><provide interface="org.matforge.spi.screen.Screen"/></service>
              <property name="matforge.id" value="slow"/>
              <property name="matforge.name" value="Slow screen"/>
            </scr:component>
            """.formatted(SlowScreen.class.getName());

    private SlowPluginBundle() {
    }

    static Bundle install(BundleContext context) throws Exception {
        Bundle b = context.installBundle("itest:slow-plugin", new ByteArrayInputStream(jar()));
        b.start();
        return b;
    }

    private static byte[] jar() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", "1.2.3");
        main.putValue("Import-Package", "org.matforge.api.data,org.matforge.api.discovery,org.matforge.spi.screen,org.matforge.spi.task");
        main.putValue("Service-Component", "OSGI-INF/slow.xml");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest); InputStream clazz = SlowScreen.class.getResourceAsStream("/" + CLASS)) {
            jar.putNextEntry(new JarEntry(CLASS));
            clazz.transferTo(jar);
            jar.putNextEntry(new JarEntry("OSGI-INF/slow.xml"));
            jar.write(COMPONENT.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}

package org.matforge.orchestrator.itest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.matforge.api.plugin.PluginProperties;
import org.matforge.itest.support.TestBundles;
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
              <property name="%s" value="slow"/>
              <property name="%s" value="Slow screen"/>
            </scr:component>
            """.formatted(SlowScreen.class.getName(), PluginProperties.ID, PluginProperties.NAME);

    private SlowPluginBundle() {
    }

    static Bundle install(BundleContext context) throws Exception {
        Bundle b = context.installBundle("itest:slow-plugin", new ByteArrayInputStream(jar()));
        b.start();
        return b;
    }

    private static byte[] jar() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Import-Package", "org.matforge.api.data,org.matforge.api.discovery,org.matforge.spi.screen,org.matforge.spi.task");
        headers.put("Service-Component", "OSGI-INF/slow.xml");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream clazz = SlowScreen.class.getResourceAsStream("/" + CLASS)) {
            entries.put(CLASS, clazz.readAllBytes());
        }
        entries.put("OSGI-INF/slow.xml", COMPONENT.getBytes(StandardCharsets.UTF_8));
        return TestBundles.jar(SYMBOLIC_NAME, "1.2.3", headers, entries);
    }
}

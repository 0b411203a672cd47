package org.matforge.itest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.itest.support.Waiting;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/** {@code mf:plugins} through the real Gogo command processor lists a plug-in installed at run time. */
class PluginsCommandIT {
    @InjectBundleContext
    BundleContext context;

    @InjectService
    CommandProcessor processor;

    @InjectService
    PluginRegistry registry;

    @Test
    void listsPluginsByKindWithBundleAndVersion() throws Exception {
        Path jar = new PluginDropFolder(context).dropTestPlugin("command-plugin.jar");
        try {
            Waiting.until(() -> registry.find(PluginKind.FEATURIZER, "element-count").isPresent(), Duration.ofSeconds(15), "plug-in registered");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
                 CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
                session.execute("mf:plugins");
            }
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("featurizer (1)"), text);
            assertTrue(text.matches("(?s).*element-count\\s+Element count\\s+org\\.matforge\\.itest\\.plugin\\s+0\\.1\\.0.*"), text);
            assertTrue(text.contains("problems (1)") && text.contains("ExplodingFeaturizer"), text);
        } finally {
            Files.deleteIfExists(jar);
            Waiting.until(() -> registry.find(PluginKind.FEATURIZER, "element-count").isEmpty(), Duration.ofSeconds(15), "plug-in withdrawn");
        }
    }
}

package org.matforge.predictors.itest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;
import org.matforge.spi.backend.ComputeBackend;
import org.osgi.test.common.annotation.InjectService;

/** {@code mf:backends} through the real Gogo command processor describes the live ND4J CPU backend. */
class BackendsCommandIT {
    @InjectService
    CommandProcessor processor;

    @InjectService(timeout = 60_000)
    ComputeBackend backend;

    @Test
    void listsTheCpuBackendWithItsBlasAndBundle() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
             CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
            session.execute("mf:backends");
        }
        String text = out.toString(StandardCharsets.UTF_8);
        System.out.println("BackendsCommandIT:\n" + text);
        assertTrue(text.startsWith("compute backends (1)"), text);
        assertTrue(text.matches("(?s).*nd4j-cpu\\s+cpu\\s+.+\\s+\\d+\\s+OPENBLAS\\s+[0-9.]+ GiB\\s+yes\\s+org\\.matforge\\.dl4j\\s+0\\.1\\.0.*"), text);
        assertTrue(text.contains("nd4j-cpu: ND4J CpuBackend ready"), text);
    }
}

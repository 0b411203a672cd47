package org.matforge.server.ui.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Python client's own tests ({@code clients/python/tests}) run with Debian's {@code python3} against the live
 * server: submit the example, stream, wait, candidates, report download, errors. Its output is kept in
 * {@code target/python-client-tests.txt}.
 */
@ExtendWith(LiveServer.class)
class PythonClientTest {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path CLIENT = ServerProcess.ROOT.resolve("clients/python");

    @Test
    void theClientsTestsPassAgainstTheServer(ServerProcess server) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "Debian's python3 is not installed at " + PYTHON);
        Path out = Path.of("target/python-client-tests.txt").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-m", "unittest", "discover", "-v", "-s", "tests", "-t", ".")
                .directory(CLIENT.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("MATFORGE_URL", server.base().toString());
        pb.environment().put("MATFORGE_TOKEN", server.submitToken());
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the Python client's tests did not end within 15 minutes");
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output + server.logTail());
        assertTrue(output.contains("test_submit_stream_wait_candidates_and_report") && output.lines().anyMatch(l -> l.startsWith("OK")), output);
        assertFalse(output.contains("skipped"), "no client test may skip against a live server:\n" + output);
    }
}

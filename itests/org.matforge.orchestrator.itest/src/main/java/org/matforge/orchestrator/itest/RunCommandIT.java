package org.matforge.orchestrator.itest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/** mf:run, mf:runs and mf:show through the Gogo command processor. */
class RunCommandIT {
    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin admin;

    @InjectService
    CommandProcessor processor;

    private Orchestration orchestration;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        orchestration = Orchestration.start(context, admin, 2);
    }

    @AfterEach
    void stop() throws Exception {
        orchestration.close();
    }

    private Object execute(String line) throws Exception {
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true), new PrintStream(err, true))) {
            return session.execute(line);
        }
    }

    @Test
    void runPrintsProgressAndEndsWithTheReportThenRunsAndShowListIt() throws Exception {
        Bundle slow = SlowPluginBundle.install(context);
        Path file = Files.writeString(orchestration.runs.resolveSibling(orchestration.runs.getFileName() + "-wf.json"),
                Orchestration.workflow("by-command", ", {\"id\": \"slow\", \"parameters\": {\"seconds\": 2.5}}"));
        try {
            execute("mf:run " + file);
        } finally {
            slow.uninstall();
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        Matcher report = Pattern.compile("report: (\\S+report\\.html)").matcher(printed);
        assertTrue(report.find(), printed);
        assertTrue(Files.exists(Path.of(report.group(1))));
        String progress = err.toString(StandardCharsets.UTF_8);
        assertTrue(progress.contains("started") && Pattern.compile("\\[ *\\d+%\\] valid: ").matcher(progress).find(), progress);

        Matcher id = Pattern.compile("run (\\S+) succeeded").matcher(printed);
        assertTrue(id.find(), printed);
        out.reset();
        execute("mf:runs");
        assertTrue(Pattern.compile(Pattern.quote(id.group(1)) + " +SUCCEEDED +100%").matcher(out.toString(StandardCharsets.UTF_8)).find(),
                out.toString(StandardCharsets.UTF_8));
        out.reset();
        execute("mf:show " + id.group(1));
        String shown = out.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("status    SUCCEEDED") && shown.contains("gap-model") && shown.contains("train-predictor"), shown);
    }

    @Test
    void anInvalidWorkflowFileFailsTheCommandAndListsTheProblems() throws Exception {
        Path file = Files.writeString(orchestration.runs.resolveSibling(orchestration.runs.getFileName() + "-bad.json"),
                Orchestration.workflow("bad", "").replace("\"knn\"", "\"kn\""));
        Exception e = assertThrows(Exception.class, () -> execute("mf:run " + file));
        assertTrue(e.getMessage().contains("is not a valid workflow (1 problem, listed above); nothing was run"), e.getMessage());
        String listed = err.toString(StandardCharsets.UTF_8);
        assertTrue(listed.contains("steps[3].trainer: no predictor-trainer 'kn'"), listed);
        Exception missing = assertThrows(Exception.class, () -> execute("mf:run /nonexistent/wf.json"));
        assertTrue(missing.getMessage().contains("no such workflow file"), missing.getMessage());
    }

    @Test
    void aBinaryOrDeeplyNestedWorkflowFileIsRefusedWithWhereNotAStackTrace() throws Exception {
        Path binary = orchestration.runs.resolveSibling(orchestration.runs.getFileName() + "-binary.json");
        Files.write(binary, new byte[] {'{', '"', (byte) 0xFF, (byte) 0xD8, 0, 1, '"', '}'});
        Exception e = assertThrows(Exception.class, () -> execute("mf:run " + binary));
        assertTrue(e.getMessage().contains("is not a valid workflow (1 problem, listed above)"), e.getMessage());
        String listed = err.toString(StandardCharsets.UTF_8);
        assertTrue(listed.contains("(document): not UTF-8 text at byte 3 (line 1)"), listed);

        err.reset();
        Path deep = Files.writeString(orchestration.runs.resolveSibling(orchestration.runs.getFileName() + "-deep.json"),
                "{\"schema\": 1, \"name\": \"deep\", \"steps\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        assertThrows(Exception.class, () -> execute("mf:run " + deep));
        listed = err.toString(StandardCharsets.UTF_8);
        assertTrue(listed.contains("nested deeper than 64 objects and lists"), listed);
    }
}

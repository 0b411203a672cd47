package org.matforge.sdk.itest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The MatForge checkout this module is built in, and nested commands run with this build's Maven and repository. */
final class Checkout {
    static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    static final Path RUNTIME_JAR = ROOT.resolve("runtime/target/matforge.jar");
    static final Path SCRIPT = ROOT.resolve("matforge");

    private Checkout() {
    }

    /** @return the {@code mvn} of the outer build */
    static Path mvn() {
        return Path.of(property("matforge.maven.home"), "bin", "mvn");
    }

    /** @return options every nested Maven call gets: batch mode, the outer build's repository and offline setting */
    static List<String> mavenOptions() {
        List<String> options = new ArrayList<>(List.of("-B", "-Dmaven.repo.local=" + property("matforge.maven.repo")));
        if (System.getProperty("matforge.maven.offline", "").endsWith("=true")) {
            options.add("-o");
        }
        return options;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (the module's Surefire configuration sets it)");
        }
        return value;
    }

    /** What a finished process printed. */
    record Result(int status, String output) {
    }

    /** Runs {@code command} in {@code dir} (output into {@code log}), at most {@code minutes}. */
    static Result run(List<String> command, Path dir, Map<String, String> env, Path log, int minutes)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
                throw new AssertionError(String.join(" ", command) + " did not end within " + minutes + " minutes; log " + log);
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}

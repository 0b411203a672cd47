package org.matforge.runtime.itest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./matforge} as a user does: the script on the exported runtime jar, one process, a home of its own. */
final class Launcher {
    static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    static final Path SCRIPT = ROOT.resolve("matforge");
    static final Path JAR = ROOT.resolve("runtime/target/matforge.jar");

    private Launcher() {
    }

    /** What a finished command printed. */
    record Result(String command, int status, String out, String err) {
        @Override
        public String toString() {
            return "matforge " + command + " → " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** Starts {@code [prefix…] bash matforge args…} in {@code home}, output into files there. */
    static Process start(Path home, List<String> prefix, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        pb.environment().put("MATFORGE_HOME", home.toString());
        pb.environment().put("MATFORGE_JAR", JAR.toString());
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.environment().putAll(env);
        return pb.redirectOutput(home.resolve("stdout.txt").toFile()).redirectError(home.resolve("stderr.txt").toFile()).start();
    }

    /** Waits (at most 5 minutes, then fails) for a process from {@link #start} to end. */
    static Result finish(Path home, Process p, String... args) throws IOException, InterruptedException {
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("matforge " + String.join(" ", args) + " did not end within 5 minutes");
        }
        return new Result(String.join(" ", args), p.exitValue(), Files.readString(home.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    static Result run(Path home, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return finish(home, start(home, List.of(), env, args), args);
    }

    static Result run(Path home, String... args) throws IOException, InterruptedException {
        return run(home, Map.of(), args);
    }
}

package org.matforge.orchestrator.internal.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.matforge.commons.io.FileAccessException;
import org.matforge.commons.io.FileRoots;

/**
 * A workflow's {@code spark} section: a chain of steps — a {@code sample} step, then {@code screen} and
 * {@code predict} steps each reading the one before — handed to MatForge's Spark job as one {@code generate} job,
 * and where and with what resources that job runs. The orchestrator never links Spark: it runs the job jar as a
 * child process ({@code spark-submit} when the operator configured one, else {@code java} with Spark's jars listed
 * beside the job jar) and reads its Parquet output back. {@link SparkChain} checks the steps.
 *
 * @param steps          the names of the steps the job runs, in order
 * @param master         Spark master URL, {@code local[*]} by default
 * @param jar            the job jar ({@code spark/target/matforge-spark.jar}), inside the file roots
 * @param executorMemory {@code spark.executor.memory}, e.g. {@code 4g}
 * @param executorCores  {@code spark.executor.cores}
 * @param driverMemory   the driver's heap, e.g. {@code 4g} (in local mode the executors run in the driver)
 * @param partitions     how many partitions the draws are split into (default: 2 per core)
 * @param conf           further Spark properties, {@code spark.*} keys only
 */
public record SparkSection(List<String> steps, String master, Path jar, Optional<String> executorMemory, OptionalInt executorCores,
        Optional<String> driverMemory, OptionalInt partitions, Map<String, String> conf) {
    /** The members of a {@code spark} section. */
    public static final List<String> MEMBERS = List.of("steps", "master", "jar", "executorMemory", "executorCores", "driverMemory",
            "partitions", "conf");
    /** The master when the section gives none. */
    public static final String DEFAULT_MASTER = "local[*]";
    private static final Pattern MEMORY = Pattern.compile("[1-9][0-9]*[kmgtKMGT]?");

    /** Copies the collections. */
    public SparkSection {
        steps = List.copyOf(steps);
        conf = Map.copyOf(conf);
    }

    /** @return the section read from the document, or null with every problem added at its path ({@code spark.jar: …}) */
    static SparkSection read(JsonElement e, StepShape shape, StepShape.FileContext files, Problems problems) {
        if (!e.isJsonObject()) {
            problems.add("spark", "must be an object such as {\"steps\": [\"sampled\", \"screened\"], \"jar\": \"spark/target/matforge-spark.jar\"}");
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        int before = problems.size();
        shape.unknownMembers(o, MEMBERS, "spark.", "the spark section");
        List<String> steps = new ArrayList<>();
        JsonElement s = o.get("steps");
        if (s == null || !s.isJsonArray() || s.getAsJsonArray().isEmpty()) {
            problems.add("spark.steps", "required — the names of the steps Spark runs, a sample step first, e.g. [\"sampled\", \"screened\", \"predicted\"]");
        } else {
            for (int i = 0; i < s.getAsJsonArray().size(); i++) {
                JsonElement n = s.getAsJsonArray().get(i);
                if (!StepShape.isText(n)) {
                    problems.add("spark.steps[" + i + "]", "must be a step name, got " + n);
                } else if (steps.contains(n.getAsString())) {
                    problems.add("spark.steps[" + i + "]", "'" + n.getAsString() + "' is listed twice");
                } else {
                    steps.add(n.getAsString());
                }
            }
        }
        String master = text(o, "master", problems).orElse(DEFAULT_MASTER);
        Path jar = jar(o.get("jar"), files, problems);
        Optional<String> executorMemory = memory(o, "executorMemory", problems);
        Optional<String> driverMemory = memory(o, "driverMemory", problems);
        OptionalInt executorCores = positive(o, "executorCores", problems);
        OptionalInt partitions = positive(o, "partitions", problems);
        Map<String, String> conf = conf(o.get("conf"), problems);
        return problems.size() == before ? new SparkSection(steps, master, jar, executorMemory, executorCores, driverMemory, partitions, conf) : null;
    }

    private static Optional<String> text(JsonObject o, String field, Problems problems) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return Optional.empty();
        }
        if (!StepShape.isText(e) || e.getAsString().isBlank()) {
            problems.add("spark." + field, "must be a non-empty text, got " + e);
            return Optional.empty();
        }
        return Optional.of(e.getAsString());
    }

    private static Path jar(JsonElement e, StepShape.FileContext files, Problems problems) {
        if (e == null || !StepShape.isText(e) || e.getAsString().isBlank()) {
            problems.add("spark.jar", "required — the Spark job jar, e.g. \"spark/target/matforge-spark.jar\" (build it with: mvn -B install -pl spark -am -DskipTests)"
                    + (e == null ? "" : ", got " + e));
            return null;
        }
        Path jar = files.base().resolve(e.getAsString()).normalize();
        if (!Files.isRegularFile(jar)) {
            problems.add("spark.jar", "no such file: " + jar + " (relative to " + files.baseName() + "); build the job jar with: mvn -B install -pl spark -am -DskipTests");
            return null;
        }
        try {
            FileRoots roots = files.roots();
            jar = roots.readable(jar, "spark.jar");
        } catch (FileAccessException x) {
            problems.add("spark.jar", x.getMessage());
            return null;
        }
        return jar;
    }

    private static Optional<String> memory(JsonObject o, String field, Problems problems) {
        Optional<String> m = text(o, field, problems);
        if (m.isPresent() && !MEMORY.matcher(m.get()).matches()) {
            problems.add("spark." + field, "must be an amount of memory such as \"2g\" or \"512m\", got \"" + m.get() + "\"");
            return Optional.empty();
        }
        return m;
    }

    private static OptionalInt positive(JsonObject o, String field, Problems problems) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return OptionalInt.empty();
        }
        if (!StepShape.isNumber(e) || !StepShape.isWhole(e) || e.getAsLong() < 1 || e.getAsLong() > 100_000) {
            problems.add("spark." + field, "must be a whole number from 1 to 100000, got " + e);
            return OptionalInt.empty();
        }
        return OptionalInt.of(e.getAsInt());
    }

    private static Map<String, String> conf(JsonElement e, Problems problems) {
        Map<String, String> conf = new LinkedHashMap<>();
        if (e == null || e.isJsonNull()) {
            return conf;
        }
        if (!e.isJsonObject()) {
            problems.add("spark.conf", "must be an object of Spark properties, e.g. {\"spark.sql.shuffle.partitions\": \"8\"}, got " + e);
            return conf;
        }
        for (Map.Entry<String, JsonElement> p : e.getAsJsonObject().entrySet()) {
            String path = "spark.conf." + p.getKey();
            JsonElement v = p.getValue();
            if (!p.getKey().startsWith("spark.")) {
                problems.add(path, "not a Spark property; keys start with \"spark.\"");
            } else if (v == null || !v.isJsonPrimitive()) {
                problems.add(path, "must be a text, number or true/false, got " + v);
            } else {
                conf.put(p.getKey(), v.getAsString());
            }
        }
        return conf;
    }
}

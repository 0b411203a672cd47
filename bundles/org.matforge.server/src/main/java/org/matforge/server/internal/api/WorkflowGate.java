package org.matforge.server.internal.api;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * What a workflow submitted over HTTP must pass before the workflow service sees it: well-formed JSON no deeper
 * than the limit, at most so many steps and samples, and every file or folder it names relative to one of the
 * server's data roots — no absolute paths, no {@code ..}, no symbolic link leading out of the root. Paths are
 * rewritten to the real file under the root, so the service reads exactly the file that was checked.
 */
public final class WorkflowGate {
    /** Step fields that name a file. */
    private static final Set<String> STEP_PATH_FIELDS = Set.of("file", "path", "folder", "dir", "directory");
    /** Step fields that count samples. */
    private static final Set<String> SAMPLE_FIELDS = Set.of("count", "samples");

    private final ServerSettings settings;

    public WorkflowGate(ServerSettings settings) {
        this.settings = settings;
    }

    /** @return the document to hand to the workflow service, with its paths resolved under the roots */
    public String admit(String body) throws ApiException {
        JsonObject doc = parse(body);
        JsonElement steps = doc.get("steps");
        if (steps == null || !steps.isJsonArray()) {
            return body; // the workflow service words what is missing
        }
        if (steps.getAsJsonArray().size() > settings.maxSteps()) {
            throw ApiException.badField("too_many_steps", "steps", steps.getAsJsonArray().size() + " steps; this server accepts at most "
                    + settings.maxSteps() + " (maxSteps in conf/org.matforge.server.cfg)");
        }
        for (int i = 0; i < steps.getAsJsonArray().size(); i++) {
            JsonElement step = steps.getAsJsonArray().get(i);
            if (step.isJsonObject()) {
                checkStep(step.getAsJsonObject(), "steps[" + i + "]");
            }
        }
        return doc.toString();
    }

    /** @return the document as a JSON object, or a 400 saying what is malformed */
    public JsonObject parse(String body) throws ApiException {
        int depth = depth(body);
        if (depth > settings.maxJsonDepth()) {
            throw new ApiException(400, "too_deep", "the JSON nests " + depth + " levels deep; this server accepts at most " + settings.maxJsonDepth()
                    + " (maxJsonDepth in conf/org.matforge.server.cfg)");
        }
        try (JsonReader reader = new JsonReader(new StringReader(body))) {
            JsonElement e = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new ApiException(400, "malformed_json", "the body has more after its JSON value");
            }
            if (!e.isJsonObject()) {
                throw new ApiException(400, "malformed_json", "the body must be a JSON object (a workflow document)");
            }
            return e.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            String why = e.getMessage() == null ? "unreadable" : e.getMessage().replaceAll("^([\\w$]+\\.)*[\\w$]*(Exception|Error): ", "");
            throw new ApiException(400, "malformed_json", "malformed JSON: " + firstLine(why));
        } catch (StackOverflowError e) {
            throw new ApiException(400, "too_deep", "the JSON nests too deeply");
        }
    }

    /** @return the deepest nesting of objects and arrays, counted without building a tree (stops counting past the limit) */
    static int depth(String json) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }

    private void checkStep(JsonObject step, String path) throws ApiException {
        for (Map.Entry<String, JsonElement> field : step.entrySet()) {
            String name = field.getKey();
            String at = path + "." + name;
            if (isPathField(name)) {
                confine(step, name, at);
            } else if (SAMPLE_FIELDS.contains(name)) {
                checkSamples(field.getValue(), at);
            } else if (name.equals("parameters") && field.getValue().isJsonObject()) {
                JsonObject parameters = field.getValue().getAsJsonObject();
                for (String p : List.copyOf(parameters.keySet())) {
                    if (isPathField(p)) {
                        confine(parameters, p, at + "." + p);
                    } else if (SAMPLE_FIELDS.contains(p)) {
                        checkSamples(parameters.get(p), at + "." + p);
                    }
                }
            }
        }
    }

    private static boolean isPathField(String name) {
        return STEP_PATH_FIELDS.contains(name.toLowerCase(Locale.ROOT)) || name.endsWith("Path") || name.endsWith("File")
                || name.endsWith("Folder") || name.endsWith("Dir") || name.endsWith("Directory");
    }

    private void checkSamples(JsonElement value, String at) throws ApiException {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() && value.getAsDouble() > settings.maxSamples()) {
            throw ApiException.badField("too_many_samples", at, value + " samples; this server accepts at most " + settings.maxSamples()
                    + " (maxSamples in conf/org.matforge.server.cfg)");
        }
    }

    private void confine(JsonObject holder, String field, String at) throws ApiException {
        JsonElement value = holder.get(field);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            return; // not a path; the workflow service checks its type
        }
        holder.add(field, new JsonPrimitive(resolve(value.getAsString(), at).toString()));
    }

    /**
     * @param given a path as the workflow gives it
     * @param at    its JSON path, for the message
     * @return the real path under one of the roots
     */
    public Path resolve(String given, String at) throws ApiException {
        if (settings.roots().isEmpty()) {
            throw ApiException.badField("forbidden_path", at, "this server has no data roots configured, so workflows cannot name files");
        }
        Path rel;
        try {
            rel = Path.of(given);
        } catch (InvalidPathException e) {
            throw ApiException.badField("forbidden_path", at, "not a valid path");
        }
        if (given.isBlank() || rel.isAbsolute() || given.startsWith("/") || given.startsWith("\\") || given.startsWith("~")
                || given.matches("^[A-Za-z]:.*")) {
            throw ApiException.badField("forbidden_path", at, "'" + given + "' is not a path relative to a data root; give it relative to one of "
                    + rootNames());
        }
        for (Path part : rel) {
            if (part.toString().equals("..") || part.toString().contains("\\")) {
                throw ApiException.badField("forbidden_path", at, "'" + given + "' contains '..' or '\\'; paths must stay inside the data roots");
            }
        }
        for (Path root : settings.roots()) {
            Path candidate = root.resolve(rel).normalize();
            if (Files.exists(candidate)) {
                try {
                    Path real = candidate.toRealPath();
                    if (!real.startsWith(root.toRealPath())) {
                        throw ApiException.badField("forbidden_path", at, "'" + given + "' leads out of its data root (a symbolic link)");
                    }
                    return real;
                } catch (IOException e) {
                    throw ApiException.badField("forbidden_path", at, "'" + given + "' cannot be read");
                }
            }
        }
        return settings.roots().get(0).resolve(rel).normalize(); // missing: the workflow service says so, naming the field
    }

    private String rootNames() {
        return settings.roots().stream().map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString()).toList().toString();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

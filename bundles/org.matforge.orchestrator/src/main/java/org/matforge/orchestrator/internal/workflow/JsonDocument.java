package org.matforge.orchestrator.internal.workflow;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import org.matforge.api.workflow.WorkflowProblem;

/**
 * Strict JSON parsing whose errors become a {@link WorkflowProblem} at the document path where they occur. A
 * streaming pre-pass checks the {@link JsonLimits} (size, nesting depth) and refuses duplicate keys before Gson
 * builds a tree, so a hostile document cannot overflow the stack and no key is silently taken twice.
 */
final class JsonDocument {
    private static final Pattern WHERE = Pattern.compile("(.*?)\\s*at line (\\d+) column (\\d+) path (\\S*)", Pattern.DOTALL);

    private JsonDocument() {
    }

    /** @return the parsed document @throws SyntaxError naming line, column and path, or the limit exceeded */
    static JsonElement parse(String json, JsonLimits limits) throws SyntaxError {
        if (json == null || json.isBlank()) {
            throw new SyntaxError(new WorkflowProblem("(document)", "empty — a workflow is a JSON object with \"schema\": 1, \"name\" and \"steps\""));
        }
        long bytes = Utf8Text.length(json);
        if (bytes > limits.maxBytes()) {
            throw new SyntaxError(new WorkflowProblem("(document)", limits.tooLarge(bytes)));
        }
        try {
            prePass(json, limits);
            JsonReader reader = reader(json);
            JsonElement root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new SyntaxError(new WorkflowProblem("(document)", "text after the end of the JSON object"));
            }
            return root;
        } catch (JsonParseException | IOException e) {
            throw new SyntaxError(problem(e));
        }
    }

    private static JsonReader reader(String json) {
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.STRICT);
        return reader;
    }

    /** Walks the tokens without building anything: depth, duplicate keys and syntax. */
    private static void prePass(String json, JsonLimits limits) throws IOException, SyntaxError {
        JsonReader reader = reader(json);
        Deque<Set<String>> keys = new ArrayDeque<>();
        int depth = 0;
        do {
            switch (reader.peek()) {
                case BEGIN_OBJECT, BEGIN_ARRAY -> {
                    if (++depth > limits.maxDepth()) {
                        throw new SyntaxError(new WorkflowProblem(documentPath(reader.getPath()), "nested deeper than "
                                + limits.maxDepth() + " objects and lists (" + where(reader) + "; system property "
                                + JsonLimits.MAX_DEPTH_PROPERTY + ")"));
                    }
                    if (reader.peek() == JsonToken.BEGIN_OBJECT) {
                        reader.beginObject();
                        keys.push(new HashSet<>());
                    } else {
                        reader.beginArray();
                    }
                }
                case END_OBJECT -> {
                    reader.endObject();
                    keys.pop();
                    depth--;
                }
                case END_ARRAY -> {
                    reader.endArray();
                    depth--;
                }
                case NAME -> {
                    String name = reader.nextName();
                    if (!keys.peek().add(name)) {
                        throw new SyntaxError(new WorkflowProblem(documentPath(reader.getPath()), "duplicate key '" + name
                                + "' (" + where(reader) + "); each key may appear once in an object"));
                    }
                }
                default -> reader.skipValue();
            }
        } while (depth > 0);
    }

    /** @return e.g. {@code line 3, column 14}, from the reader's position */
    private static String where(JsonReader reader) {
        Matcher m = Pattern.compile("at line (\\d+) column (\\d+)").matcher(reader.toString());
        return m.find() ? "line " + m.group(1) + ", column " + m.group(2) : "at " + reader.getPath();
    }

    private static WorkflowProblem problem(Exception e) {
        Throwable t = e.getCause() != null && e.getMessage() != null && e.getMessage().startsWith("com.google") ? e.getCause() : e;
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int see = message.indexOf("\nSee ");
        if (see >= 0) {
            message = message.substring(0, see);
        }
        message = message.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed JSON");
        Matcher m = WHERE.matcher(message.trim());
        if (!m.matches()) {
            return new WorkflowProblem("(document)", "not valid JSON: " + message.trim());
        }
        return new WorkflowProblem(documentPath(m.group(4)),
                "not valid JSON: " + m.group(1).trim() + " (line " + m.group(2) + ", column " + m.group(3) + ")");
    }

    /** @return {@code steps[0].name} for Gson's {@code $.steps[0].name}; {@code (document)} for the root */
    static String documentPath(String gsonPath) {
        String p = gsonPath.startsWith("$") ? gsonPath.substring(1) : gsonPath;
        p = p.startsWith(".") ? p.substring(1) : p;
        p = p.endsWith(".") ? p.substring(0, p.length() - 1) : p;
        return p.isEmpty() ? "(document)" : p;
    }

    /** A document that is not JSON, or not within the limits. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient WorkflowProblem problem;

        SyntaxError(WorkflowProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        WorkflowProblem problem() {
            return problem;
        }
    }
}

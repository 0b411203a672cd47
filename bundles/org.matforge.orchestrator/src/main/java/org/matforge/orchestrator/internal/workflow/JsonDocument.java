package org.matforge.orchestrator.internal.workflow;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import org.matforge.api.workflow.WorkflowProblem;

/** Strict JSON parsing whose syntax errors become a {@link WorkflowProblem} at the document path where they occur. */
final class JsonDocument {
    private static final Pattern WHERE = Pattern.compile("(.*?)\\s*at line (\\d+) column (\\d+) path (\\S*)", Pattern.DOTALL);

    private JsonDocument() {
    }

    /** @return the parsed document @throws SyntaxError naming line, column and path */
    static JsonElement parse(String json) throws SyntaxError {
        if (json == null || json.isBlank()) {
            throw new SyntaxError(new WorkflowProblem("(document)", "empty — a workflow is a JSON object with \"schema\": 1, \"name\" and \"steps\""));
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            JsonElement root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new SyntaxError(new WorkflowProblem("(document)", "text after the end of the JSON object"));
            }
            return root;
        } catch (JsonParseException | IOException e) {
            throw new SyntaxError(problem(e));
        }
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

    /** A document that is not JSON. */
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

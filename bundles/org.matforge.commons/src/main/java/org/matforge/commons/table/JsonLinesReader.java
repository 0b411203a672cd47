package org.matforge.commons.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads a table from JSON lines: one object per line (blank lines skipped); its columns are the keys of the first
 * object, in order. A key missing from a later line is an empty field, {@code null} too; a number keeps its text;
 * a nested array or object is its JSON text. A line that is not a JSON object, or that has a key the first line
 * lacks, is an error naming the line.
 */
public final class JsonLinesReader implements RowReader {
    private final BufferedReader in;
    private final String name;
    private Map<String, Integer> columns;
    private String[] pendingFirst;
    private long line;
    private long recordLine;

    /**
     * @param reader the text; closed by {@link #close()}
     * @param name   the file name for messages, or null
     */
    public JsonLinesReader(Reader reader, String name) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        this.name = name;
    }

    @Override
    public String[] next() throws IOException {
        if (pendingFirst != null) {
            String[] first = pendingFirst;
            pendingFirst = null;
            return first;
        }
        JsonObject object = nextObject();
        if (object == null) {
            return null;
        }
        if (columns == null) {
            columns = new LinkedHashMap<>();
            for (String key : object.keySet()) {
                columns.put(key, columns.size());
            }
            pendingFirst = values(object);
            return columns.keySet().toArray(new String[0]);
        }
        return values(object);
    }

    private JsonObject nextObject() throws IOException {
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            recordLine = line;
            JsonElement element;
            try {
                element = JsonParser.parseString(text);
            } catch (JsonParseException e) {
                throw new IOException(where() + "line " + line + " is not JSON: " + message(e));
            }
            if (!element.isJsonObject()) {
                throw new IOException(where() + "line " + line + " is not a JSON object (one {\"column\": value, …} per line)");
            }
            return element.getAsJsonObject();
        }
        return null;
    }

    private String[] values(JsonObject object) throws IOException {
        String[] row = new String[columns.size()];
        Arrays.fill(row, "");
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
            Integer c = columns.get(e.getKey());
            if (c == null) {
                unknown.add(e.getKey());
            } else {
                JsonElement v = e.getValue();
                row[c] = v.isJsonNull() ? "" : v.isJsonPrimitive() ? v.getAsString() : v.toString();
            }
        }
        if (!unknown.isEmpty()) {
            throw new IOException(where() + "line " + recordLine + " has keys " + unknown + " that the first line lacks; columns are "
                    + columns.keySet());
        }
        return row;
    }

    private static String message(JsonParseException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    }

    @Override
    public long recordLine() {
        return recordLine;
    }

    @Override
    public String where() {
        return name == null ? "" : name + ": ";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

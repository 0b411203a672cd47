package org.matforge.datasources.internal.tables;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.matforge.api.text.Excerpt;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads JSON tables into a {@link TableAssembler}, streaming. Two shapes:
 * <ul>
 * <li>an array of objects, one per row ({@code [{"formula": "GaAs", "band_gap": 1.42}, …]}): columns are the keys in
 * order of first appearance, a key a row lacks is a missing value; an element that is not an object, or a value
 * that is an array or object, makes a broken row located by its JSON path and line;</li>
 * <li>an object of columns ({@code {"formula": ["GaAs", …], "band_gap": [1.42, …]}}): every array must have the same
 * length.</li>
 * </ul>
 * Numbers keep their literal text, booleans become {@code true}/{@code false}, null is missing. Read leniently,
 * so the {@code NaN} that Python's json module writes for missing numbers is accepted (as missing).
 */
public final class JsonTables {
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private JsonTables() {
    }

    /**
     * @throws DataSourceException when the text is not JSON or not one of the two shapes, naming line and path
     */
    public static void read(Reader reader, String name, TableAssembler target, TaskContext context) throws DataSourceException {
        JsonReader json = new JsonReader(reader);
        json.setStrictness(Strictness.LENIENT);
        try {
            JsonToken top = json.peek();
            if (top == JsonToken.BEGIN_ARRAY) {
                readRows(json, name, target, context);
            } else if (top == JsonToken.BEGIN_OBJECT) {
                readColumns(json, name, target);
            } else {
                throw new DataSourceException(name + ": a JSON table is an array of row objects or an object of column arrays, found " + top);
            }
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new DataSourceException(name + ": unexpected content after the table at " + where(json));
            }
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new DataSourceException(name + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    private static void readRows(JsonReader json, String name, TableAssembler target, TaskContext context) throws IOException {
        json.beginArray();
        while (json.hasNext()) {
            if (target.rowCount() % 10_000 == 0) {
                context.checkCancelled();
            }
            String location = name + ":" + line(json) + " (" + json.getPath() + ")";
            if (json.peek() != JsonToken.BEGIN_OBJECT) {
                JsonToken found = json.peek();
                json.skipValue();
                target.add(null, location, "row is " + found + ", not an object");
                continue;
            }
            List<String> cells = new ArrayList<>();
            String problem = null;
            json.beginObject();
            while (json.hasNext()) {
                int column = target.column(json.nextName());
                while (cells.size() <= column) {
                    cells.add(null);
                }
                JsonToken token = json.peek();
                if (token == JsonToken.BEGIN_ARRAY || token == JsonToken.BEGIN_OBJECT) {
                    problem = problem != null ? problem : "'" + Excerpt.name(json.getPath().replaceAll(".*\\.", "")) + "' holds an " + (token == JsonToken.BEGIN_ARRAY ? "array" : "object") + ", not a value";
                    json.skipValue();
                } else {
                    String value = scalar(json);
                    if (value != null && value.indexOf(CsvTables.NOT_DECODED) >= 0 && problem == null) {
                        problem = "not UTF-8 text";
                    }
                    cells.set(column, value);
                }
            }
            json.endObject();
            target.add(cells.toArray(new String[0]), location, problem);
        }
        json.endArray();
    }

    private static void readColumns(JsonReader json, String name, TableAssembler target) throws IOException, DataSourceException {
        List<List<String>> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        json.beginObject();
        while (json.hasNext()) {
            String column = json.nextName();
            if (json.peek() != JsonToken.BEGIN_ARRAY) {
                throw new DataSourceException(name + ": column '" + column + "' is not an array, at " + where(json));
            }
            List<String> values = new ArrayList<>();
            json.beginArray();
            while (json.hasNext()) {
                JsonToken token = json.peek();
                if (token == JsonToken.BEGIN_ARRAY || token == JsonToken.BEGIN_OBJECT) {
                    throw new DataSourceException(name + ": " + json.getPath() + " holds an " + (token == JsonToken.BEGIN_ARRAY ? "array" : "object") + ", not a value, at " + where(json));
                }
                values.add(scalar(json));
            }
            json.endArray();
            if (!columns.isEmpty() && values.size() != columns.get(0).size()) {
                throw new DataSourceException(name + ": column '" + column + "' has " + values.size() + " values, column '"
                        + names.get(0) + "' " + columns.get(0).size());
            }
            names.add(column);
            columns.add(values);
            target.column(column);
        }
        json.endObject();
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        for (int r = 0; r < rows; r++) {
            String[] cells = new String[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = columns.get(c).get(r);
            }
            target.add(cells, name + " row " + r + " ($." + names.get(0) + "[" + r + "])", null);
        }
    }

    private static String scalar(JsonReader json) throws IOException {
        return switch (json.peek()) {
            case NULL -> {
                json.nextNull();
                yield null;
            }
            case BOOLEAN -> Boolean.toString(json.nextBoolean());
            default -> json.nextString();
        };
    }

    /** @return the reader's line, parsed from its description (Gson exposes it only there) */
    private static String line(JsonReader json) {
        Matcher m = LINE.matcher(json.toString());
        return m.find() ? m.group(1) : "?";
    }

    private static String where(JsonReader json) {
        return "line " + line(json) + ", path " + json.getPath();
    }
}

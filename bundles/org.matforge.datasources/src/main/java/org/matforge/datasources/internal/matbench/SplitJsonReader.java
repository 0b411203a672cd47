package org.matforge.datasources.internal.matbench;

import java.io.IOException;
import java.io.Reader;
import java.util.EnumMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.datasources.internal.tables.TableAssembler;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Streams a matbench file — a pandas DataFrame in "split" orientation, {@code {"index": […], "columns": […],
 * "data": [[…], …]}} — into a {@link TableAssembler} with columns {@code formula} and the dataset's property. The
 * input is a formula string or a pymatgen Structure dict, whose composition is the sum of its sites' species
 * occupancies (the cell formula, e.g. {@code K4Mn4O8}); other fields are skipped without being kept in memory.
 */
final class SplitJsonReader {
    private SplitJsonReader() {
    }

    static void read(Reader reader, String name, MatbenchDataset dataset, TableAssembler target, TaskContext context)
            throws DataSourceException {
        target.column("formula");
        target.column(dataset.column());
        JsonReader json = new JsonReader(reader);
        json.setStrictness(Strictness.LENIENT);
        try {
            List<String> columns = null;
            json.beginObject();
            while (json.hasNext()) {
                String key = json.nextName();
                if (key.equals("columns")) {
                    columns = strings(json);
                } else if (key.equals("data")) {
                    if (columns == null) {
                        throw new DataSourceException(name + ": \"data\" comes before \"columns\"; not a matbench file");
                    }
                    readRows(json, name, dataset, columns, target, context);
                } else {
                    json.skipValue();
                }
            }
            json.endObject();
            if (columns == null) {
                throw new DataSourceException(name + ": no \"columns\"; not a matbench file");
            }
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new DataSourceException(name + ": not a readable matbench file: " + e.getMessage(), e);
        }
    }

    private static void readRows(JsonReader json, String name, MatbenchDataset dataset, List<String> columns,
            TableAssembler target, TaskContext context) throws IOException, DataSourceException {
        int input = columns.indexOf(dataset.inputColumn());
        int property = columns.indexOf(dataset.publishedTarget());
        if (input < 0 || property < 0) {
            throw new DataSourceException(name + ": columns " + columns + " lack '" + dataset.inputColumn() + "' or '"
                    + dataset.publishedTarget() + "' of " + dataset.matbenchName());
        }
        json.beginArray();
        while (json.hasNext()) {
            int row = target.rowCount();
            if (row % 5_000 == 0) {
                context.checkCancelled();
                context.progress((double) row / dataset.rows(), dataset.id() + ": " + row + " rows");
            }
            String location = name + " row " + row;
            String formula = null;
            String value = null;
            String problem = null;
            json.beginArray();
            for (int c = 0; json.hasNext(); c++) {
                JsonToken token = json.peek();
                if (c == input && token == JsonToken.STRING) {
                    formula = json.nextString();
                } else if (c == input && token == JsonToken.BEGIN_OBJECT) {
                    try {
                        formula = structureFormula(json);
                    } catch (IllegalArgumentException e) {
                        problem = "structure: " + e.getMessage();
                    }
                } else if (c == property && token == JsonToken.BOOLEAN) {
                    value = json.nextBoolean() ? "1" : "0";
                } else if (c == property && token == JsonToken.NUMBER) {
                    value = json.nextString();
                } else {
                    json.skipValue();
                }
            }
            json.endArray();
            target.add(new String[] {formula, value}, location, problem);
        }
        json.endArray();
    }

    /** Sums species occupancies over the structure's sites. */
    private static String structureFormula(JsonReader json) throws IOException {
        Map<Element, Double> amounts = new EnumMap<>(Element.class);
        json.beginObject();
        while (json.hasNext()) {
            if (!json.nextName().equals("sites")) {
                json.skipValue();
                continue;
            }
            json.beginArray();
            while (json.hasNext()) {
                json.beginObject();
                while (json.hasNext()) {
                    if (json.nextName().equals("species")) {
                        readSpecies(json, amounts);
                    } else {
                        json.skipValue();
                    }
                }
                json.endObject();
            }
            json.endArray();
        }
        json.endObject();
        if (amounts.isEmpty()) {
            throw new IllegalArgumentException("no sites with species");
        }
        return Composition.of(amounts).formula();
    }

    private static void readSpecies(JsonReader json, Map<Element, Double> amounts) throws IOException {
        json.beginArray();
        while (json.hasNext()) {
            String symbol = null;
            double occupancy = 1;
            json.beginObject();
            while (json.hasNext()) {
                switch (json.nextName()) {
                    case "element" -> symbol = json.nextString();
                    case "occu" -> occupancy = json.nextDouble();
                    default -> json.skipValue();
                }
            }
            json.endObject();
            String s = symbol;
            Element e = Element.ofSymbol(s).orElseThrow(() -> new IllegalArgumentException("unknown element '" + s + "'"));
            amounts.merge(e, occupancy, Double::sum);
        }
        json.endArray();
    }

    private static List<String> strings(JsonReader json) throws IOException {
        List<String> out = new ArrayList<>();
        json.beginArray();
        while (json.hasNext()) {
            out.add(json.nextString());
        }
        json.endArray();
        return out;
    }
}

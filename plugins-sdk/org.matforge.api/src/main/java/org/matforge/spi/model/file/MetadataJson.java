package org.matforge.spi.model.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.matforge.spi.model.ModelMetadata;

/**
 * {@link ModelMetadata} as the JSON of {@value ModelFile#METADATA}: one field per record component, in record order
 * (the model card only when it has entries, so files without one are as before),
 * indented by two spaces; map keys sorted so that the same model writes the same bytes; NaN and infinite metrics
 * written as {@code NaN}, {@code Infinity}, {@code -Infinity}. Unknown fields are ignored when reading.
 */
final class MetadataJson {
    private MetadataJson() {
    }

    static String write(ModelMetadata m) {
        List<String> fields = new ArrayList<>();
        fields.add(field("kind", Json.quote(m.kind())));
        fields.add(field("trainer", Json.quote(m.trainer())));
        fields.add(field("id", Json.quote(m.id())));
        fields.add(field("target", Json.quote(m.target())));
        fields.add(field("unit", Json.quote(m.unit())));
        fields.add(field("featurizers", array(m.featurizers().stream().map(Json::quote).toList(), "  ")));
        fields.add(field("featurizerVersions", object(m.featurizerVersions(), Json::quote, "  ")));
        fields.add(field("fingerprint", Json.quote(m.fingerprint())));
        fields.add(field("seed", Long.toString(m.seed())));
        fields.add(field("metrics", object(m.metrics(), Json::number, "  ")));
        fields.add(field("curves", object(m.curves(), curve -> array(curve.stream().map(Json::number).toList(), "    "), "  ")));
        fields.add(field("formatVersion", Integer.toString(m.formatVersion())));
        if (!m.card().isEmpty()) {
            fields.add(field("card", object(m.card(), Json::quote, "  ")));
        }
        return "{\n" + String.join(",\n", fields) + "\n}";
    }

    private static String field(String name, String value) {
        return "  " + Json.quote(name) + ": " + value;
    }

    private static String array(List<String> values, String indent) {
        if (values.isEmpty()) {
            return "[]";
        }
        return "[\n" + indent + "  " + String.join(",\n" + indent + "  ", values) + "\n" + indent + "]";
    }

    private static <V> String object(Map<String, V> map, java.util.function.Function<V, String> value, String indent) {
        if (map.isEmpty()) {
            return "{}";
        }
        List<String> entries = new ArrayList<>();
        new TreeMap<>(map).forEach((k, v) -> entries.add(indent + "  " + Json.quote(k) + ": " + value.apply(v)));
        return "{\n" + String.join(",\n", entries) + "\n" + indent + "}";
    }

    /**
     * @return the metadata in {@code json}
     * @throws ModelFileException naming what is wrong: not JSON, a missing or mistyped field, an unknown kind
     */
    static ModelMetadata read(String json) throws ModelFileException {
        Map<String, Object> raw;
        try {
            if (!(Json.parse(json) instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) map;
            raw = fields;
        } catch (IllegalArgumentException e) {
            throw new ModelFileException("model file is corrupt: " + ModelFile.METADATA + " is not valid model metadata ("
                    + e.getMessage() + ")", ModelFile.METADATA);
        }
        Fields f = new Fields(raw);
        String kind = f.text("kind", true);
        String trainer = f.text("trainer", true);
        String id = f.text("id", true);
        Long formatVersion = f.whole("formatVersion", true);
        Long seed = f.whole("seed", false);
        String fingerprint = f.text("fingerprint", false);
        try {
            return new ModelMetadata(kind, trainer, id, f.text("target", false), f.text("unit", false), f.list("featurizers", String.class),
                    f.map("featurizerVersions", String.class), fingerprint == null ? "" : fingerprint, seed == null ? 0 : seed,
                    f.map("metrics", Double.class), f.curves(), Math.toIntExact(formatVersion), f.map("card", String.class));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ModelFileException("model file is incompatible: " + ModelFile.METADATA + " of '" + id + "': " + e.getMessage(),
                    ModelFile.METADATA);
        }
    }

    /** The fields of the metadata object, each checked for its type; a missing optional field is null or empty. */
    private record Fields(Map<String, Object> raw) {
        String text(String name, boolean required) throws ModelFileException {
            return typed(name, String.class, "text", required);
        }

        Long whole(String name, boolean required) throws ModelFileException {
            return typed(name, Long.class, "a whole number", required);
        }

        private <T> T typed(String name, Class<T> type, String what, boolean required) throws ModelFileException {
            Object value = raw.get(name);
            if (value == null) {
                if (required) {
                    throw new ModelFileException("model file is corrupt: " + ModelFile.METADATA + " lacks the field '" + name + "'",
                            ModelFile.METADATA);
                }
                return null;
            }
            if (!type.isInstance(value)) {
                throw wrong(name, what);
            }
            return type.cast(value);
        }

        <T> List<T> list(String name, Class<T> type) throws ModelFileException {
            Object value = raw.get(name);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw wrong(name, "a list");
            }
            List<T> out = new ArrayList<>();
            for (Object item : list) {
                if (item != null) {
                    out.add(element(name, item, type));
                }
            }
            return out;
        }

        <T> Map<String, T> map(String name, Class<T> type) throws ModelFileException {
            Object value = raw.get(name);
            if (value == null) {
                return Map.of();
            }
            if (!(value instanceof Map<?, ?> map)) {
                throw wrong(name, "an object");
            }
            Map<String, T> out = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() == null) {
                    throw wrong(name + "." + e.getKey(), type == Double.class ? "a number" : "text");
                }
                out.put((String) e.getKey(), element(name + "." + e.getKey(), e.getValue(), type));
            }
            return out;
        }

        Map<String, List<Double>> curves() throws ModelFileException {
            Map<String, Object> curves = map("curves", Object.class);
            Map<String, List<Double>> out = new TreeMap<>();
            for (Map.Entry<String, Object> e : curves.entrySet()) {
                out.put(e.getKey(), new Fields(Map.of("curves." + e.getKey(), e.getValue())).list("curves." + e.getKey(), Double.class));
            }
            return out;
        }

        private <T> T element(String name, Object value, Class<T> type) throws ModelFileException {
            if (type == Double.class && value instanceof Number n) {
                return type.cast(n.doubleValue());
            }
            if (!type.isInstance(value)) {
                throw wrong(name, type == Double.class ? "numbers" : "text");
            }
            return type.cast(value);
        }

        private static ModelFileException wrong(String name, String what) {
            return new ModelFileException("model file is corrupt: " + ModelFile.METADATA + " is not valid model metadata (field '"
                    + name + "' must be " + what + ")", ModelFile.METADATA);
        }
    }
}

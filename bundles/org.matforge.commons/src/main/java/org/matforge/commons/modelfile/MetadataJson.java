package org.matforge.commons.modelfile;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import org.matforge.spi.model.ModelMetadata;

/** {@link ModelMetadata} as JSON: field names as in the record; NaN and infinite metrics allowed. */
public final class MetadataJson {
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().setPrettyPrinting()
            .disableHtmlEscaping().create();

    private MetadataJson() {
    }

    /** @return the metadata as JSON text */
    public static String write(ModelMetadata metadata) {
        return GSON.toJson(metadata);
    }

    /**
     * @return the metadata in {@code json}
     * @throws IOException naming what is wrong: not JSON, a missing field, an unknown kind
     */
    public static ModelMetadata read(String json) throws IOException {
        Raw raw;
        try {
            raw = GSON.fromJson(json, Raw.class);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new IOException("model file is corrupt: " + ModelArchive.METADATA + " is not valid model metadata ("
                    + e.getMessage() + ")", e);
        }
        if (raw == null) {
            throw new IOException("model file is corrupt: " + ModelArchive.METADATA + " is empty");
        }
        require(raw.kind, "kind");
        require(raw.trainer, "trainer");
        require(raw.id, "id");
        require(raw.formatVersion, "formatVersion");
        try {
            return new ModelMetadata(raw.kind, raw.trainer, raw.id, raw.target, raw.unit, orEmpty(raw.featurizers),
                    orEmpty(raw.featurizerVersions), raw.fingerprint == null ? "" : raw.fingerprint,
                    raw.seed == null ? 0 : raw.seed, orEmpty(raw.metrics), orEmpty(raw.curves), raw.formatVersion);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("model file is incompatible: " + ModelArchive.METADATA + " of '" + raw.id + "': "
                    + e.getMessage(), e);
        }
    }

    private static void require(Object value, String field) throws IOException {
        if (value == null) {
            throw new IOException("model file is corrupt: " + ModelArchive.METADATA + " lacks the field '" + field + "'");
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(v -> v != null).toList();
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    /** The JSON as read, before the record's checks; boxed so that a missing field is seen as null. */
    private static final class Raw {
        String kind;
        String trainer;
        String id;
        String target;
        String unit;
        List<String> featurizers;
        Map<String, String> featurizerVersions;
        String fingerprint;
        Long seed;
        Map<String, Double> metrics;
        Map<String, List<Double>> curves;
        Integer formatVersion;
    }
}

package org.matforge.commons.modelfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/** The table of contents of a model file: each binary entry's name, size and SHA-256, checked when reading. */
final class Contents {
    private static final Gson GSON = new Gson();

    private List<Item> entries = new ArrayList<>();

    void add(String name, byte[] bytes) {
        Item item = new Item();
        item.name = name;
        item.size = bytes.length;
        item.sha256 = sha256(bytes);
        entries.add(item);
    }

    String toJson() {
        return GSON.toJson(this);
    }

    static Contents parse(byte[] json) throws IOException {
        try {
            Contents c = GSON.fromJson(new String(json, StandardCharsets.UTF_8), Contents.class);
            if (c == null || c.entries == null || c.entries.stream().anyMatch(i -> i == null || i.name == null || i.sha256 == null)) {
                throw new JsonParseException("entries without name or checksum");
            }
            return c;
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new IOException("model file is corrupt: its table of contents (" + ModelArchive.CONTENTS
                    + ") is unreadable: " + e.getMessage(), e);
        }
    }

    void verify(Map<String, byte[]> found) throws IOException {
        Set<String> unlisted = new LinkedHashSet<>(found.keySet());
        for (Item item : entries) {
            byte[] bytes = found.get(item.name);
            if (bytes == null) {
                throw new IOException("model file is truncated or corrupt: entry '" + item.name + "' is missing");
            }
            if (bytes.length != item.size || !sha256(bytes).equals(item.sha256)) {
                throw new IOException("model file is corrupt: entry '" + item.name + "' does not match its checksum ("
                        + bytes.length + " bytes, expected " + item.size + ")");
            }
            unlisted.remove(item.name);
        }
        if (!unlisted.isEmpty()) {
            throw new IOException("model file is corrupt: entries " + unlisted + " are not in its table of contents");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    private static final class Item {
        String name;
        long size;
        String sha256;
    }
}

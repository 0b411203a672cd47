package org.matforge.spi.model.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The table of contents ({@value ModelFile#CONTENTS}): each binary entry's name, size and SHA-256, in file order. */
final class Contents {
    private Contents() {
    }

    static String toJson(List<ModelFileEntry> entries) {
        List<String> items = new ArrayList<>();
        for (ModelFileEntry e : entries) {
            items.add("{\"name\":" + Json.quote(e.name()) + ",\"size\":" + e.size() + ",\"sha256\":" + Json.quote(e.sha256()) + "}");
        }
        return "{\"entries\":[" + String.join(",", items) + "]}";
    }

    static List<ModelFileEntry> parse(String json) throws ModelFileException {
        try {
            if (!(Json.parse(json) instanceof Map<?, ?> root) || !(root.get("entries") instanceof List<?> list)) {
                throw new IllegalArgumentException("no list of entries");
            }
            List<ModelFileEntry> entries = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> e) || !(e.get("name") instanceof String name) || !(e.get("sha256") instanceof String sha256)
                        || !(e.get("size") instanceof Long size)) {
                    throw new IllegalArgumentException("entries without name, size or checksum");
                }
                entries.add(new ModelFileEntry(name, size, sha256));
            }
            return entries;
        } catch (IllegalArgumentException e) {
            throw new ModelFileException("model file is corrupt: its table of contents (" + ModelFile.CONTENTS + ") is unreadable: "
                    + e.getMessage(), ModelFile.CONTENTS);
        }
    }

    /**
     * @param listed the table of contents
     * @param found  the entries as read, in file order
     * @throws ModelFileException naming the first entry that is missing, altered or not listed
     */
    static void verify(List<ModelFileEntry> listed, List<ModelFileEntry> found) throws ModelFileException {
        Map<String, ModelFileEntry> byName = new LinkedHashMap<>();
        found.forEach(e -> byName.put(e.name(), e));
        Set<String> unlisted = new LinkedHashSet<>(byName.keySet());
        for (ModelFileEntry item : listed) {
            ModelFileEntry read = byName.get(item.name());
            if (read == null) {
                throw new ModelFileException("model file is truncated or corrupt: entry '" + item.name() + "' is missing", item.name());
            }
            if (read.size() != item.size() || !read.sha256().equals(item.sha256())) {
                throw new ModelFileException("model file is corrupt: entry '" + item.name() + "' does not match its checksum ("
                        + read.size() + " bytes, SHA-256 " + read.sha256() + "; expected " + item.size() + " bytes, SHA-256 "
                        + item.sha256() + ")", item.name());
            }
            unlisted.remove(item.name());
        }
        if (!unlisted.isEmpty()) {
            throw new ModelFileException("model file is corrupt: entries " + unlisted + " are not in its table of contents",
                    unlisted.iterator().next());
        }
    }
}

package org.matforge.commons.modelfile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.matforge.spi.model.ModelMetadata;

/**
 * The MatForge model file ({@code .mfm}): a zip whose first entry is {@value #METADATA} ({@link ModelMetadata} as
 * JSON), then the model's named binary entries (networks, normalisers, ...), then {@value #CONTENTS}, a list of
 * every entry with its size and SHA-256, so that a truncated or altered file is rejected instead of half-read.
 * <p>
 * Reading checks, in order: that the stream is a zip, that it starts with the metadata, that the metadata is valid
 * JSON of a known kind and of a format version this code reads, that every entry listed is present, whole and
 * unaltered, and that nothing unlisted is present. Every failure is an {@link IOException} whose message names the
 * problem.
 */
public final class ModelArchive {
    /** Newest format version written and read; files of a newer version are rejected. */
    public static final int FORMAT_VERSION = 1;
    /** Name of the first entry. */
    public static final String METADATA = "metadata.json";
    /** Name of the last entry: the table of contents. */
    public static final String CONTENTS = "contents.json";

    private final ModelMetadata metadata;
    private final Map<String, byte[]> entries;

    private ModelArchive(ModelMetadata metadata, Map<String, byte[]> entries) {
        this.metadata = metadata;
        this.entries = entries;
    }

    /**
     * @param metadata what the model says about itself; its format version must be {@link #FORMAT_VERSION}
     * @param entries  named binary entries, written in iteration order (not copied: do not modify afterwards)
     * @return an archive ready to {@link #write}
     * @throws IllegalArgumentException for a reserved or empty entry name or another format version
     */
    public static ModelArchive of(ModelMetadata metadata, Map<String, byte[]> entries) {
        if (metadata.formatVersion() != FORMAT_VERSION) {
            throw new IllegalArgumentException("model metadata must carry format version " + FORMAT_VERSION + ", got "
                    + metadata.formatVersion());
        }
        for (String name : entries.keySet()) {
            if (name == null || name.isBlank() || METADATA.equals(name) || CONTENTS.equals(name)) {
                throw new IllegalArgumentException("model file entry name '" + name + "' is empty or reserved");
            }
        }
        return new ModelArchive(metadata, Collections.unmodifiableMap(new LinkedHashMap<>(entries)));
    }

    /** @return the metadata */
    public ModelMetadata metadata() {
        return metadata;
    }

    /** @return the names of the binary entries, in file order */
    public Set<String> names() {
        return entries.keySet();
    }

    /**
     * @return the bytes of one entry (not a copy)
     * @throws IOException naming the missing entry and the model, so a loader can pass it on as is
     */
    public byte[] entry(String name) throws IOException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new IOException("model file of '" + metadata.id() + "' (trainer " + metadata.trainer()
                    + ") has no entry '" + name + "'; it has " + entries.keySet());
        }
        return bytes;
    }

    /**
     * Writes the whole file.
     *
     * @param out the stream; left open
     */
    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        Contents contents = new Contents();
        put(zip, METADATA, MetadataJson.write(metadata).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            put(zip, e.getKey(), e.getValue());
            contents.add(e.getKey(), e.getValue());
        }
        put(zip, CONTENTS, contents.toJson().getBytes(StandardCharsets.UTF_8));
        zip.finish();
        zip.close();
    }

    /**
     * Reads a whole file.
     *
     * @param in the stream; left open, read to its end
     * @throws IOException when the file is not a model file, truncated, altered, or of an unknown format version
     */
    public static ModelArchive read(InputStream in) throws IOException {
        byte[] file = in.readAllBytes();
        ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file));
        ModelMetadata metadata = readMetadataEntry(zip);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Contents contents = null;
        ZipEntry e;
        while ((e = next(zip)) != null) {
            String name = e.getName();
            byte[] bytes = body(zip, name);
            if (CONTENTS.equals(name)) {
                contents = Contents.parse(bytes);
                if (next(zip) != null) {
                    throw new IOException("model file is corrupt: entries follow its table of contents");
                }
                break;
            }
            if (METADATA.equals(name) || entries.put(name, bytes) != null) {
                throw new IOException("model file is corrupt: entry '" + name + "' appears twice");
            }
        }
        if (contents == null) {
            throw new IOException("model file is truncated: it ends after " + (entries.size() + 1)
                    + " entries without its table of contents (" + CONTENTS + ")");
        }
        contents.verify(entries);
        if (!endsWithZipDirectory(file)) {
            throw new IOException("model file is truncated: its zip directory at the end is missing or cut off");
        }
        return new ModelArchive(metadata, Collections.unmodifiableMap(entries));
    }

    /**
     * Reads only the metadata (the first entry), e.g. to choose a loader before reading the whole file.
     *
     * @param in the stream; left open, positioned somewhere after the metadata
     */
    public static ModelMetadata readMetadata(InputStream in) throws IOException {
        return readMetadataEntry(new ZipInputStream(nonClosing(in)));
    }

    private static ModelMetadata readMetadataEntry(ZipInputStream zip) throws IOException {
        ZipEntry first = next(zip);
        if (first == null) {
            throw new IOException("not a MatForge model file: no zip entries (empty, or not a zip)");
        }
        if (!METADATA.equals(first.getName())) {
            throw new IOException("not a MatForge model file: the first entry is '" + first.getName() + "', not '"
                    + METADATA + "'");
        }
        ModelMetadata metadata = MetadataJson.read(new String(body(zip, METADATA), StandardCharsets.UTF_8));
        if (metadata.formatVersion() > FORMAT_VERSION) {
            throw new IOException("model file '" + metadata.id() + "' has format version " + metadata.formatVersion()
                    + ", newer than this MatForge reads (" + FORMAT_VERSION + "); update MatForge");
        }
        if (metadata.formatVersion() < 1) {
            throw new IOException("model file '" + metadata.id() + "' has an invalid format version "
                    + metadata.formatVersion());
        }
        return metadata;
    }

    /** @return whether the bytes end with a zip end-of-central-directory record (and its comment, if any) */
    private static boolean endsWithZipDirectory(byte[] file) {
        for (int at = file.length - 22; at >= 0 && at >= file.length - 22 - 0xFFFF; at--) {
            if (file[at] == 0x50 && file[at + 1] == 0x4b && file[at + 2] == 0x05 && file[at + 3] == 0x06) {
                int commentLength = (file[at + 20] & 0xff) | (file[at + 21] & 0xff) << 8;
                return at + 22 + commentLength == file.length;
            }
        }
        return false;
    }

    private static ZipEntry next(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (ZipException | java.io.EOFException | IllegalArgumentException e) {
            throw new IOException("model file is corrupt or truncated: " + e.getMessage(), e);
        }
    }

    private static byte[] body(ZipInputStream zip, String name) throws IOException {
        try {
            return zip.readAllBytes();
        } catch (ZipException | java.io.EOFException e) {
            throw new IOException("model file is corrupt or truncated in entry '" + name + "': " + e.getMessage(), e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }

    /** @return the file as bytes, e.g. for tests and model bundles built in memory */
    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }
}

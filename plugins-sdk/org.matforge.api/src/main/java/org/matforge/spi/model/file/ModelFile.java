package org.matforge.spi.model.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.matforge.spi.model.ModelMetadata;

/**
 * A MatForge model file ({@code .mfm}): a zip whose first entry is {@value #METADATA} ({@link ModelMetadata} as
 * JSON), then the model's named binary entries (networks, normalisers, settings ...), then {@value #CONTENTS}, the
 * list of every binary entry with its size and SHA-256, so that a truncated or altered file is rejected instead of
 * half-read. Immutable: {@link #of} and {@link #entry} copy the bytes.
 * <p>
 * Reading checks, in order: that the stream is a zip, that it starts with the metadata, that the metadata is valid
 * JSON of a known kind and of a format version this code reads, that no entry is larger than its
 * {@link ModelFileLimits limit}, that every entry listed is present, whole and unaltered, that nothing unlisted is
 * present, and that the zip ends with its directory. Every failure is a {@link ModelFileException} whose message
 * names the problem and, where there is one, the entry.
 */
public final class ModelFile {
    /** Newest format version written and read; files of a newer version are rejected. */
    public static final int FORMAT_VERSION = 1;
    /** Name of the first entry. */
    public static final String METADATA = "metadata.json";
    /** Name of the last entry: the table of contents. */
    public static final String CONTENTS = "contents.json";
    /** The conventional file name extension. */
    public static final String EXTENSION = ".mfm";

    private final ModelMetadata metadata;
    private final Map<String, byte[]> entries;

    /** @param entries owned by the new instance */
    ModelFile(ModelMetadata metadata, Map<String, byte[]> entries) {
        this.metadata = metadata;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * @param metadata what the model says about itself; its format version must be {@link #FORMAT_VERSION}
     * @param entries  named binary entries, written in iteration order (copied)
     * @return a model file ready to {@link #write}
     * @throws IllegalArgumentException for a reserved or empty entry name or another format version
     */
    public static ModelFile of(ModelMetadata metadata, Map<String, byte[]> entries) {
        if (metadata.formatVersion() != FORMAT_VERSION) {
            throw new IllegalArgumentException("model metadata must carry format version " + FORMAT_VERSION + ", got "
                    + metadata.formatVersion());
        }
        Map<String, byte[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String name = e.getKey();
            if (name == null || name.isBlank() || METADATA.equals(name) || CONTENTS.equals(name)) {
                throw new IllegalArgumentException("model file entry name '" + name + "' is empty or reserved");
            }
            copy.put(name, e.getValue().clone());
        }
        return new ModelFile(metadata, copy);
    }

    /** @return the metadata */
    public ModelMetadata metadata() {
        return metadata;
    }

    /** @return the names of the binary entries, in file order */
    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    /**
     * @return a copy of the bytes of one entry
     * @throws ModelFileException naming the missing entry and the model, so a loader can pass it on as is
     */
    public byte[] entry(String name) throws ModelFileException {
        return bytes(name).clone();
    }

    /**
     * @return the bytes of one entry as a stream, without copying them
     * @throws ModelFileException naming the missing entry and the model
     */
    public InputStream open(String name) throws ModelFileException {
        return new ByteArrayInputStream(bytes(name));
    }

    private byte[] bytes(String name) throws ModelFileException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new ModelFileException("model file of '" + metadata.id() + "' (trainer " + metadata.trainer() + ") has no entry '"
                    + name + "'; it has " + entries.keySet(), name);
        }
        return bytes;
    }

    /** @return the binary entries with their sizes and SHA-256 checksums, as the table of contents lists them */
    public List<ModelFileEntry> contents() {
        List<ModelFileEntry> list = new ArrayList<>();
        entries.forEach((name, bytes) -> list.add(new ModelFileEntry(name, bytes.length,
                HexFormat.of().formatHex(ModelFileReader.sha256().digest(bytes)))));
        return list;
    }

    /**
     * Writes the whole file; the same model file always gives the same bytes.
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
        put(zip, METADATA, MetadataJson.write(metadata).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            put(zip, e.getKey(), e.getValue());
        }
        put(zip, CONTENTS, Contents.toJson(contents()).getBytes(StandardCharsets.UTF_8));
        zip.finish();
        zip.close();
    }

    /** @return the file as bytes, e.g. for tests and model bundles built in memory */
    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * Reads a whole file within the {@linkplain ModelFileLimits#defaults() default limits}.
     *
     * @param in the stream; left open, read to its end
     * @throws ModelFileException when the file is not a model file, truncated, altered, too large or of an unknown
     *                            format version
     * @throws IOException        when the stream fails
     */
    public static ModelFile read(InputStream in) throws IOException {
        return read(in, ModelFileLimits.defaults());
    }

    /**
     * Reads a whole file.
     *
     * @param in the stream; left open, read to its end
     * @throws ModelFileException when the file is not a model file, truncated, altered, too large or of an unknown
     *                            format version
     * @throws IOException        when the stream fails
     */
    public static ModelFile read(InputStream in, ModelFileLimits limits) throws IOException {
        return ModelFileReader.file(in, limits);
    }

    /**
     * Reads only the metadata (the first entry), e.g. to choose a loader before reading the whole file.
     *
     * @param in the stream; left open, positioned somewhere after the metadata
     */
    public static ModelMetadata readMetadata(InputStream in) throws IOException {
        return ModelFileReader.metadata(in, ModelFileLimits.defaults());
    }

    /**
     * Reads the whole file, checking every entry, but keeps no entry in memory.
     *
     * @param in the stream; left open, read to its end
     * @return the metadata and each entry's name, size and checksum
     * @throws ModelFileException as {@link #read(InputStream, ModelFileLimits)}
     */
    public static ModelFileInfo inspect(InputStream in, ModelFileLimits limits) throws IOException {
        return ModelFileReader.info(in, limits);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ModelFile other) || !metadata.equals(other.metadata) || !names().equals(other.names())) {
            return false;
        }
        return entries.keySet().stream().allMatch(name -> Arrays.equals(entries.get(name), other.entries.get(name)));
    }

    @Override
    public int hashCode() {
        return metadata.hashCode() * 31 + entries.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "ModelFile[" + metadata.kind() + " '" + metadata.id() + "' (trainer " + metadata.trainer() + "), entries " + names() + "]";
    }
}

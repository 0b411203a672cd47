package org.matforge.spi.model.file;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.matforge.spi.model.ModelMetadata;

/**
 * Reads a model file from a stream in one pass: the metadata first, then each entry through SHA-256 (kept in memory
 * only when asked), the table of contents last, then the zip directory. No entry is read past its limit.
 */
final class ModelFileReader {
    /** An end-of-central-directory record and the longest comment it may carry. */
    private static final int TAIL = 22 + 0xFFFF;
    private static final int BUFFER = 64 * 1024;

    private final ModelFileLimits limits;
    private final boolean keep;
    private final Map<String, byte[]> bytes = new LinkedHashMap<>();
    private final List<ModelFileEntry> found = new ArrayList<>();

    private ModelFileReader(ModelFileLimits limits, boolean keep) {
        this.limits = limits;
        this.keep = keep;
    }

    /** @return the checked metadata of the file's first entry; the stream is left somewhere after it */
    static ModelMetadata metadata(InputStream in, ModelFileLimits limits) throws IOException {
        return new ModelFileReader(limits, false).readMetadata(new ZipInputStream(new Tail(in)));
    }

    /** @return the whole file, every entry checked, kept in memory */
    static ModelFile file(InputStream in, ModelFileLimits limits) throws IOException {
        ModelFileReader reader = new ModelFileReader(limits, true);
        ModelMetadata metadata = reader.readAll(in);
        return new ModelFile(metadata, reader.bytes);
    }

    /** @return the metadata and the checked table of contents; no entry is kept in memory */
    static ModelFileInfo info(InputStream in, ModelFileLimits limits) throws IOException {
        ModelFileReader reader = new ModelFileReader(limits, false);
        ModelMetadata metadata = reader.readAll(in);
        return new ModelFileInfo(metadata, reader.found);
    }

    private ModelMetadata readAll(InputStream in) throws IOException {
        Tail tail = new Tail(in);
        ZipInputStream zip = new ZipInputStream(tail);
        ModelMetadata metadata = readMetadata(zip);
        List<ModelFileEntry> contents = null;
        Set<String> names = new HashSet<>();
        ZipEntry e;
        while ((e = next(zip)) != null) {
            String name = e.getName();
            if (ModelFile.CONTENTS.equals(name)) {
                contents = Contents.parse(text(zip, e));
                if (next(zip) != null) {
                    throw new ModelFileException("model file is corrupt: entries follow its table of contents", ModelFile.CONTENTS);
                }
                break;
            }
            if (ModelFile.METADATA.equals(name) || !names.add(name)) {
                throw new ModelFileException("model file is corrupt: entry '" + name + "' appears twice", name);
            }
            entry(zip, e);
        }
        if (contents == null) {
            throw new ModelFileException("model file is truncated: it ends after " + (found.size() + 1)
                    + " entries without its table of contents (" + ModelFile.CONTENTS + ")", null);
        }
        Contents.verify(contents, found);
        tail.drain(limits.maxMetadataBytes());
        if (!tail.endsWithZipDirectory()) {
            throw new ModelFileException("model file is truncated: its zip directory at the end is missing or cut off", null);
        }
        return metadata;
    }

    private ModelMetadata readMetadata(ZipInputStream zip) throws IOException {
        ZipEntry first = next(zip);
        if (first == null) {
            throw new ModelFileException("not a MatForge model file: no zip entries (empty, or not a zip)", null);
        }
        if (!ModelFile.METADATA.equals(first.getName())) {
            throw new ModelFileException("not a MatForge model file: the first entry is '" + first.getName() + "', not '"
                    + ModelFile.METADATA + "'", null);
        }
        ModelMetadata metadata = MetadataJson.read(text(zip, first));
        if (metadata.formatVersion() > ModelFile.FORMAT_VERSION) {
            throw new ModelFileException("model file '" + metadata.id() + "' has format version " + metadata.formatVersion()
                    + ", newer than this MatForge reads (" + ModelFile.FORMAT_VERSION + "); update MatForge", ModelFile.METADATA);
        }
        if (metadata.formatVersion() < 1) {
            throw new ModelFileException("model file '" + metadata.id() + "' has an invalid format version " + metadata.formatVersion(),
                    ModelFile.METADATA);
        }
        return metadata;
    }

    private String text(ZipInputStream zip, ZipEntry e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy(zip, e, limits.maxMetadataBytes(), null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private void entry(ZipInputStream zip, ZipEntry e) throws IOException {
        MessageDigest sha256 = sha256();
        ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
        long size = copy(zip, e, limits.maxEntryBytes(), sha256, out);
        found.add(new ModelFileEntry(e.getName(), size, HexFormat.of().formatHex(sha256.digest())));
        if (keep) {
            bytes.put(e.getName(), out.toByteArray());
        }
    }

    /** @return the number of bytes read; refused as soon as it passes {@code limit} */
    private static long copy(ZipInputStream zip, ZipEntry e, long limit, MessageDigest digest, ByteArrayOutputStream out)
            throws IOException {
        String name = e.getName();
        if (e.getSize() > limit) {
            throw tooLarge(name, e.getSize() + " bytes", limit);
        }
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        try {
            int n;
            while ((n = zip.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw tooLarge(name, "more than " + ModelFileLimits.size(limit), limit);
                }
                if (digest != null) {
                    digest.update(buffer, 0, n);
                }
                if (out != null) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (ZipException | EOFException ex) {
            throw new ModelFileException("model file is corrupt or truncated in entry '" + name + "': " + ex.getMessage(), null, name,
                    "model file is corrupt or truncated in entry '" + name + "': " + ex.getMessage(), ex);
        }
        return total;
    }

    private static ModelFileException tooLarge(String name, String size, long limit) {
        String property = ModelFile.METADATA.equals(name) || ModelFile.CONTENTS.equals(name)
                ? ModelFileLimits.MAX_METADATA_BYTES_PROPERTY : ModelFileLimits.MAX_ENTRY_BYTES_PROPERTY;
        return new ModelFileException("model file entry '" + name + "' holds " + size + ", more than the limit of "
                + ModelFileLimits.size(limit) + " (system property " + property + ")", name);
    }

    private static ZipEntry next(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            throw new ModelFileException("model file is corrupt or truncated: " + e.getMessage(), null, null,
                    "model file is corrupt or truncated: " + e.getMessage(), e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /** The stream under the zip reader: keeps the last {@value #TAIL} bytes read, to find the zip directory's end. */
    private static final class Tail extends FilterInputStream {
        private final byte[] ring = new byte[TAIL];
        private long count;

        Tail(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                ring[(int) (count++ % TAIL)] = (byte) b;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = 0; i < n; i++) {
                ring[(int) (count++ % TAIL)] = b[off + i];
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return n <= 0 ? 0 : Math.max(0, read(new byte[(int) Math.min(n, BUFFER)]));
        }

        @Override
        public void close() {
            // the caller's stream stays open
        }

        /** Reads the rest of the stream (the zip directory), at most {@code limit} bytes. */
        void drain(int limit) throws IOException {
            byte[] buffer = new byte[BUFFER];
            long read = 0;
            int n;
            while ((n = read(buffer, 0, buffer.length)) > 0) {
                read += n;
                if (read > limit + (long) TAIL) {
                    throw new ModelFileException("model file is corrupt: more than " + ModelFileLimits.size(limit)
                            + " of data follow its entries", null);
                }
            }
        }

        /** @return whether the bytes end with a zip end-of-central-directory record (and its comment, if any) */
        boolean endsWithZipDirectory() {
            int length = (int) Math.min(count, TAIL);
            byte[] last = new byte[length];
            for (int i = 0; i < length; i++) {
                last[i] = ring[(int) ((count - length + i) % TAIL)];
            }
            for (int at = length - 22; at >= 0; at--) {
                if (last[at] == 0x50 && last[at + 1] == 0x4b && last[at + 2] == 0x05 && last[at + 3] == 0x06) {
                    int commentLength = (last[at + 20] & 0xff) | (last[at + 21] & 0xff) << 8;
                    return at + 22 + commentLength == length;
                }
            }
            return false;
        }
    }
}

package org.matforge.server.internal.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.matforge.commons.io.AtomicFiles;

/**
 * The server's bearer tokens, kept only as SHA-256 hashes in a file (one line per token: label, scope, hex hash).
 * On first start ({@link #openOrCreate}) one token per scope is generated with {@link SecureRandom} and returned in
 * plain text once, for the caller to show; afterwards only hashes exist. Tokens are compared with
 * {@link MessageDigest#isEqual} over their hashes, so the time taken says nothing about how much matched.
 */
public final class TokenStore {
    /** A known token: its label, scope and hash. */
    public record Entry(String label, Scope scope, byte[] hash) {
    }

    /** A token that was just generated, in plain text: shown once, never stored. */
    public record NewToken(String label, Scope scope, String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final List<Entry> entries;

    private TokenStore(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads the hash file, or creates it with one new token per scope when it does not exist.
     *
     * @param created receives the new tokens in plain text (only when the file was created)
     */
    public static TokenStore openOrCreate(Path file, List<NewToken> created) throws IOException {
        if (Files.exists(file)) {
            return read(file);
        }
        List<Entry> entries = new ArrayList<>();
        StringBuilder text = new StringBuilder("# MatForge server tokens: label scope sha256(token). Delete this file to issue new tokens.\n");
        for (Scope scope : Scope.values()) {
            String token = generate();
            byte[] hash = sha256(token);
            entries.add(new Entry(scope.id(), scope, hash));
            created.add(new NewToken(scope.id(), scope, token));
            text.append(scope.id()).append(' ').append(scope.id()).append(' ').append(HexFormat.of().formatHex(hash)).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, text.toString());
        ownerOnly(file);
        return new TokenStore(entries);
    }

    /** Reads a hash file. */
    public static TokenStore read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+");
            Optional<Scope> scope = parts.length == 3 ? Scope.of(parts[1]) : Optional.empty();
            if (scope.isEmpty() || !parts[2].matches("[0-9a-fA-F]{64}")) {
                throw new IOException(file + " line " + n + ": expected 'label scope sha256-hex' with scope read, submit or admin");
            }
            entries.add(new Entry(parts[0], scope.get(), HexFormat.of().parseHex(parts[2])));
        }
        return new TokenStore(entries);
    }

    /** @return the entry of a presented token, if it is one of ours; every entry is compared, in constant time each */
    public Optional<Entry> check(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > 512) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented);
        Entry found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(e.hash(), hash) && found == null) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** @return how many tokens are known */
    public int size() {
        return entries.size();
    }

    /** @return a new random token: {@code mf_} and 32 random bytes, base64url */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "mf_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** Writes new plain tokens as a small JSON object {label: token} readable by the owner only (for tests and scripts). */
    public static void writePlain(Path file, List<NewToken> tokens) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        tokens.forEach(t -> m.put(t.label(), t.token()));
        StringBuilder json = new StringBuilder("{");
        m.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k).append("\": \"").append(v).append('"'));
        json.append("}\n");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.write(file, json.toString());
        ownerOnly(file);
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the folder's permissions decide
        }
    }
}

package org.matforge.server.ui.itest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A test home's server configuration ({@code conf/org.matforge.server.cfg}: loopback, a free port, the repository's
 * example workflows) and the tokens the server generates on its first start, which {@code MATFORGE_TOKENS_OUT} has it
 * write to a file (labels = scopes).
 */
final class ServerConfig {
    static final String TOKENS_FILE = "tokens.json";

    private ServerConfig() {
    }

    static void write(Path home, int port) throws IOException {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/org.matforge.server.cfg"), String.join("\n",
                "port=" + port,
                "bindAddress=127.0.0.1",
                "examplesFolder=" + ServerProcess.ROOT.resolve("examples/workflows")) + "\n", StandardCharsets.UTF_8);
    }

    /** The environment that makes {@code ./matforge serve} write its new tokens into the home. */
    static Map<String, String> environment(Path home) {
        return Map.of("MATFORGE_TOKENS_OUT", home.resolve(TOKENS_FILE).toString());
    }

    /** The token of one scope ({@code read}, {@code submit}, {@code admin}), once the server has written them. */
    static String token(Path home, String scope) throws IOException {
        JsonObject tokens = JsonParser.parseString(Files.readString(home.resolve(TOKENS_FILE), StandardCharsets.UTF_8)).getAsJsonObject();
        if (!tokens.has(scope)) {
            throw new AssertionError("the server wrote no '" + scope + "' token into " + home.resolve(TOKENS_FILE) + ": " + tokens.keySet());
        }
        return tokens.get(scope).getAsString();
    }
}

package org.matforge.server.ui.itest;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the server's configuration into a test home: loopback, the given port, a known test token. */
final class ServerConfig {
    private ServerConfig() {
    }

    /** @return the token with admin scope */
    static String write(Path home, int port) throws IOException {
        throw new UnsupportedOperationException("TODO after the server lands");
    }
}

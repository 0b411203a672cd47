package org.matforge.server.internal.osgi;

/** Names shared by the server's components. */
final class ServerPids {
    /** The server's configuration PID. */
    static final String SERVER = "org.matforge.server";
    /** Felix HTTP's configuration PID. */
    static final String FELIX_HTTP = "org.apache.felix.http";
    /** Framework property set by {@code ./matforge serve}: the HTTP server listens only when it is true. */
    static final String SERVE_PROPERTY = "matforge.serve";
    /** Framework property naming a file for the plain tokens generated at first start (tests, scripts). */
    static final String TOKENS_OUT_PROPERTY = "matforge.server.tokens.out";

    private ServerPids() {
    }
}

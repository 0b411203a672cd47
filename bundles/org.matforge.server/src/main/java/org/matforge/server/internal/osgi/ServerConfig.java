package org.matforge.server.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the workflow server (PID {@code org.matforge.server}, e.g. conf/org.matforge.server.cfg);
 * {@code ${matforge.home}} in a value is replaced by the MatForge home folder.
 */
@ObjectClassDefinition(name = "MatForge server", description = "The REST API of ./matforge serve: address, data roots, limits, tokens")
public @interface ServerConfig {
    @AttributeDefinition(name = "Port", description = "TCP port of the HTTP server", min = "1", max = "65535")
    int port() default 8321;

    @AttributeDefinition(name = "Bind address", description = "Interface to listen on; 127.0.0.1 (loopback) unless the server should be reachable from other machines")
    String bindAddress() default "127.0.0.1";

    @AttributeDefinition(name = "Data roots", description = "Folders whose files workflows submitted over HTTP may read; their file and path fields are relative to these")
    String[] roots() default {"${matforge.home}/data", "${matforge.home}/runs"};

    @AttributeDefinition(name = "Largest request body (bytes)", description = "Largest workflow document accepted", min = "1")
    long maxBodyBytes() default 1L << 20;

    @AttributeDefinition(name = "Largest bundle upload (bytes)", description = "Largest plug-in or model bundle jar accepted by PUT /admin/bundles", min = "1")
    long maxBundleBytes() default 512L << 20;

    @AttributeDefinition(name = "Deepest JSON nesting", description = "Deepest nesting of objects and arrays in a workflow document", min = "2")
    int maxJsonDepth() default 32;

    @AttributeDefinition(name = "Most workflow steps", min = "1")
    int maxSteps() default 50;

    @AttributeDefinition(name = "Largest sample count", description = "Largest 'count' (samples drawn) of a step", min = "1")
    long maxSamples() default 100_000;

    @AttributeDefinition(name = "Most event streams", description = "Server-Sent Event streams open at once; one more gets 429", min = "1")
    int maxSseStreams() default 128;

    @AttributeDefinition(name = "Queue length", description = "Runs submitted over HTTP that may be queued or running at once (the orchestrator's maxConcurrentRuns of them execute); one more gets 429", min = "1")
    int queueLength() default 64;

    @AttributeDefinition(name = "Retry-After (seconds)", description = "What a 429 answer tells the client to wait", min = "1")
    long retryAfterSeconds() default 5;

    @AttributeDefinition(name = "CORS origins", description = "Origins (e.g. https://lab.example.org) whose pages may call the API; empty: none (same origin only)")
    String[] corsOrigins() default {};

    @AttributeDefinition(name = "Token file", description = "SHA-256 hashes of the bearer tokens; created with new tokens (printed once) when missing")
    String tokenFile() default "${matforge.home}/server/tokens.sha256";

    @AttributeDefinition(name = "New-token file", description = "When set, tokens generated at first start are also written here in plain text (owner-only), for tests and scripts; framework property matforge.server.tokens.out sets it too")
    String tokensOut() default "";

    @AttributeDefinition(name = "Plug-in folder", description = "The folder FileInstall watches, where PUT /admin/bundles writes jars")
    String pluginFolder() default "${matforge.home}/plugins";

    @AttributeDefinition(name = "Examples folder", description = "Example workflows offered by GET /examples")
    String examplesFolder() default "${matforge.home}/examples/workflows";
}

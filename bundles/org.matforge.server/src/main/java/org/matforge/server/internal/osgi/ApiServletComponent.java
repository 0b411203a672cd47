package org.matforge.server.internal.osgi;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.matforge.api.plugin.PluginRegistry;
import org.matforge.api.workflow.WorkflowService;
import org.matforge.commons.io.FileRoots;
import org.matforge.server.internal.api.Platform;
import org.matforge.server.internal.api.ServerSettings;
import org.matforge.server.internal.auth.TokenStore;
import org.matforge.server.internal.http.ApiServlet;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;

/**
 * The REST API servlet on the HTTP whiteboard ({@code /api/v1/*}): a thin adapter over {@link ApiServlet}, its event
 * streams fed by {@link RunEventsComponent}. On first start it creates the token file and prints the new tokens once.
 */
@Component(service = Servlet.class, configurationPid = ServerPids.SERVER, immediate = true, enabled = false)
@Designate(ocd = ServerConfig.class)
@HttpWhiteboardServletPattern("/api/v1/*")
@HttpWhiteboardServletName("matforge-api")
public final class ApiServletComponent extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ApiServlet api;

    @Activate
    public ApiServletComponent(BundleContext context, ServerConfig config, @Reference WorkflowService workflows,
            @Reference PluginRegistry registry, @Reference(service = LoggerFactory.class) Logger log,
            @Reference ServeMode serving, @Reference RunEventsComponent events) throws IOException {
        String home = Optional.ofNullable(context.getProperty(FileRoots.HOME_PROPERTY)).orElse(System.getProperty("user.dir"));
        List<Path> roots = new ArrayList<>();
        for (String r : config.roots()) {
            if (!r.isBlank()) {
                Path root = Path.of(expand(r, home)).toAbsolutePath().normalize();
                Files.createDirectories(root);
                roots.add(root.toRealPath());
                FileRoots.allow(root.toRealPath()); // the workflow service reads the files the server has checked
            }
        }
        ServerSettings settings = new ServerSettings(roots, config.maxBodyBytes(), config.maxBundleBytes(), config.maxJsonDepth(),
                config.maxSteps(), config.maxSamples(), config.maxSseStreams(), config.queueLength(), config.retryAfterSeconds(),
                new LinkedHashSet<>(Arrays.asList(config.corsOrigins())), Path.of(expand(config.pluginFolder(), home)),
                Path.of(expand(config.examplesFolder(), home)));
        TokenStore tokens = tokens(context, config, home, log);
        api = new ApiServlet(workflows, registry, tokens, settings, events.events(), new Platform() {
            @Override
            public BundleState bundleState(Path jar, String symbolicName) {
                return ApiServletComponent.bundleState(context, jar);
            }

            @Override
            public void log(String message, Throwable cause) {
                if (cause == null) {
                    log.info(message);
                } else {
                    log.error(message + ": " + cause, cause);
                }
            }
        });
    }

    private static TokenStore tokens(BundleContext context, ServerConfig config, String home, Logger log) throws IOException {
        Path file = Path.of(expand(config.tokenFile(), home));
        List<TokenStore.NewToken> created = new ArrayList<>();
        TokenStore store = TokenStore.openOrCreate(file, created);
        if (!created.isEmpty()) {
            // printed once on the console, never through the log service
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
            out.println("matforge serve: first start — new API tokens (shown only now; " + file + " keeps their SHA-256 hashes):");
            created.forEach(t -> out.println("  " + t.scope().id() + ": " + t.token()));
            String plain = config.tokensOut().isBlank() ? context.getProperty(ServerPids.TOKENS_OUT_PROPERTY) : config.tokensOut();
            if (plain != null && !plain.isBlank()) {
                TokenStore.writePlain(Path.of(expand(plain, home)), created);
            }
        }
        log.info("API tokens: " + store.size() + " known (" + file + ")");
        return store;
    }

    static String expand(String value, String home) {
        return value.replace("${matforge.home}", home);
    }

    static Platform.BundleState bundleState(BundleContext context, Path jar) {
        Path wanted = jar.toAbsolutePath().normalize();
        for (Bundle b : context.getBundles()) {
            try {
                String location = b.getLocation();
                if (location.startsWith("file:") && Path.of(URI.create(location)).toAbsolutePath().normalize().equals(wanted)) {
                    List<String> problems = b.getState() == Bundle.INSTALLED ? List.of("installed but not resolved: a package or capability it needs is missing")
                            : List.of();
                    return new Platform.BundleState(state(b.getState()), problems);
                }
            } catch (RuntimeException notAPath) {
                // another kind of location
            }
        }
        return new Platform.BundleState("NOT_INSTALLED", List.of());
    }

    private static String state(int s) {
        return switch (s) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }

    @Override
    public void service(ServletRequest req, ServletResponse res) throws ServletException, IOException {
        api.service(req, res);
    }
}

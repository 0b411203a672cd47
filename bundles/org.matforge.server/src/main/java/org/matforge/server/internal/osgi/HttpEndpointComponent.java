package org.matforge.server.internal.osgi;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Opens the HTTP port of {@code ./matforge serve}: hands the port and bind address of {@code org.matforge.server}
 * to Felix HTTP (PID {@code org.apache.felix.http}), whose connector is off until then (framework property
 * {@code org.apache.felix.http.enable=false}), so a one-shot command never listens. Only when the framework
 * property {@code matforge.serve} is true.
 */
@Component(service = {}, configurationPid = ServerPids.SERVER, immediate = true)
public final class HttpEndpointComponent {
    private final ServiceRegistration<ServeMode> serving;

    @Activate
    public HttpEndpointComponent(BundleContext context, ComponentContext component, ServerConfig config, @Reference ConfigurationAdmin configAdmin,
            @Reference(service = LoggerFactory.class) Logger log) throws IOException {
        if (!Boolean.parseBoolean(context.getProperty(ServerPids.SERVE_PROPERTY))) {
            serving = null;
            return;
        }
        Dictionary<String, Object> http = new Hashtable<>();
        http.put("org.apache.felix.http.enable", true);
        http.put("org.osgi.service.http.port", config.port());
        http.put("org.apache.felix.http.host", config.bindAddress());
        http.put("org.apache.felix.http.jetty.sendServerHeader", false);
        // one thread per open event stream, plus room for ordinary requests
        http.put("org.apache.felix.http.jetty.threadpool.max", config.maxSseStreams() + 128);
        Configuration c = configAdmin.getConfiguration(ServerPids.FELIX_HTTP, "?");
        c.updateIfDifferent(http);
        serving = context.registerService(ServeMode.class, new ServeMode(), null);
        // disabled outside serve mode, so one-shot commands list no server component as waiting
        component.enableComponent(RunEventsComponent.class.getName());
        component.enableComponent(ApiServletComponent.class.getName());
        String url = "http://" + config.bindAddress() + ":" + config.port() + "/";
        log.info("MatForge server: " + url + "api/v1/");
        new PrintStream(new FileOutputStream(FileDescriptor.out), true).println("matforge serve: listening on " + url + " (API " + url
                + "api/v1/, Ctrl-C stops)");
    }

    /** Withdraws the serve-mode marker (the API goes with it). */
    @Deactivate
    public void deactivate() {
        if (serving != null) {
            try {
                serving.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework is stopping
            }
        }
    }
}

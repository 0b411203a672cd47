package org.matforge.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginLease;
import org.matforge.api.plugin.PluginProperties;
import org.matforge.api.plugin.PluginQuery;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.api.plugin.PluginUnavailableException;
import org.matforge.itest.support.Waiting;
import org.matforge.spi.screen.Screen;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * The plug-in catalogue in a running framework: a plug-in is found by kind and id, narrowed by a bundle version
 * range and an LDAP filter, leased and released, and its lease hears when it is unregistered.
 */
class PluginCatalogueIT {
    private static final String ID = "catalogue-probe";

    @InjectBundleContext
    BundleContext context;

    @InjectService
    PluginRegistry registry;

    private ServiceRegistration<Screen> registration;

    @AfterEach
    void unregister() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the test unregistered it
            }
        }
    }

    @Test
    void findsLeasesAndReportsAPluginThatGoes() throws Exception {
        Screen probe = (candidates, parameters, taskContext) -> List.of(ScreenResult.pass("probe"));
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(PluginProperties.ID, ID);
        props.put(PluginProperties.NAME, "Catalogue probe");
        registration = context.registerService(Screen.class, probe, props);
        String version = context.getBundle().getVersion().toString();

        PluginDescriptor found = registry.find(new PluginQuery(PluginKind.SCREEN, ID, "[" + version + "," + version + "]",
                "(" + PluginProperties.NAME + "=Catalogue probe)")).get(0);
        assertEquals(context.getBundle().getSymbolicName(), found.bundle());
        assertEquals("Catalogue probe", found.name());
        assertTrue(registry.find(new PluginQuery(PluginKind.SCREEN, ID, "[0.0.1,0.0.2)", null)).isEmpty(), "version range excludes it");
        assertTrue(registry.find(new PluginQuery(PluginKind.SCREEN, ID, null, "(" + PluginProperties.NAME + "=other)")).isEmpty(),
                "filter excludes it");
        assertTrue(registry.find(PluginQuery.of(PluginKind.FEATURIZER, ID)).isEmpty(), "another kind");
        assertThrows(IllegalArgumentException.class, () -> registry.find(new PluginQuery(PluginKind.SCREEN, ID, null, "(broken")));

        AtomicInteger gone = new AtomicInteger();
        try (PluginLease<Screen> lease = registry.lease(PluginQuery.of(PluginKind.SCREEN, ID), Screen.class, Duration.ZERO, gone::incrementAndGet)) {
            assertSame(probe, lease.service());
            assertEquals(found.serviceId(), lease.descriptor().serviceId());
            registration.unregister();
            Waiting.until(() -> gone.get() == 1, Duration.ofSeconds(10), "the lease told that its plug-in went away");
        }
        assertTrue(registry.await(PluginQuery.of(PluginKind.SCREEN, ID), Duration.ofMillis(200)).isEmpty());
        PluginUnavailableException none = assertThrows(PluginUnavailableException.class,
                () -> registry.lease(PluginQuery.of(PluginKind.SCREEN, ID), Screen.class, Duration.ZERO, () -> { }));
        assertFalse(none.registered());
        assertTrue(none.getMessage().startsWith("no screen 'catalogue-probe' registered"), none.getMessage());
    }
}

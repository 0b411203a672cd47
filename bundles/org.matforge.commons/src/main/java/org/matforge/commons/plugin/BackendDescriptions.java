package org.matforge.commons.plugin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginLease;
import org.matforge.api.plugin.PluginQuery;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.api.plugin.PluginUnavailableException;
import org.matforge.spi.backend.BackendDescription;
import org.matforge.spi.backend.BackendInfo;
import org.matforge.spi.backend.ComputeBackend;

/** What every registered compute backend says about itself, asked through the plug-in catalogue (for {@code mf:backends} and run provenance). */
public final class BackendDescriptions {
    /**
     * One backend.
     *
     * @param plugin      which plug-in it is
     * @param description what it said, or why it could not say (then not available)
     */
    public record DescribedBackend(PluginDescriptor plugin, BackendDescription description) {
    }

    private BackendDescriptions() {
    }

    /** @return every working backend plug-in with its description, in the catalogue's order */
    public static List<DescribedBackend> all(PluginRegistry registry) {
        List<DescribedBackend> out = new ArrayList<>();
        for (PluginDescriptor p : registry.plugins(PluginKind.COMPUTE_BACKEND)) {
            String device = String.valueOf(p.properties().getOrDefault(BackendInfo.DEVICE, "?"));
            BackendDescription d;
            try (PluginLease<ComputeBackend> backend = registry.lease(PluginQuery.of(p.kind(), p.id()), ComputeBackend.class, Duration.ZERO, () -> { })) {
                d = backend.service().describe();
            } catch (PluginUnavailableException e) {
                d = unavailable(device, "service is gone");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return out;
            } catch (RuntimeException | LinkageError e) {
                d = unavailable(device, "describe() failed: " + e);
            }
            out.add(new DescribedBackend(p, d));
        }
        return out;
    }

    private static BackendDescription unavailable(String device, String why) {
        return new BackendDescription(device, "", 0, "", -1, false, why);
    }
}

package org.matforge.commons.cli;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.matforge.api.plugin.PluginProperties;

/**
 * Services of one kind by their {@code matforge.id} property, kept by a command component's dynamic reference
 * callbacks ({@code add}/{@code remove} take the service and its properties); a service without an id is ignored.
 *
 * @param <S> the service type
 */
public final class ServicesById<S> {
    private final Map<String, S> byId = new ConcurrentHashMap<>();

    /** Adds a service under its id. */
    public void add(S service, Map<String, Object> properties) {
        Object id = properties.get(PluginProperties.ID);
        if (id != null) {
            byId.put(id.toString(), service);
        }
    }

    /** Removes a service, if it is still the one under its id. */
    public void remove(S service, Map<String, Object> properties) {
        Object id = properties.get(PluginProperties.ID);
        if (id != null) {
            byId.remove(id.toString(), service);
        }
    }

    /** @return the service with this id, or null */
    public S get(String id) {
        return byId.get(id);
    }

    /** @return the ids present now, sorted */
    public Set<String> ids() {
        return new TreeSet<>(byId.keySet());
    }
}

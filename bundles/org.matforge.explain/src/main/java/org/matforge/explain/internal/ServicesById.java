package org.matforge.explain.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Services of one kind by their {@code matforge.id} property, kept by dynamic reference callbacks. */
final class ServicesById<S> {
    private final Map<String, S> byId = new ConcurrentHashMap<>();

    void add(S service, Map<String, Object> properties) {
        Object id = properties.get("matforge.id");
        if (id != null) {
            byId.put(id.toString(), service);
        }
    }

    void remove(S service, Map<String, Object> properties) {
        Object id = properties.get("matforge.id");
        if (id != null) {
            byId.remove(id.toString(), service);
        }
    }

    S get(String id) {
        return byId.get(id);
    }

    Set<String> ids() {
        return new TreeSet<>(byId.keySet());
    }
}

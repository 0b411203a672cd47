package org.matforge.api.plugin;

import java.util.Objects;

/**
 * Which plug-in a caller wants: kind and {@code matforge.id}, optionally narrowed by a version range on the
 * providing bundle and an LDAP filter over the service properties. Workflows, commands and the server ask the
 * {@link PluginRegistry} with it.
 *
 * @param kind    the plug-in kind
 * @param id      the {@link PluginProperties#ID}
 * @param version an OSGi version range on the providing bundle's version, e.g. {@code [1.0,2.0)}, or null for any
 * @param filter  an LDAP filter over the service properties, e.g. {@code (matforge.target=band_gap)}, or null
 * @since 1.3
 */
public record PluginQuery(PluginKind kind, String id, String version, String filter) {
    /** Checks that kind and id are given. */
    public PluginQuery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /** @return a query by kind and id only */
    public static PluginQuery of(PluginKind kind, String id) {
        return new PluginQuery(kind, id, null, null);
    }

    /** @return e.g. {@code featurizer 'magpie' version [1,2) matching (a=b)}, for messages */
    public String describe() {
        StringBuilder s = new StringBuilder(kind.id()).append(" '").append(id).append('\'');
        if (version != null) {
            s.append(" version ").append(version);
        }
        if (filter != null) {
            s.append(" matching ").append(filter);
        }
        return s.toString();
    }
}

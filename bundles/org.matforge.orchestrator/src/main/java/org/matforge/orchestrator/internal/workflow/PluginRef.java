package org.matforge.orchestrator.internal.workflow;

import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginQuery;

/**
 * A workflow's reference to a plug-in: kind and id, optionally narrowed by a bundle version range and an LDAP
 * filter over the service properties.
 *
 * @param kind    the plug-in kind
 * @param id      its {@code matforge.id}
 * @param version an OSGi version range on the providing bundle's version, or null
 * @param filter  an LDAP filter over service properties, or null
 * @param path    where in the workflow document the reference is, for messages
 */
public record PluginRef(PluginKind kind, String id, String version, String filter, String path) {
    /** @return a reference by kind and id only */
    public static PluginRef of(PluginKind kind, String id, String path) {
        return new PluginRef(kind, id, null, null, path);
    }

    /** @return the query to ask the plug-in catalogue with */
    public PluginQuery query() {
        return new PluginQuery(kind, id, version, filter);
    }

    /** @return e.g. {@code featurizer 'magpie'} with the constraints, for messages */
    public String describe() {
        return query().describe();
    }
}

package org.matforge.orchestrator.internal.workflow;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.plugin.PluginKind;
import org.matforge.commons.plugin.PluginSyntax;

/** What validation needs to know about installed plug-ins; the engine's plug-in resolver provides it. */
public interface PluginCatalog {
    /** @return the ids of registered plug-ins of a kind, sorted */
    List<String> ids(PluginKind kind);

    /** @return why an LDAP filter is malformed, or empty when it is fine */
    default Optional<String> filterProblem(String filter) {
        return PluginSyntax.filterProblem(filter);
    }

    /** @return why a version range is malformed, or empty when it is fine */
    default Optional<String> versionProblem(String range) {
        return PluginSyntax.versionProblem(range);
    }

    /**
     * Waits up to {@code wait} for plug-ins still starting.
     *
     * @return the references no registered service satisfies after the wait
     * @throws InterruptedException when the waiting thread is interrupted
     */
    Set<PluginRef> missing(Collection<PluginRef> refs, Duration wait) throws InterruptedException;

    /**
     * @return the parameters the plug-in a reference resolves to declares ({@link PluginParameters#of}), or
     *         {@link ParameterSchema#UNDECLARED} when none is registered or it declares none
     */
    default ParameterSchema parameters(PluginRef ref) {
        return ParameterSchema.UNDECLARED;
    }
}

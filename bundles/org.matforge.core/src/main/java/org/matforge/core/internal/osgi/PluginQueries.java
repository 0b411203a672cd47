package org.matforge.core.internal.osgi;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.matforge.api.plugin.PluginProperties;
import org.matforge.api.plugin.PluginQuery;
import org.matforge.commons.plugin.PluginSyntax;
import org.osgi.framework.Bundle;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.VersionRange;

/** Evaluates a {@link PluginQuery} on service references: id, bundle version range, LDAP filter. */
final class PluginQueries {
    private PluginQueries() {
    }

    /** @return the references that satisfy the query, best first (highest service ranking, then oldest) */
    static List<ServiceReference<?>> matching(Collection<? extends ServiceReference<?>> refs, PluginQuery query) {
        Predicate<ServiceReference<?>> matches = matcher(query);
        return refs.stream().filter(matches).sorted(Comparator.reverseOrder()).collect(Collectors.toList());
    }

    /** @return whether a service satisfies the query (its kind is the caller's concern) @throws IllegalArgumentException when malformed */
    private static Predicate<ServiceReference<?>> matcher(PluginQuery query) {
        VersionRange range = query.version() == null ? null : versionRange(query.version());
        Filter filter = query.filter() == null ? null : filter(query.filter());
        return ref -> query.id().equals(ref.getProperty(PluginProperties.ID))
                && (range == null || inRange(ref, range))
                && (filter == null || filter.match(ref));
    }

    private static VersionRange versionRange(String range) {
        PluginSyntax.versionProblem(range).ifPresent(problem -> {
            throw new IllegalArgumentException("version " + range + ": " + problem);
        });
        return VersionRange.valueOf(range);
    }

    private static Filter filter(String filter) {
        try {
            return FrameworkUtil.createFilter(filter);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("filter " + filter + ": " + PluginSyntax.filterProblem(filter).orElse(e.getMessage()), e);
        }
    }

    private static boolean inRange(ServiceReference<?> reference, VersionRange range) {
        Bundle b = reference.getBundle();
        return b != null && range.includes(b.getVersion());
    }
}

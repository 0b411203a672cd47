package org.matforge.commons.plugin;

import java.util.Optional;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.VersionRange;

/** Syntax checks of the OSGi parts of a plug-in query ({@code PluginQuery}): LDAP filters and bundle version ranges. */
public final class PluginSyntax {
    private PluginSyntax() {
    }

    /** @return why an LDAP filter is malformed, or empty when it is fine */
    public static Optional<String> filterProblem(String filter) {
        try {
            FrameworkUtil.createFilter(filter);
            return Optional.empty();
        } catch (InvalidSyntaxException e) {
            return Optional.of("not an LDAP filter: " + e.getMessage());
        }
    }

    /** @return why a version range is malformed, or empty when it is fine */
    public static Optional<String> versionProblem(String range) {
        try {
            VersionRange.valueOf(range);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("not a version range like [1.0,2.0): " + e.getMessage());
        }
    }
}

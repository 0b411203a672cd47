package org.matforge.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.test.common.annotation.InjectBundleContext;

/**
 * The architecture's rules, checked on the bundles as they run: every MatForge bundle is active (or a resolved
 * fragment), only the API bundle exports MatForge packages, and every export carries a real version.
 */
class BundleLayoutIT {
    @InjectBundleContext
    BundleContext context;

    @Test
    void matforgeBundlesAreActiveAndOnlyTheApiExportsVersionedPackages() {
        List<Bundle> ours = java.util.Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.matforge."))
                .toList();
        assertTrue(ours.size() >= 3, "api, core and shell at least: " + ours);
        for (Bundle bundle : ours) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            boolean fragment = (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            assertEquals(fragment ? Bundle.RESOLVED : Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName());
            List<BundleCapability> exports = revision.getDeclaredCapabilities(BundleRevision.PACKAGE_NAMESPACE);
            for (BundleCapability export : exports) {
                String pkg = (String) export.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE);
                if (!pkg.startsWith("org.matforge.")) {
                    continue; // a host bundle may re-export an embedded third-party library
                }
                assertEquals("org.matforge.api", bundle.getSymbolicName(), bundle.getSymbolicName() + " exports " + pkg);
                Version version = (Version) export.getAttributes().get("version");
                assertTrue(version.compareTo(new Version(1, 0, 0)) >= 0, pkg + " is exported with version " + version);
                assertFalse(pkg.contains(".internal"), pkg);
            }
        }
    }
}

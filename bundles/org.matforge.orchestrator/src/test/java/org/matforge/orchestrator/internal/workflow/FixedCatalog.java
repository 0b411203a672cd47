package org.matforge.orchestrator.internal.workflow;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.matforge.api.plugin.PluginKind;
import org.osgi.framework.VersionRange;

/** A catalog of a fixed set of plug-in ids (version 1.0.0, no extra properties), for validation tests. */
final class FixedCatalog implements PluginCatalog {
    private final Map<PluginKind, List<String>> ids = new EnumMap<>(PluginKind.class);

    FixedCatalog with(PluginKind kind, String... known) {
        ids.put(kind, List.of(known));
        return this;
    }

    static FixedCatalog standard() {
        return new FixedCatalog().with(PluginKind.DATA_SOURCE, "builtin", "file", "matbench")
                .with(PluginKind.FEATURIZER, "magpie", "stoichiometry", "valence-orbital", "ion-property")
                .with(PluginKind.PREDICTOR_TRAINER, "mlp-ensemble")
                .with(PluginKind.GENERATOR_TRAINER, "gan", "vae")
                .with(PluginKind.PREDICTOR, "formation-energy")
                .with(PluginKind.SCREEN, "element-count", "novelty", "pareto", "property-window", "smact-validity", "stability", "uniqueness");
    }

    @Override
    public List<String> ids(PluginKind kind) {
        return ids.getOrDefault(kind, List.of()).stream().sorted().toList();
    }

    @Override
    public Set<PluginRef> missing(Collection<PluginRef> refs, Duration wait) {
        Set<PluginRef> missing = new HashSet<>();
        for (PluginRef ref : refs) {
            boolean versionOk = ref.version() == null || VersionRange.valueOf(ref.version()).includes(org.osgi.framework.Version.parseVersion("1.0.0"));
            if (!ids(ref.kind()).contains(ref.id()) || !versionOk || ref.filter() != null) {
                missing.add(ref);
            }
        }
        return missing;
    }
}

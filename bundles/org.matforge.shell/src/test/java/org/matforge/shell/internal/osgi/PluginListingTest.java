package org.matforge.shell.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginProblem;
import org.matforge.api.plugin.PluginProperties;

class PluginListingTest {

    @Test
    void listsEveryKindWithItsPluginsAlignedThenTheProblems() {
        List<PluginDescriptor> plugins = List.of(
                new PluginDescriptor(PluginKind.FEATURIZER, "magpie", "Magpie element properties", "", "org.matforge.featurizers", "0.1.0", 7, Map.of()),
                new PluginDescriptor(PluginKind.FEATURIZER, "stoichiometry", "Stoichiometry", "", "org.matforge.featurizers", "0.1.0", 8, Map.of()));
        List<PluginProblem> problems = List.of(new PluginProblem("lab.bad", "1.0.0", "", "cannot be resolved: missing osgi.wiring.package (osgi.wiring.package=x)"));

        String text = PluginListing.render(plugins, problems);

        String featurizers = """
                featurizer (2)
                  id             name                       bundle                    version
                  magpie         Magpie element properties  org.matforge.featurizers  0.1.0
                  stoichiometry  Stoichiometry              org.matforge.featurizers  0.1.0
                """;
        String problemSection = """
                problems (1)
                  lab.bad 1.0.0: cannot be resolved: missing osgi.wiring.package (osgi.wiring.package=x)
                """;
        assertTrue(text.contains(featurizers), text);
        assertTrue(text.endsWith(problemSection), text);
        for (PluginKind kind : PluginKind.values()) {
            assertTrue(text.contains(kind.id() + " ("), "section for " + kind + " in\n" + text);
        }
        assertTrue(text.contains("generator (0)\n"), text);
    }

    @Test
    void aShippedModelsCardFollowsItsKindsTable() {
        Map<String, Object> card = Map.of(PluginProperties.MODEL_BUNDLE, "com.vendor.models", PluginProperties.MODEL_LICENCE, "CC-BY-4.0",
                PluginProperties.MODEL_DATA, "248 compounds with\n experimental gaps");
        String text = PluginListing.render(List.of(new PluginDescriptor(PluginKind.PREDICTOR, "vendor-gap", "Vendor gap", "band gap in eV",
                "com.vendor.models", "1.0.0", 9, card)), List.of());
        assertTrue(text.contains("""
                  vendor-gap model card: band gap in eV
                    data     248 compounds with experimental gaps
                    licence  CC-BY-4.0
                """), text);
    }
}

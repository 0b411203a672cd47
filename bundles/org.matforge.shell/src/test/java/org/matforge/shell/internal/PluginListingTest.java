package org.matforge.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginProblem;

class PluginListingTest {

    @Test
    void listsEveryKindWithItsPluginsAlignedThenTheProblems() {
        List<PluginDescriptor> plugins = List.of(
                new PluginDescriptor(PluginKind.FEATURIZER, "magpie", "Magpie element properties", "", "org.matforge.featurizers", "0.1.0", 7, Map.of()),
                new PluginDescriptor(PluginKind.FEATURIZER, "stoichiometry", "Stoichiometry", "", "org.matforge.featurizers", "0.1.0", 8, Map.of()));
        List<PluginProblem> problems = List.of(new PluginProblem("lab.bad", "1.0.0", "", "cannot be resolved: missing osgi.wiring.package (osgi.wiring.package=x)"));

        String text = PluginListing.render(plugins, problems);

        String expected = """
                data-source (0)
                featurizer (2)
                  id             name                       bundle                    version
                  magpie         Magpie element properties  org.matforge.featurizers  0.1.0
                  stoichiometry  Stoichiometry              org.matforge.featurizers  0.1.0
                generator (0)
                predictor (0)
                screen (0)
                optimizer (0)
                backend (0)
                problems (1)
                  lab.bad 1.0.0: cannot be resolved: missing osgi.wiring.package (osgi.wiring.package=x)
                """;
        assertEquals(expected, text);
    }
}

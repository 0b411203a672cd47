package ${package};

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.matforge.api.plugin.PluginKind;
import org.matforge.testkit.osgi.MatForgeRuntime;

/**
 * The built bundle in the real MatForge runtime (the runtime harness, run after package): its featurizer is
 * registered with well-formed properties and no problems, and a workflow featurizes with it.
 */
class AtomicNumberFeaturizerBundleIT {
    private static final String ID = "${featurizerId}";

    @RegisterExtension
    static final MatForgeRuntime RUNTIME = MatForgeRuntime.fromSystemProperties();

    @Test
    void isRegisteredWithWellFormedProperties() throws Exception {
        RUNTIME.assertRegistered(PluginKind.FEATURIZER, ID);
    }

    @Test
    void aWorkflowFeaturizesWithIt() throws Exception {
        RUNTIME.assertWorkflowSucceeds(MatForgeRuntime.featurizerWorkflow(ID));
    }
}

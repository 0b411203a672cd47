package org.matforge.orchestrator.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.api.workflow.WorkflowService;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * The registered plug-ins' declared parameters are checked when a workflow is validated in the framework: the real
 * mlp-ensemble and GAN trainers refuse {@code members: 100000} and {@code epochs: 1e12}, the real smact-validity
 * screen an unknown oxidation-state set, each with its path; the workflow does not run.
 */
class PluginParametersIT {
    private static final String WORKFLOW = """
            {"schema": 1, "name": "itest-parameters", "steps": [
              {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
              {"name": "features", "type": "featurize", "input": "data", "featurizers": ["magpie"]},
              {"name": "gap-model", "type": "train-predictor", "input": "features", "trainer": "mlp-ensemble", "target": "band_gap",
               "parameters": {"members": 100000}},
              {"name": "generator", "type": "train-generator", "input": "data", "trainer": "gan", "parameters": {"epochs": 1e12}},
              {"name": "sampled", "type": "sample", "generator": "generator", "count": 10},
              {"name": "valid", "type": "screen", "input": "sampled", "screens": [{"id": "smact-validity", "parameters": {"oxidationStates": "icsd42"}}]}
            ]}
            """;

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin admin;

    private Orchestration orchestration;
    private WorkflowService service;

    @BeforeEach
    void start() throws Exception {
        orchestration = Orchestration.start(context, admin, 10);
        service = orchestration.service();
    }

    @AfterEach
    void stop() throws Exception {
        orchestration.close();
    }

    @Test
    void outOfRangeParametersOfRegisteredPluginsAreRefusedWithTheirPathAndNothingRuns() throws Exception {
        List<String> expected = List.of(
                "steps[2].parameters.members: must be a whole number from 1 to 64, got 100000",
                "steps[3].parameters.epochs: must be a whole number from 1 to 100000, got 1e12",
                "steps[5].screens[0].parameters.oxidationStates: must be one of the known choices, got \"icsd42\" — did you mean 'icsd24'?"
                        + " Known: magpie, smact14, icsd24, icsd24-common, pmg, pmg-icsd");
        assertEquals(expected, service.validate(WORKFLOW).stream().map(WorkflowProblem::toString).toList());
        int runs = service.runs().size();
        WorkflowException refused = assertThrows(WorkflowException.class, () -> service.submit(WORKFLOW));
        assertEquals(expected, refused.problems().stream().map(WorkflowProblem::toString).toList());
        assertEquals(runs, service.runs().size(), "no run was created");
    }
}

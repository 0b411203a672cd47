package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs a contract subclass on the Jupiter engine, as an author's build would. */
final class ContractRun {
    private ContractRun() {
    }

    /** @return the names of the checks that failed, after checking that {@code checks} of them ran */
    static Set<String> failedChecks(Class<?> contract, int checks) {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
        assertEquals(checks, tests.started().count(), contract.getSimpleName() + ": checks run");
        return tests.failed().stream()
                .map(e -> e.getTestDescriptor().getDisplayName().replace("()", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

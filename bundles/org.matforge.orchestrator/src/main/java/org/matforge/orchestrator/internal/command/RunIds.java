package org.matforge.orchestrator.internal.command;

import java.util.List;

/** Run ids as users type them: in full, or shortened to a prefix that only one run's id starts with. */
final class RunIds {
    private RunIds() {
    }

    /** @return the ids equal to {@code given}, else those starting with it, newest (greatest) first */
    static List<String> matching(String given, List<String> ids) {
        if (ids.contains(given)) {
            return List.of(given);
        }
        return ids.stream().filter(id -> !given.isEmpty() && id.startsWith(given)).sorted(java.util.Comparator.reverseOrder()).toList();
    }
}

package org.matforge.orchestrator.internal.workflow;

import java.util.Collection;
import java.util.Optional;

import org.matforge.api.text.DidYouMean;

/** Did-you-mean for names typed in a workflow: the closest known name within a small edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /** @return the closest of {@code known} to {@code typed}, if it is within about a third of its length */
    public static Optional<String> closest(String typed, Collection<String> known) {
        return DidYouMean.closest(typed, known);
    }

    /** @return "unknown x 'typed' — did you mean 'y'? known: a, b, c" style suffix: " — did you mean 'y'? known: …" */
    public static String hint(String typed, Collection<String> known) {
        StringBuilder s = new StringBuilder();
        closest(typed, known).ifPresent(c -> s.append(" — did you mean '").append(c).append("'?"));
        s.append(s.length() == 0 ? " — known: " : " Known: ");
        s.append(known.isEmpty() ? "(none)" : String.join(", ", known.stream().sorted().toList()));
        return s.toString();
    }
}

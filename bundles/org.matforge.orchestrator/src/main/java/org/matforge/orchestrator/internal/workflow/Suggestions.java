package org.matforge.orchestrator.internal.workflow;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Did-you-mean for names typed in a workflow: the closest known name within a small edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /** @return the closest of {@code known} to {@code typed}, if it is within about a third of its length */
    public static Optional<String> closest(String typed, Collection<String> known) {
        int limit = Math.max(1, typed.length() / 3);
        return known.stream()
                .filter(k -> distance(typed.toLowerCase(), k.toLowerCase()) <= limit)
                .min(Comparator.comparingInt((String k) -> distance(typed.toLowerCase(), k.toLowerCase())).thenComparing(k -> k));
    }

    /** @return Damerau–Levenshtein (optimal string alignment) distance */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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

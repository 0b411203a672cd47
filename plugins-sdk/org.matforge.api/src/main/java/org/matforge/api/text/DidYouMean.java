package org.matforge.api.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The one did-you-mean of MatForge's messages: the known name closest to a mistyped one. */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** @return the closest of {@code known} to {@code typed}, if within about a third of its length (ignoring case) */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase();
        int limit = Math.max(1, typed.length() / 3);
        return known.stream().filter(k -> distance(t, k.toLowerCase()) <= limit)
                .min(Comparator.comparingInt((String k) -> distance(t, k.toLowerCase())).thenComparing(k -> k));
    }

    /** @return the Damerau–Levenshtein (optimal string alignment) distance of two texts */
    public static int distance(String a, String b) {
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
}

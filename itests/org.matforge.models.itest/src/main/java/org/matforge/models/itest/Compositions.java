package org.matforge.models.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.api.data.Parameters;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;

/** Training data from ../shared/data and the quality figures of generated samples. */
final class Compositions {
    private Compositions() {
    }

    /** @return the formulas of a matbench table (system property matforge.shared.data), with their targets */
    static List<String[]> matbench(String file) throws IOException {
        Path path = Path.of(System.getProperty("matforge.shared.data"), "matbench", file);
        try (Stream<String> lines = Files.lines(path)) {
            return lines.skip(1).map(l -> {
                int comma = l.lastIndexOf(',');
                return new String[] {l.substring(0, comma), l.substring(comma + 1)};
            }).toList();
        }
    }

    /**
     * Quality of {@code requested} draws of which {@code samples} came back (empty draws are dropped by the
     * generator and count as neither valid, unique nor novel).
     */
    record Quality(double valid, double unique, double novel, double elementDistance) {
        static Quality of(List<Composition> samples, int requested, Set<Composition> training, Screen smact) {
            List<Candidate> candidates = new ArrayList<>();
            samples.forEach(c -> candidates.add(Candidate.of(c, "itest")));
            List<ScreenResult> results = smact.screen(candidates, Parameters.empty(), TaskContext.unobserved());
            long valid = results.stream().filter(r -> r.verdict() == Verdict.PASS).count();
            Set<Composition> distinct = new HashSet<>();
            samples.forEach(c -> distinct.add(c.reduced()));
            long novel = distinct.stream().filter(c -> !training.contains(c)).count();
            return new Quality((double) valid / requested, (double) distinct.size() / requested, (double) novel / requested,
                    elementFrequencyDistance(samples, training));
        }

        /**
         * Total-variation distance between how often each element occurs in the samples and in the training set:
         * the figure that tells a trained generator from an untrained one, whose random many-element mixtures are
         * unique, novel and — as all-metal alloys — mostly SMACT-valid too.
         */
        static double elementFrequencyDistance(List<Composition> samples, Set<Composition> training) {
            Map<Element, Double> p = frequencies(samples);
            Map<Element, Double> q = frequencies(training);
            Set<Element> all = new HashSet<>(p.keySet());
            all.addAll(q.keySet());
            return all.stream().mapToDouble(e -> Math.abs(p.getOrDefault(e, 0.0) - q.getOrDefault(e, 0.0))).sum() / 2;
        }

        private static Map<Element, Double> frequencies(java.util.Collection<Composition> compositions) {
            Map<Element, Double> f = new HashMap<>();
            double total = 0;
            for (Composition c : compositions) {
                for (int i = 0; i < c.size(); i++) {
                    f.merge(c.element(i), 1.0, Double::sum);
                    total++;
                }
            }
            double n = Math.max(1, total);
            f.replaceAll((e, v) -> v / n);
            return f;
        }

        @Override
        public String toString() {
            return String.format("%.1f%% SMACT-valid, %.1f%% unique, %.1f%% novel, element-frequency distance %.3f",
                    100 * valid, 100 * unique, 100 * novel, elementDistance);
        }
    }
}

package org.matforge.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.oxidation.ValidityScreening;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.featurizers.lib.StandardFeaturizers;
import org.matforge.screens.lib.UniquenessScreen;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.predictor.DomainAwarePredictor;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;

/**
 * The screening funnel of issue 23 in one JVM, stage by stage with the library calls a workflow's steps make:
 * {@code sample} ({@link TrainedGenerator#sample}), {@code screen} with {@code smact-validity} (icsd24-common) then
 * {@code uniqueness} (each on the candidates still kept), {@code predict} (the predictor's featurizers'
 * {@code featurizeAll}, its {@code predict} and, as the predict step, its applicability-domain distances). Prints
 * per-stage wall and process CPU seconds, rates, and the resident memory.
 * <p>
 * {@code FunnelBench generator=G.mfm predictor=P.mfm [draws=1000000] [seed=7] [repeats=1] [domain=true]}
 */
public final class FunnelBench {
    private FunnelBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new java.util.HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        TrainedGenerator generator = Models.load(a.get("generator"), Files.readAllBytes(Path.of(a.get("generator"))), TrainedGenerator.class);
        TrainedPredictor predictor = Models.load(a.get("predictor"), Files.readAllBytes(Path.of(a.get("predictor"))), TrainedPredictor.class);
        int draws = Integer.parseInt(a.getOrDefault("draws", "1000000"));
        long seed = Long.parseLong(a.getOrDefault("seed", "7"));
        int repeats = Integer.parseInt(a.getOrDefault("repeats", "1"));
        boolean withDomain = Boolean.parseBoolean(a.getOrDefault("domain", "true"));
        ElementTable table = ElementTable.load();
        ValidityScreening validity = new ValidityScreening(table);
        Map<String, Featurizer> featurizers = StandardFeaturizers.create(table);
        CompositeFeaturizer features = CompositeFeaturizer.of(predictor.featurizers(), featurizers::get, featurizers.keySet());
        Parameters validityParameters = Parameters.of(Map.of(ValidityScreening.OXIDATION_STATES, "icsd24-common"));
        for (int rep = 0; rep < repeats; rep++) {
            Clock clock = new Clock();
            List<Composition> drawn = generator.sample(draws, seed, Optional.empty(), TaskContext.unobserved());
            List<Candidate> candidates = new ArrayList<>(drawn.size());
            for (Composition c : drawn) {
                candidates.add(Candidate.of(c, "generator"));
            }
            clock.lap("sample", draws);
            List<Candidate> valid = kept(validity, candidates, validityParameters);
            clock.lap("smact-validity", candidates.size());
            List<Candidate> unique = kept(new UniquenessScreen(), valid, Parameters.of(Map.of()));
            clock.lap("uniqueness", valid.size());
            List<Composition> compositions = unique.stream().map(Candidate::composition).toList();
            FeatureMatrix x = features.featurizeAll(compositions, TaskContext.unobserved());
            clock.lap("featurize", unique.size());
            Prediction[] p = predictor.predict(x, TaskContext.unobserved());
            clock.lap("predict", unique.size());
            double[] d = withDomain && predictor instanceof DomainAwarePredictor aware ? aware.domainDistances(x, TaskContext.unobserved()) : new double[0];
            clock.lap("domain", unique.size());
            double checksum = 0;
            for (int i = 0; i < p.length; i++) {
                checksum += p[i].mean() + p[i].std() + (d.length > 0 ? d[i] : 0);
            }
            clock.total(draws);
            System.out.printf(Locale.ROOT, "draws %,d, valid %,d, unique %,d; checksum %.6f; RSS %s MB (peak %s MB); load %s%n", draws,
                    valid.size(), unique.size(), checksum, rss("VmRSS"), rss("VmHWM"), Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    private static List<Candidate> kept(Screen screen, List<Candidate> candidates, Parameters parameters) {
        List<ScreenResult> results = screen.screen(candidates, parameters, TaskContext.unobserved());
        List<Candidate> kept = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).verdict() == Verdict.PASS) {
                kept.add(candidates.get(i).withScreen("s", results.get(i)));
            }
        }
        return kept;
    }

    private static String rss(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
            }
        }
        return "?";
    }

    /** Wall and process CPU time between laps. */
    private static final class Clock {
        private final long wall0 = System.nanoTime();
        private final long cpu0 = cpu();
        private long wall = wall0;
        private long cpu = cpu0;

        void lap(String stage, int rows) {
            long w = System.nanoTime();
            long c = cpu();
            print(stage, rows, w - wall, c - cpu);
            wall = w;
            cpu = c;
        }

        void total(int rows) {
            print("end to end", rows, System.nanoTime() - wall0, cpu() - cpu0);
        }

        private static void print(String stage, int rows, long wallNs, long cpuNs) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %,.0f |%n", stage, rows, wallNs / 1e9, cpuNs / 1e9,
                    rows / (wallNs / 1e9));
        }

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }
}

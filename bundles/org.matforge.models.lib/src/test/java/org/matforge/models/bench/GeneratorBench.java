package org.matforge.models.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.commons.testdata.SharedData;
import org.matforge.models.lib.generator.SmactValidity;
import org.matforge.models.lib.codec.CompositionSampler;
import org.matforge.models.lib.codec.Coverage;
import org.matforge.models.lib.codec.SampleQuality;
import org.matforge.models.lib.codec.SamplingSettings;
import org.matforge.models.lib.gan.GanModels;
import org.matforge.models.lib.gan.GanSampler;
import org.matforge.models.lib.generator.SampledGenerator;
import org.matforge.models.lib.vae.VaeModels;
import org.matforge.models.lib.vae.VaeSampler;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/**
 * Full-size generator bench (docs/benchmarks.md, "Generative models"): trains the GAN and/or the VAE on a matbench
 * composition table and reports, on 10,000 draws, SMACT-valid / unique / novel shares (of all draws), empty draws,
 * mode coverage (element-frequency and atoms-per-formula distances to the training set), training time per step and
 * training wall and CPU time.
 * <p>
 * Arguments ({@code key=value}): {@code models=gan,vae}, {@code data=mp_e_form.csv}, {@code rows=0} (all),
 * {@code validOnly=true} (train on the SMACT-valid compositions only), {@code samples=10000}, {@code sampleSeed=7};
 * {@code gan.<option>=…} and {@code vae.<option>=…} are passed to the trainer as parameters. {@code save=<dir>} writes
 * each trained model to {@code <dir>/<model>.mfm}; {@code load=<dir>} reads them from there instead of training.
 * {@code probeValidity=false} lets the GAN's per-epoch probe choose the kept epoch without SMACT validity (by default it
 * uses it, as the trainer does).
 * {@code sampling=1:1:1,1:1.2:0.8} also measures each model drawing with each
 * latentScale:presenceTemperature:countTemperature setting.
 */
public final class GeneratorBench {
    private GeneratorBench() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new LinkedHashMap<>(Map.of("models", "gan,vae", "data", "mp_e_form.csv", "rows", "0",
                "validOnly", "true", "samples", "10000", "sampleSeed", "7", "save", "", "load", "", "sampling", "", "probeValidity", "true"));
        Map<String, Map<String, Object>> params = Map.of("gan", new LinkedHashMap<>(), "vae", new LinkedHashMap<>());
        for (String a : args) {
            String[] kv = a.split("=", 2);
            int dot = kv[0].indexOf('.');
            if (dot > 0 && params.containsKey(kv[0].substring(0, dot))) {
                params.get(kv[0].substring(0, dot)).put(kv[0].substring(dot + 1), kv[1]);
            } else if (opts.containsKey(kv[0])) {
                opts.put(kv[0], kv[1]);
            } else {
                throw new IllegalArgumentException("unknown option " + kv[0] + "; known: " + opts.keySet() + ", gan.*, vae.*");
            }
        }
        SmactValidity valid = new SmactValidity();
        List<Composition> all = SharedData.rows(SharedData.matbench().resolve(opts.get("data")), Integer.parseInt(opts.get("rows"))).stream()
                .map(SharedData.Row::composition).toList();
        List<Composition> train = Boolean.parseBoolean(opts.get("validOnly")) ? all.stream().filter(valid).toList() : all;
        System.out.printf("data %s: %d rows, %d used for training (validOnly=%s)%n", opts.get("data"), all.size(), train.size(),
                opts.get("validOnly"));
        TaskContext console = new TaskContext() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public void log(String message) {
                System.out.println("  " + message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        int samples = Integer.parseInt(opts.get("samples"));
        long sampleSeed = Long.parseLong(opts.get("sampleSeed"));
        List<String> report = new ArrayList<>();
        for (String model : opts.get("models").split(",")) {
            Parameters p = Parameters.of(params.get(model));
            System.out.println(model + " " + p);
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            SampledGenerator g = opts.get("load").isEmpty()
                    ? train(model, train, p, Boolean.parseBoolean(opts.get("probeValidity")) ? valid : null, console)
                    : load(opts.get("load"), model);
            double trainSeconds = (System.nanoTime() - t0) / 1e9;
            double trainCpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            System.out.printf("%s trained: %.0f s wall, %.0f s CPU (this JVM, all threads)%n", model, trainSeconds, trainCpuSeconds);
            if (!opts.get("save").isEmpty()) {
                Path file = Path.of(opts.get("save"), model + ".mfm");
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    g.save(out);
                }
                System.out.println("saved " + file);
            }
            Set<Composition> known = new HashSet<>();
            train.forEach(c -> known.add(c.reduced()));
            List<Composition> reference = new ArrayList<>(known);
            Map<String, CompositionSampler> variants = new LinkedHashMap<>();
            variants.put(model, g.sampler());
            for (String setting : opts.get("sampling").isEmpty() ? new String[0] : opts.get("sampling").split(",")) {
                String[] st = setting.split(":");
                SamplingSettings other = new SamplingSettings(Double.parseDouble(st[0]), Double.parseDouble(st[1]), Double.parseDouble(st[2]));
                CompositionSampler variant;
                if (g.sampler() instanceof VaeSampler vae) {
                    variant = vae.with(other);
                } else if (g.sampler() instanceof GanSampler gan) {
                    variant = gan.with(other);
                } else {
                    throw new IllegalArgumentException("sampling= is for gan and vae, not " + g.sampler());
                }
                variants.put(model + " " + setting, variant);
            }
            for (Map.Entry<String, CompositionSampler> v : variants.entrySet()) {
                long s0 = System.nanoTime();
                List<Composition> draws = v.getValue().draw(samples, sampleSeed, Optional.empty());
                double sampleSeconds = (System.nanoTime() - s0) / 1e9;
                SampleQuality q = SampleQuality.measure(draws, known, valid);
                String line = String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.3f | %.2f | %.1f | %.1f | %.0f | %.1f |",
                        v.getKey(), g.metadata().metrics().get("training_compositions").intValue(), 100 * q.valid(),
                        100 * q.unique(), 100 * q.novel(), 100 * q.novel() / q.unique(), 100 * q.yield(), 100 * q.empty(),
                        Coverage.elementFrequencyDistance(draws, reference), Coverage.atomsPerFormulaDistance(draws, reference),
                        g.metadata().metrics().get("step_ms"), trainSeconds, trainCpuSeconds, sampleSeconds);
                System.out.println(line);
                report.add(line);
            }
        }
        System.out.println("| model | training compositions | SMACT-valid % | unique % | novel % | novel % of unique "
                + "| valid, novel, distinct % | empty % | element-freq. TV | atoms W1 | ms/step | training s | training CPU s | sampling s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        report.forEach(System.out::println);
    }

    /** CPU time of this JVM (all threads: training, ND4J, GC, JIT) — the budget that means something on a shared machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static SampledGenerator train(String model, List<Composition> train, Parameters p, SmactValidity probeValidity,
            TaskContext console) {
        return switch (model) {
            case "gan" -> GanModels.train(train, Optional.empty(), "bench-gan", p, probeValidity, console);
            case "vae" -> VaeModels.train(train, Optional.empty(), "bench-vae", p, console);
            default -> throw new IllegalArgumentException("models: gan or vae, got " + model);
        };
    }

    private static SampledGenerator load(String dir, String model) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(dir, model + ".mfm"))) {
            ModelFile archive = ModelFile.read(in);
            return model.equals("gan") ? GanModels.read(archive) : VaeModels.read(archive);
        }
    }
}

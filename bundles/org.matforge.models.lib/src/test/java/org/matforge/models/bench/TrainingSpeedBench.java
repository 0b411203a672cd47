package org.matforge.models.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.commons.nn.Mlp;
import org.matforge.commons.nn.Randoms;
import org.matforge.commons.testdata.SharedData;
import org.matforge.models.lib.gan.GanModels;
import org.matforge.models.lib.generator.SampledGenerator;
import org.matforge.models.lib.generator.SmactValidity;
import org.matforge.models.lib.vae.VaeModels;
import org.matforge.spi.task.TaskContext;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Training-speed bench (docs/benchmarks.md, "Training speed (issue 23)"): ms per training step, wall and CPU, of the
 * GAN at its default settings with one and two discriminators, the VAE (batch 128, as in "Generative models") and one
 * ensemble member's MLP (149 → 256 → 128 → 1, batch 64, MSE), then the JVM's resident memory (now and peak).
 * <p>
 * Arguments ({@code key=value}): {@code rows=12000} (mp_e_form rows read; the SMACT-valid, encodable ones train),
 * {@code epochs=1}, {@code mlpSteps=3000}, {@code models=gan1,gan2,vae,mlp}. The thread count is ND4J's
 * ({@code OMP_NUM_THREADS}). GAN/VAE CPU is the training thread's CPU time within the steps (the per-epoch probe
 * excluded); with more than one OpenMP thread the process CPU of the whole run is the figure to read.
 */
public final class TrainingSpeedBench {
    private TrainingSpeedBench() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new LinkedHashMap<>(Map.of("rows", "12000", "epochs", "1", "mlpSteps", "3000",
                "models", "gan1,gan2,vae,mlp"));
        for (String a : args) {
            String[] kv = a.split("=", 2);
            if (kv.length != 2 || !opts.containsKey(kv[0])) {
                throw new IllegalArgumentException("unknown option " + a + "; known: " + opts.keySet());
            }
            opts.put(kv[0], kv[1]);
        }
        SmactValidity valid = new SmactValidity();
        List<Composition> train = SharedData.rows(SharedData.matbench().resolve("mp_e_form.csv"), Integer.parseInt(opts.get("rows")))
                .stream().map(SharedData.Row::composition).filter(valid).toList();
        TaskContext quiet = TaskContext.unobserved();
        String epochs = opts.get("epochs");
        List<String> rows = new ArrayList<>();
        for (String model : opts.get("models").split(",")) {
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            double[] stepMs = switch (model) {
                case "gan1" -> metrics(GanModels.train(train, Optional.empty(), "bench", Parameters.of(Map.of("epochs", epochs)), valid, quiet));
                case "gan2" -> metrics(GanModels.train(train, Optional.empty(), "bench",
                        Parameters.of(Map.of("epochs", epochs, "discriminators", "2")), valid, quiet));
                case "vae" -> metrics(VaeModels.train(train, Optional.empty(), "bench", Parameters.of(Map.of("epochs", epochs, "batch", "128")), quiet));
                case "mlp" -> mlpMember(Integer.parseInt(opts.get("mlpSteps")));
                default -> throw new IllegalArgumentException("models: gan1, gan2, vae or mlp, got " + model);
            };
            rows.add(String.format("| %s | %s | %.2f | %.2f | %.0f | %.0f | %.0f | %s |", model, System.getenv().getOrDefault("OMP_NUM_THREADS", "?"),
                    stepMs[0], stepMs[1], (System.nanoTime() - t0) / 1e9, (processCpuNanos() - cpu0) / 1e9, memoryMb("VmRSS:"), loadAverage()));
            System.out.println(rows.get(rows.size() - 1));
        }
        System.out.println("| model | OMP threads | ms/step wall | ms/step CPU | run s wall | run s CPU (process) | RSS MB after | load average |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.printf("training compositions: %d; peak RSS (VmHWM) %.0f MB%n", train.size(), memoryMb("VmHWM:"));
    }

    private static double[] metrics(SampledGenerator g) {
        Map<String, Double> m = g.metadata().metrics();
        return new double[] {m.get("step_ms"), m.get("step_thread_cpu_ms")};
    }

    /** One ensemble member's step at its default size: forward, MSE gradient, backward, Adam step. */
    private static double[] mlpMember(int steps) {
        Mlp mlp = Mlp.create(7, 149, new int[] {256, 128}, 1, Activation.RELU, new Adam(1e-3), 1e-5);
        SplittableRandom random = new SplittableRandom(7);
        INDArray x = Randoms.gaussian(random, 64, 149);
        INDArray y = Randoms.gaussian(random, 64, 1);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 200; i++) {
            memberStep(mlp, x, y);
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            memberStep(mlp, x, y);
        }
        return new double[] {(System.nanoTime() - t0) / 1e6 / steps, (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / steps};
    }

    private static void memberStep(Mlp mlp, INDArray x, INDArray y) {
        INDArray out = mlp.forward(x, true);
        mlp.backward(out.sub(y).muli(2.0 / x.rows()));
        mlp.step();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double memoryMb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}

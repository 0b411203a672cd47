package org.matforge.models.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.api.data.Parameters;
import org.matforge.commons.io.FileRoots;
import org.matforge.commons.testdata.SharedData;
import org.matforge.models.lib.gan.GanModels;
import org.matforge.models.lib.generator.SampledGenerator;
import org.matforge.models.internal.osgi.GanLoaderComponent;
import org.matforge.models.internal.osgi.VaeLoaderComponent;
import org.matforge.models.lib.vae.VaeGenerator;
import org.matforge.models.lib.vae.VaeModels;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.task.TaskContext;

/** mf:interpolate on real model files: a tiny CVAE and a tiny GAN trained on part of expt_gap, read by the real loaders. */
class InterpolateCommandTest {
    @TempDir
    static Path dir;
    static VaeGenerator cvae;
    static Path cvaeFile;
    static Path ganFile;
    static final Map<String, ModelLoader> LOADERS = Map.of(VaeModels.TRAINER, new VaeLoaderComponent(null), GanModels.TRAINER, new GanLoaderComponent(null));

    @BeforeAll
    static void train() throws IOException {
        FileRoots.allow(dir);
        List<SharedData.Row> rows = SharedData.rows("expt_gap", 1500);
        List<Composition> data = rows.stream().map(SharedData.Row::composition).toList();
        double[] gaps = rows.stream().mapToDouble(SharedData.Row::target).toArray();
        cvae = VaeModels.train(data, Optional.of(new PropertyValues("band_gap", gaps)), "cvae-cmd",
                Parameters.of(Map.of("epochs", 3, "batch", 64, "layers", "64", "latent", 8, "seed", 2)), TaskContext.unobserved());
        cvaeFile = save(cvae, "cvae.mfm");
        ganFile = save(GanModels.train(data.subList(0, 400), Optional.empty(), "gan-cmd", Parameters.of(Map.of("epochs", 1, "batch", 32,
                "generatorLayers", "32", "discriminatorLayers", "32", "seed", 5)), TaskContext.unobserved()), "gan.mfm");
    }

    static Path save(SampledGenerator g, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            g.save(out);
        }
        return file;
    }

    static String run(String... args) {
        return new InterpolateCommand(LOADERS::get, id -> "cvae-registered".equals(id) ? cvae : null,
                Set.of("cvae-registered")).run(args);
    }

    @Test
    void printsEveryPointWithItsPositionFromTheModelFile() {
        String out = run("--model", cvaeFile.toString(), "--from", "ZnO", "--to", "GaN", "--steps", "5", "--condition", "band_gap=3.0");
        System.out.println(out);
        String[] lines = out.split("\\R");
        assertEquals(6, lines.length, out);
        List<Composition> expected = cvae.interpolate(Composition.parse("ZnO"), Composition.parse("GaN"), 5,
                Optional.of(new PropertyCondition("band_gap", 3, 3)), TaskContext.unobserved());
        for (int i = 0; i < 5; i++) {
            String[] fields = lines[i + 1].trim().split("\\s+");
            assertEquals(i / 4.0, Double.parseDouble(fields[0]), 1e-9, lines[i + 1]);
            assertEquals(expected.get(i), Composition.parse(fields[1]), lines[i + 1]);
        }
        assertEquals(1 + InterpolateCommand.DEFAULT_STEPS, run("--model", "cvae-registered", "--from", "ZnO", "--to", "GaN").split("\\R").length);
    }

    @Test
    void badInputIsOneClearLine() {
        String model = cvaeFile.toString();
        assertMessage("no model file", "--model", dir.resolve("missing.mfm").toString(), "--from", "ZnO", "--to", "GaN");
        assertMessage("no latent space to interpolate in", "--model", ganFile.toString(), "--from", "ZnO", "--to", "GaN");
        assertMessage("--from 'Zn(O' is not a formula", "--model", model, "--from", "Zn(O", "--to", "GaN");
        assertMessage("--steps must be a whole number ≥ 2", "--model", model, "--from", "ZnO", "--to", "GaN", "--steps", "1");
        assertMessage("--steps must be a whole number ≥ 2", "--model", model, "--from", "ZnO", "--to", "GaN", "--steps", "many");
        assertMessage("--condition must be property=value", "--model", model, "--from", "ZnO", "--to", "GaN", "--condition", "band_gap");
        assertMessage("conditioned on band_gap, not e_form", "--model", model, "--from", "ZnO", "--to", "GaN", "--condition", "e_form=1");
        Element outside = Arrays.stream(Element.values()).filter(e -> !cvae.sampler().codec().vocabulary().contains(e)).findFirst().orElseThrow();
        assertMessage("end " + Composition.parse(outside.symbol() + "O") + " cannot be encoded by this model: element " + outside.symbol()
                + " outside the model's vocabulary",
                "--model", model, "--from", "ZnO", "--to", outside.symbol() + "O");
        assertMessage("missing required option --to", "--model", model, "--from", "ZnO");
    }

    @Test
    void aFileThatIsNoModelIsNamed() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.mfm"), "not a model");
        assertMessage("cannot read model file " + junk, "--model", junk.toString(), "--from", "ZnO", "--to", "GaN");
    }

    static void assertMessage(String part, String... args) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> run(args));
        assertTrue(e.getMessage().contains(part), e.getMessage());
        assertTrue(e.getMessage().startsWith("interpolate: "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
}

package org.matforge.orchestrator.itest.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.api.data.Parameters;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.GeneratorTrainer;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.TrainerInfo;
import org.matforge.spi.task.TaskContext;
import org.osgi.service.component.annotations.Component;

/**
 * Test generator trainer: learns how often each element and each element count occur in the training
 * compositions and samples new ones from those frequencies (amounts 1–4). Unconditional; options {@code seed}.
 */
@Component
@TrainerInfo(id = "element-mix", name = "Element mix", description = "frequency-based composition sampler for the orchestrator tests")
public class ElementMixTrainer implements GeneratorTrainer {
    @Override
    public TrainedGenerator train(List<Composition> compositions, Optional<PropertyValues> property, String id, Parameters parameters,
            TaskContext context) {
        if (property.isPresent()) {
            throw new UnsupportedOperationException("element-mix is unconditional");
        }
        if (!Set.of("seed").containsAll(parameters.asMap().keySet())) {
            throw new IllegalArgumentException("element-mix: unknown options " + parameters.asMap().keySet() + "; options are [seed]");
        }
        Map<Element, Integer> elements = new TreeMap<>();
        int[] sizes = new int[5];
        for (Composition c : compositions) {
            for (int i = 0; i < c.size(); i++) {
                elements.merge(c.element(i), 1, Integer::sum);
            }
            sizes[Math.min(4, c.size())]++;
        }
        List<Double> curve = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            curve.add(1.0 / i);
        }
        ModelMetadata meta = new ModelMetadata(ModelMetadata.GENERATOR, "element-mix", id, "", "", List.of(), Map.of(),
                Integer.toHexString(compositions.hashCode()), parameters.integer("seed", 0), Map.of("elements", (double) elements.size()),
                Map.of("loss", curve), 1);
        context.progress(1, elements.size() + " elements");
        return new Mix(new LinkedHashMap<>(elements), sizes, meta);
    }

    /** The trained sampler. */
    private record Mix(Map<Element, Integer> elements, int[] sizes, ModelMetadata metadata) implements TrainedGenerator {
        @Override
        public List<Composition> sample(int count, long seed, Optional<PropertyCondition> condition, TaskContext context) {
            if (condition.isPresent()) {
                throw new UnsupportedOperationException("element-mix is unconditional");
            }
            Random random = new Random(seed);
            List<Element> pool = new ArrayList<>();
            elements.forEach((e, n) -> {
                for (int i = 0; i < n; i++) {
                    pool.add(e);
                }
            });
            List<Composition> out = new ArrayList<>(count);
            while (out.size() < count) {
                if (out.size() % 500 == 0) {
                    context.checkCancelled();
                }
                int size = 2 + random.nextInt(2);
                Map<Element, Integer> amounts = new LinkedHashMap<>();
                while (amounts.size() < size) {
                    amounts.putIfAbsent(pool.get(random.nextInt(pool.size())), 1 + random.nextInt(4));
                }
                out.add(Composition.of(amounts));
            }
            return out;
        }

        @Override
        public boolean conditional() {
            return false;
        }

        @Override
        public void save(OutputStream out) throws IOException {
            out.write(("element-mix " + elements + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}

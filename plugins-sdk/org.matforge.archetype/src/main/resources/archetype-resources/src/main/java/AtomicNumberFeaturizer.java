package ${package};

import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Component;

/**
 * The mean and the range of the atomic numbers of a composition, the mean weighted by the element fractions. A
 * Declarative Services component: the runtime registers it as a featurizer service with the properties of
 * {@code @FeaturizerInfo}. Stateless, so concurrent calls are safe.
 */
@Component
@FeaturizerInfo(id = "${featurizerId}", name = "Atomic number statistics",
        description = "fraction-weighted mean and range of the atomic numbers")
public class AtomicNumberFeaturizer implements Featurizer {
    private static final List<String> LABELS = List.of("mean atomic number", "atomic number range");

    @Override
    public List<String> labels() {
        return LABELS;
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        double mean = 0;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < composition.size(); i++) {
            int z = composition.element(i).ordinal() + 1;
            mean += composition.fraction(i) * z;
            min = Math.min(min, z);
            max = Math.max(max, z);
        }
        target[offset] = mean;
        target[offset + 1] = max - min;
    }
}

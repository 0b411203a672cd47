package org.matforge.stability.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.spi.screen.Screen;
import org.matforge.testkit.ScreenContract;

/** The plug-in test kit's screen contract on {@link StabilityScreen}, against the Materials Project phases of matbench_mp_e_form. */
class StabilityScreenContractTest extends ScreenContract {
    private static final Screen SCREEN = new StabilityScreen(RealSources.tables(Path.of("target", "matbench-cache")));

    @Override
    protected Screen screen() {
        return SCREEN;
    }

    @Override
    protected Parameters validParameters() {
        return Parameters.of(Map.of("phasesSource", "matbench", "phasesDataset", "mp_e_form", "target", "e_form", "k", 1.0));
    }

    @Override
    protected List<Candidate> candidates() {
        List<Candidate> plain = super.candidates();
        return plain.stream()
                .map(c -> plain.indexOf(c) % 4 == 3 ? c : c.withPrediction("e_form", new Prediction(-0.4 * (plain.indexOf(c) % 5), 0.05 * (plain.indexOf(c) % 3))))
                .toList();
    }
}

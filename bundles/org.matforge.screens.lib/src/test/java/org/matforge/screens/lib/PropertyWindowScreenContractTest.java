package org.matforge.screens.lib;

import java.util.List;
import java.util.Map;

import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.spi.screen.Screen;
import org.matforge.testkit.ScreenContract;

/** The plug-in test kit's screen contract on {@link PropertyWindowScreen}, on candidates with band-gap predictions. */
class PropertyWindowScreenContractTest extends ScreenContract {
    @Override
    protected Screen screen() {
        return new PropertyWindowScreen();
    }

    @Override
    protected Parameters validParameters() {
        return Parameters.of(Map.of("target", "band_gap", "min", 1.0, "max", 3.0, "k", 1.0));
    }

    @Override
    protected List<Candidate> candidates() {
        List<Candidate> plain = super.candidates();
        return plain.stream()
                .map(c -> c.withPrediction("band_gap", new Prediction(0.25 * plain.indexOf(c), 0.1 * (plain.indexOf(c) % 3))))
                .toList();
    }
}

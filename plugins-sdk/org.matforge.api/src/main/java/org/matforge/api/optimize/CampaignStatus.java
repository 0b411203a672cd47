package org.matforge.api.optimize;

import java.util.List;
import java.util.Map;

/**
 * A campaign's state.
 *
 * @param name         the campaign
 * @param measurement  the objective's name
 * @param maximise     the goal
 * @param observations measured experiments, in the order they were recorded
 * @param pending      proposals not yet measured
 * @param bestSoFar    after each observation, the best value so far
 * @param lengthScales per unit-box input of the surrogate (categorical inputs as name=option), its fitted length scale
 *                     (short = relevant), empty before a GP was fitted
 */
public record CampaignStatus(String name, String measurement, boolean maximise, List<Measured> observations, List<Proposal> pending, double[] bestSoFar,
        Map<String, Double> lengthScales) {
    /**
     * One measured experiment.
     *
     * @param id     the proposal's id (or o1, o2, ... for recorded experiments)
     * @param values one text value per variable
     * @param value  the measured objective
     */
    public record Measured(String id, Map<String, String> values, double value) {
    }
}

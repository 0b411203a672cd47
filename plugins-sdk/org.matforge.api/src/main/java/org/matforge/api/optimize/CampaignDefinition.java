package org.matforge.api.optimize;

/**
 * What a campaign optimises and how.
 *
 * @param name        the campaign's name: letters, digits, '-', '_' and '.'
 * @param space       the design space as a JSON document (the Olympus format: {@code parameters} with name, type
 *                    continuous / integer / categorical, low, high or options; {@code goal}; {@code measurement};
 *                    optional {@code "constraints": "simplex"}), see docs/optimisation.md
 * @param surrogate   gp-ard, gp-iso, random-forest or random
 * @param acquisition ei, lcb (ucb) or ts
 * @param seed        the campaign's random seed; batch b uses seed + b
 */
public record CampaignDefinition(String name, String space, String surrogate, String acquisition, long seed) {
    /** Checks the name. */
    public CampaignDefinition {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("campaign name '" + name + "' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }
}

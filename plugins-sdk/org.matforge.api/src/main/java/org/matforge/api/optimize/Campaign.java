package org.matforge.api.optimize;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One optimisation campaign. Each call reads the saved state and writes the new one atomically before it returns, so
 * a process that dies between {@link #propose} and {@link #observe} loses nothing: the proposals stay pending.
 */
@ProviderType
public interface Campaign {
    /** @return the definition it was created with */
    CampaignDefinition definition();

    /**
     * @param count how many experiments to propose (a batch for parallel experiments)
     * @return the new proposals, saved as pending, each with a new id
     */
    List<Proposal> propose(int count) throws IOException;

    /**
     * Records measured values: all or nothing.
     *
     * @param results one per measured proposal
     * @throws IllegalArgumentException naming the offending result (unknown or already observed proposal id, a
     *                                  proposal given twice, a value that is NaN or infinite); nothing is recorded then
     */
    void observe(List<Result> results) throws IOException;

    /**
     * Records an experiment that was not proposed (initial data, a chemist's own idea).
     *
     * @param values one text value per variable of the space, by name
     * @param value  the measured value
     * @return the observation's id
     * @throws IllegalArgumentException when a value is missing, outside the space, or the measurement is not finite
     */
    String record(java.util.Map<String, String> values, double value) throws IOException;

    /** @return the state: observations, pending proposals, best so far */
    CampaignStatus status() throws IOException;
}

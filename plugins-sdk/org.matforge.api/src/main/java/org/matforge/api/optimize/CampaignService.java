package org.matforge.api.optimize;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Creates and opens optimisation campaigns kept in the run store. */
@ProviderType
public interface CampaignService {
    /**
     * @param definition name, design space, optimiser settings, seed
     * @return the new campaign, already saved
     * @throws IllegalArgumentException when the definition is invalid or the name is taken, with a one-line message
     * @throws IOException              when it cannot be saved
     */
    Campaign create(CampaignDefinition definition) throws IOException;

    /**
     * @return the saved campaign
     * @throws IllegalArgumentException when there is none of that name (the message lists the known ones)
     */
    Campaign open(String name) throws IOException;

    /** @return the names of the saved campaigns, sorted */
    List<String> names() throws IOException;
}

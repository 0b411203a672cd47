package org.matforge.optimizer.internal.osgi;

import java.io.IOException;
import java.util.List;

import org.matforge.api.optimize.Campaign;
import org.matforge.api.optimize.CampaignDefinition;
import org.matforge.api.optimize.CampaignService;
import org.matforge.optimizer.internal.campaign.CampaignStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The {@link CampaignService}: campaigns in {@code runs/campaigns} of the MatForge home, forwarded to {@link CampaignStore}. */
@Component(service = CampaignService.class)
public final class CampaignServiceComponent implements CampaignService {
    private final CampaignStore store;

    /** Opens the store in the run store: {@code matforge.runs}, else {@code runs} under {@code matforge.home} (default: the working folder). */
    @Activate
    public CampaignServiceComponent(BundleContext context) {
        this.store = CampaignStore.inRunStore(context.getProperty("matforge.runs"), context.getProperty("matforge.home"));
    }

    @Override
    public Campaign create(CampaignDefinition definition) throws IOException {
        return store.create(definition);
    }

    @Override
    public Campaign open(String name) throws IOException {
        return store.open(name);
    }

    @Override
    public List<String> names() throws IOException {
        return store.names();
    }
}

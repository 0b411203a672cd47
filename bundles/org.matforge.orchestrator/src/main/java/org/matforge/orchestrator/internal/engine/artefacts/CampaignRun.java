package org.matforge.orchestrator.internal.engine.artefacts;

import java.nio.file.Path;
import java.util.Locale;

import org.matforge.orchestrator.internal.report.CampaignPage;
import org.matforge.orchestrator.internal.workflow.ArtefactType;

/**
 * The artefact of an optimise step: a simulated campaign, written to its folder in the run.
 *
 * @param name        the step that ran it
 * @param measurement the optimised property
 * @param experiments experiments made
 * @param best        the best measured value found
 * @param folder      the campaign's folder (campaign.json, best-so-far.csv, report.html)
 * @param report      its report page
 * @param page        what its page shows, for the run's report
 */
public record CampaignRun(String name, String measurement, int experiments, double best, Path folder, Path report, CampaignPage.Data page)
        implements Artefact {
    @Override
    public ArtefactType type() {
        return ArtefactType.CAMPAIGN;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%d experiments, best %s %.4g; report %s", experiments, measurement, best, report);
    }
}

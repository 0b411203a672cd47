package org.matforge.optimizer.internal.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.matforge.api.optimize.CampaignDefinition;

/** What {@code campaign.json} holds: written whole, atomically, after every change. Gson maps it field by field. */
final class CampaignState {
    static final int FORMAT = 1;

    int format = FORMAT;
    CampaignDefinition definition;
    int batches;
    int nextProposal = 1;
    int nextRecorded = 1;
    List<ProposalEntry> proposals = new ArrayList<>();
    List<ObservationEntry> observations = new ArrayList<>();
    Map<String, Double> lengthScales = Map.of();

    /** A proposal: pending until its observation arrives. */
    static final class ProposalEntry {
        String id;
        int batch;
        long seed;
        String created;
        Map<String, String> values;
        boolean observed;
    }

    /** A measured experiment: a proposal's id or o1, o2, ... for recorded ones. */
    static final class ObservationEntry {
        String id;
        String recorded;
        Map<String, String> values;
        double value;
    }
}

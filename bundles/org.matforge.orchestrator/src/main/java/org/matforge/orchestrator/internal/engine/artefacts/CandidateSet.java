package org.matforge.orchestrator.internal.engine.artefacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.matforge.api.discovery.Candidate;
import org.matforge.orchestrator.internal.workflow.ArtefactType;

/**
 * A candidate-set artefact.
 *
 * @param candidates the candidates, in rank order once ranked
 * @param ranks      Pareto rank per candidate (1 = front) once ranked, else null
 * @param objectives the ranking objectives once ranked, else empty
 * @param funnel     how the set came to be, one line per step ("sampled 3,000", "smact-validity kept 2,410 of 3,000")
 * @param rejected   the candidates left out on the way, in the order they were left out
 */
public record CandidateSet(List<Candidate> candidates, int[] ranks, List<String> objectives, List<String> funnel,
        List<Rejection> rejected) implements Artefact {
    @Override
    public ArtefactType type() {
        return ArtefactType.CANDIDATES;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%,d candidates", candidates.size());
    }

    /** Copies the lists. */
    public CandidateSet {
        candidates = List.copyOf(candidates);
        objectives = List.copyOf(objectives);
        funnel = List.copyOf(funnel);
        rejected = List.copyOf(rejected);
    }

    /** A set nothing was left out of yet. */
    public CandidateSet(List<Candidate> candidates, int[] ranks, List<String> objectives, List<String> funnel) {
        this(candidates, ranks, objectives, funnel, List.of());
    }

    /** @return a new unranked set with one more funnel line */
    public CandidateSet next(List<Candidate> kept, String funnelLine) {
        return next(kept, List.of(), funnelLine);
    }

    /** @return a new unranked set with one more funnel line and more rejected candidates */
    public CandidateSet next(List<Candidate> kept, List<Rejection> newlyRejected, String funnelLine) {
        List<String> f = new ArrayList<>(funnel);
        f.add(funnelLine);
        List<Rejection> r = new ArrayList<>(rejected);
        r.addAll(newlyRejected);
        return new CandidateSet(kept, null, List.of(), f, r);
    }
}

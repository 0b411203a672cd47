package org.matforge.optimizer.internal.campaign;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.matforge.api.optimize.Campaign;
import org.matforge.api.optimize.CampaignDefinition;
import org.matforge.api.optimize.CampaignStatus;
import org.matforge.api.optimize.Proposal;
import org.matforge.api.optimize.Result;
import org.matforge.commons.io.AtomicFiles;
import org.matforge.optimizer.lib.BayesianOptimizer;
import org.matforge.optimizer.lib.BoSettings;
import org.matforge.optimizer.lib.SurrogateKind;
import org.matforge.optimizer.lib.acquisition.Acquisition;
import org.matforge.optimizer.lib.space.SearchSpace;
import org.matforge.optimizer.lib.space.SpaceDocument;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * A campaign kept in one folder: {@code campaign.json} (definition, proposals, observations, seeds, last length
 * scales), replaced atomically after each change, under an exclusive file lock so that two processes do not
 * interleave.
 */
final class FileCampaign implements Campaign {
    static final String FILE = "campaign.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    private final Path folder;
    private final Clock clock;

    FileCampaign(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    static FileCampaign create(Path folder, CampaignDefinition definition, Clock clock) throws IOException {
        SpaceDocument.parse(definition.space(), "campaign " + definition.name() + ": space");
        SurrogateKind.of(definition.surrogate());
        Acquisition.of(definition.acquisition());
        Files.createDirectories(folder);
        FileCampaign c = new FileCampaign(folder, clock);
        try (FileLock lock = c.lock()) {
            if (Files.exists(folder.resolve(FILE))) {
                throw new IllegalArgumentException("campaign '" + definition.name() + "' exists already");
            }
            CampaignState s = new CampaignState();
            s.definition = definition;
            c.save(s);
        }
        return c;
    }

    @Override
    public CampaignDefinition definition() {
        try {
            return load().definition;
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public List<Proposal> propose(int count) throws IOException {
        if (count < 1 || count > 1000) {
            throw new IllegalArgumentException("campaign: the number of proposals must be 1-1000, was " + count);
        }
        try (FileLock lock = lock()) {
            CampaignState s = load();
            SpaceDocument doc = document(s);
            SearchSpace space = doc.space();
            List<double[]> xs = new ArrayList<>();
            double[] ys = new double[s.observations.size()];
            for (int i = 0; i < ys.length; i++) {
                xs.add(point(space, s.observations.get(i).values));
                ys[i] = s.observations.get(i).value;
            }
            Acquisition a = Acquisition.of(s.definition.acquisition());
            BoSettings settings = new BoSettings(SurrogateKind.of(s.definition.surrogate()), a, BoSettings.defaultWeight(a), doc.maximise(), 3, 1, 2000);
            BayesianOptimizer optimizer = new BayesianOptimizer(settings);
            int batch = s.batches + 1;
            long seed = s.definition.seed() + batch;
            List<double[]> points = optimizer.propose(space, xs, ys, count, seed);
            if (optimizer.surrogate() != null && optimizer.surrogate().lengthScales() != null) {
                double[] ls = optimizer.surrogate().lengthScales();
                List<String> names = space.encodedNames();
                Map<String, Double> m = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    m.put(names.get(i), ls.length == 1 ? ls[0] : ls[i]);
                }
                s.lengthScales = m;
            }
            List<Proposal> out = new ArrayList<>();
            for (double[] p : points) {
                CampaignState.ProposalEntry e = new CampaignState.ProposalEntry();
                e.id = "p" + s.nextProposal++;
                e.batch = batch;
                e.seed = seed;
                e.created = clock.instant().toString();
                e.values = values(space, p);
                s.proposals.add(e);
                out.add(new Proposal(e.id, batch, e.values));
            }
            s.batches = batch;
            save(s);
            return out;
        }
    }

    @Override
    public void observe(List<Result> results) throws IOException {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("campaign: no results given");
        }
        try (FileLock lock = lock()) {
            CampaignState s = load();
            Map<String, CampaignState.ProposalEntry> byId = s.proposals.stream().collect(Collectors.toMap(p -> p.id, p -> p));
            Set<String> given = new HashSet<>();
            for (Result r : results) {
                CampaignState.ProposalEntry p = byId.get(r.proposalId());
                if (p == null) {
                    throw new IllegalArgumentException("unknown proposal id '" + r.proposalId() + "'; pending: " + pendingIds(s) + "; nothing recorded");
                }
                if (p.observed) {
                    double before = s.observations.stream().filter(o -> o.id.equals(p.id)).findFirst().map(o -> o.value).orElse(Double.NaN);
                    throw new IllegalArgumentException("proposal " + p.id + " was already observed (value " + before + "); nothing recorded");
                }
                if (!given.add(r.proposalId())) {
                    throw new IllegalArgumentException("proposal " + r.proposalId() + " is given twice; nothing recorded");
                }
                if (!Double.isFinite(r.value())) {
                    throw new IllegalArgumentException("the value for proposal " + r.proposalId() + " is " + r.value() + "; a measurement must be a finite number; nothing recorded");
                }
            }
            for (Result r : results) {
                CampaignState.ProposalEntry p = byId.get(r.proposalId());
                p.observed = true;
                CampaignState.ObservationEntry o = new CampaignState.ObservationEntry();
                o.id = p.id;
                o.values = p.values;
                o.value = r.value();
                o.recorded = clock.instant().toString();
                s.observations.add(o);
            }
            save(s);
        }
    }

    @Override
    public String record(Map<String, String> values, double value) throws IOException {
        try (FileLock lock = lock()) {
            CampaignState s = load();
            SearchSpace space = document(s).space();
            List<String> ordered = new ArrayList<>();
            for (var v : space.variables()) {
                String x = values.get(v.name());
                if (x == null) {
                    throw new IllegalArgumentException("the experiment has no value for '" + v.name() + "'");
                }
                ordered.add(x);
            }
            for (String k : values.keySet()) {
                if (space.indexOf(k) < 0) {
                    throw new IllegalArgumentException("'" + k + "' is not a variable of the space; variables: "
                            + space.variables().stream().map(v -> v.name()).collect(Collectors.joining(", ")));
                }
            }
            double[] p = SpaceDocument.point(space, ordered, "experiment");
            space.problem(p).ifPresent(problem -> {
                throw new IllegalArgumentException("the experiment lies outside the space: " + problem);
            });
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("the measured value is " + value + "; a measurement must be a finite number");
            }
            CampaignState.ObservationEntry o = new CampaignState.ObservationEntry();
            o.id = "o" + s.nextRecorded++;
            o.values = values(space, p);
            o.value = value;
            o.recorded = clock.instant().toString();
            s.observations.add(o);
            save(s);
            return o.id;
        }
    }

    @Override
    public CampaignStatus status() throws IOException {
        CampaignState s = load();
        SpaceDocument doc = document(s);
        List<CampaignStatus.Measured> measured = s.observations.stream().map(o -> new CampaignStatus.Measured(o.id, o.values, o.value)).toList();
        List<Proposal> pending = s.proposals.stream().filter(p -> !p.observed).map(p -> new Proposal(p.id, p.batch, p.values)).toList();
        double[] best = new double[measured.size()];
        for (int i = 0; i < best.length; i++) {
            double v = measured.get(i).value();
            best[i] = i == 0 ? v : doc.maximise() ? Math.max(best[i - 1], v) : Math.min(best[i - 1], v);
        }
        return new CampaignStatus(s.definition.name(), doc.measurement(), doc.maximise(), measured, pending, best, s.lengthScales);
    }

    /** @return the campaign's space document */
    SpaceDocument document() throws IOException {
        return document(load());
    }

    private static SpaceDocument document(CampaignState s) {
        return SpaceDocument.parse(s.definition.space(), "campaign " + s.definition.name() + ": space");
    }

    private static String pendingIds(CampaignState s) {
        String ids = s.proposals.stream().filter(p -> !p.observed).map(p -> p.id).collect(Collectors.joining(", "));
        return ids.isEmpty() ? "none" : ids;
    }

    private static Map<String, String> values(SearchSpace space, double[] p) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < space.size(); i++) {
            m.put(space.variables().get(i).name(), SpaceDocument.text(space, p, i));
        }
        return m;
    }

    private static double[] point(SearchSpace space, Map<String, String> values) {
        List<String> ordered = space.variables().stream().map(v -> values.get(v.name())).toList();
        return SpaceDocument.point(space, ordered, "saved observation");
    }

    private CampaignState load() throws IOException {
        Path file = folder.resolve(FILE);
        try {
            CampaignState s = GSON.fromJson(Files.readString(file), CampaignState.class);
            if (s == null || s.definition == null || s.format != CampaignState.FORMAT) {
                throw new IOException(file + ": not a campaign file of format " + CampaignState.FORMAT);
            }
            return s;
        } catch (JsonParseException e) {
            throw new IOException(file + ": damaged campaign file (" + e.getMessage() + ")", e);
        }
    }

    private void save(CampaignState s) throws IOException {
        AtomicFiles.write(folder.resolve(FILE), GSON.toJson(s));
    }

    private FileLock lock() throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return new ChannelLock(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** A lock that closes its channel when released. */
    private static final class ChannelLock extends FileLock {
        private final FileLock inner;

        ChannelLock(FileChannel channel, FileLock inner) {
            super(channel, inner.position(), inner.size(), inner.isShared());
            this.inner = inner;
        }

        @Override
        public boolean isValid() {
            return inner.isValid();
        }

        @Override
        public void release() throws IOException {
            inner.release();
            channel().close();
        }
    }
}

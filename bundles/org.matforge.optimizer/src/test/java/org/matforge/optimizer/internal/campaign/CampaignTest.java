package org.matforge.optimizer.internal.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.optimize.Campaign;
import org.matforge.api.optimize.CampaignDefinition;
import org.matforge.api.optimize.CampaignStatus;
import org.matforge.api.optimize.Proposal;
import org.matforge.api.optimize.Result;
import org.matforge.commons.testdata.SharedData;

/** Campaigns on the real thin-film perovskite space (three fractions on a simplex, minimise instability). */
class CampaignTest {
    @TempDir
    Path dir;

    static String space() throws Exception {
        return Files.readString(SharedData.root().resolve("synthesis/thin_film.json"));
    }

    private Campaign create(CampaignStore store) throws Exception {
        return store.create(new CampaignDefinition("film", space(), "gp-ard", "ei", 7));
    }

    @Test
    void proposalsLieOnTheSimplexAndObservationsImproveTheBestSoFar() throws Exception {
        Campaign c = create(new CampaignStore(dir, Clock.systemUTC()));
        List<Proposal> first = c.propose(3);
        assertEquals(List.of("p1", "p2", "p3"), first.stream().map(Proposal::id).toList());
        for (Proposal p : first) {
            double sum = p.values().values().stream().mapToDouble(Double::parseDouble).sum();
            assertEquals(1, sum, 1e-9, "fractions of " + p);
        }
        c.observe(List.of(new Result("p1", 3e5), new Result("p2", 1e5), new Result("p3", 2e5)));
        List<Proposal> second = c.propose(2);
        assertEquals(List.of("p4", "p5"), second.stream().map(Proposal::id).toList());
        c.observe(List.of(new Result("p4", 5e4)));
        CampaignStatus s = c.status();
        assertEquals(4, s.observations().size());
        assertEquals(List.of("p5"), s.pending().stream().map(Proposal::id).toList());
        assertEquals(5e4, s.bestSoFar()[3]);
        assertEquals(1e5, s.bestSoFar()[1], "minimising: the best so far only goes down");
        assertEquals(3, s.lengthScales().size(), "one ARD length scale per fraction");
    }

    @Test
    void badResultsAreRefusedWholeWithTheReason() throws Exception {
        Campaign c = create(new CampaignStore(dir, Clock.systemUTC()));
        c.propose(2);
        c.observe(List.of(new Result("p1", 10)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.observe(List.of(new Result("p2", 1), new Result("p9", 2))));
        assertEquals("unknown proposal id 'p9'; pending: p2; nothing recorded", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c.observe(List.of(new Result("p1", 3))));
        assertEquals("proposal p1 was already observed (value 10.0); nothing recorded", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c.observe(List.of(new Result("p2", 1), new Result("p2", 2))));
        assertEquals("proposal p2 is given twice; nothing recorded", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c.observe(List.of(new Result("p2", Double.NaN))));
        assertTrue(e.getMessage().startsWith("the value for proposal p2 is NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c.record(Map.of("CsPbI", "0.5", "FAPbI", "0.6", "MAPbI", "0.1"), 4));
        assertTrue(e.getMessage().contains("CsPbI + FAPbI + MAPbI = 1.2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c.record(Map.of("CsPbI", "0.5", "FAPbI", "0.5"), 4));
        assertEquals("the experiment has no value for 'MAPbI'", e.getMessage());
        CampaignStatus s = c.status();
        assertEquals(1, s.observations().size(), "nothing of the refused calls was recorded");
        assertEquals(List.of("p2"), s.pending().stream().map(Proposal::id).toList());
        assertEquals("o1", c.record(Map.of("CsPbI", "0.2", "FAPbI", "0.3", "MAPbI", "0.5"), 4));
        assertThrows(IllegalArgumentException.class, () -> new CampaignStore(dir, Clock.systemUTC()).open("flim"));
    }

    @Test
    void aCampaignKilledBetweenProposeAndObserveResumesWithNothingLost() throws Exception {
        CampaignStore store = new CampaignStore(dir, Clock.systemUTC());
        Campaign c = create(store);
        c.propose(2);
        c.observe(List.of(new Result("p1", 2e5), new Result("p2", 1e5)));
        // a second JVM proposes a batch and is killed (halt, no shutdown hooks) before it can observe
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                ProposeAndDie.class.getName(), dir.toString(), "film"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM finished");
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(137, p.exitValue(), out);
        assertTrue(out.contains("proposed p3,p4"), out);

        Campaign resumed = new CampaignStore(dir, Clock.systemUTC()).open("film");
        CampaignStatus s = resumed.status();
        assertEquals(2, s.observations().size());
        assertEquals(List.of("p3", "p4"), s.pending().stream().map(Proposal::id).toList(), "the killed process's proposals are pending");
        resumed.observe(List.of(new Result("p3", 9e4), new Result("p4", 8e4)));
        assertEquals("p5", resumed.propose(1).get(0).id());
        assertEquals(8e4, resumed.status().bestSoFar()[3]);
        assertTrue(Files.readString(dir.resolve("film/campaign.json")).contains("\"seed\": 9"), "each proposal records its seed (7 + batch 2)");
    }

    /** The child JVM of the kill test. */
    public static final class ProposeAndDie {
        public static void main(String[] args) throws Exception {
            List<Proposal> batch = new CampaignStore(Path.of(args[0]), Clock.systemUTC()).open(args[1]).propose(2);
            System.out.println("proposed " + String.join(",", batch.stream().map(Proposal::id).toList()));
            System.out.flush();
            Runtime.getRuntime().halt(137);
        }
    }
}

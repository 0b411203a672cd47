package org.matforge.optimizer.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.commons.io.FileRoots;
import org.matforge.commons.testdata.SharedData;
import org.matforge.optimizer.internal.campaign.CampaignStore;

/** The command on the real AgNP flow-synthesis space, seeded with its first 12 measured recipes. */
class OptimiseCommandTest {
    @TempDir
    Path dir;
    private OptimiseCommand command;
    private String space;

    @BeforeEach
    void setUp() throws Exception {
        FileRoots.allow(dir);
        FileRoots.allow(SharedData.root());
        command = new OptimiseCommand(new CampaignStore(dir.resolve("runs/campaigns"), Clock.systemUTC()));
        space = SharedData.root().resolve("synthesis/agnp.json").toString();
        List<String> lines = Files.readAllLines(SharedData.root().resolve("synthesis/agnp.csv"));
        Files.write(dir.resolve("measured.csv"), lines.subList(0, 13));
    }

    @Test
    void initProposeObserveStatusReport() throws Exception {
        String out = command.run("init", "--name", "agnp", "--space", space, "--data", dir.resolve("measured.csv").toString(), "--seed", "3");
        assertTrue(out.contains("12 measured experiments recorded"), out);
        out = command.run("propose", "--name", "agnp", "--count", "2", "--output", dir.resolve("batch.csv").toString());
        assertTrue(out.startsWith("id\tq_agno3\tq_pva\tq_tsc\tq_seed\tq_tot\np1\t"), out);
        assertEquals(3, Files.readAllLines(dir.resolve("batch.csv")).size());
        Files.writeString(dir.resolve("results.csv"), "id,value\np1,0.91\np2,0.42\n");
        out = command.run("observe", "--name", "agnp", "--results", dir.resolve("results.csv").toString());
        assertTrue(out.startsWith("2 result(s) recorded; 14 measured, 0 pending; best spectrum_score so far 0.91"), out);
        command.run("propose", "--name", "agnp");
        out = command.run("status", "--name", "agnp");
        assertTrue(out.contains("maximise spectrum_score; 14 measured, 1 pending") && out.contains("pending p3 (batch 2)") && out.contains("length scales"), out);
        assertEquals("campaigns in " + dir.resolve("runs/campaigns") + ":\n  agnp", command.run("status"));
        out = command.run("report", "--name", "agnp");
        String html = Files.readString(dir.resolve("runs/campaigns/agnp/report.html"));
        assertTrue(html.contains("<polyline") && html.contains("parameter relevance") && html.contains("<td>p3</td>") && html.contains("Best so far: <b>0.9100</b>"), html);
    }

    @Test
    void mistakesGetOneLineNamingWhatAndWhere() throws Exception {
        command.run("init", "--name", "agnp", "--space", space);
        assertEquals("optimise: no subcommand 'start'; did you mean status? (see: optimise --help)", error("start"));
        assertEquals("optimise init: campaign 'agnp' exists already", error("init", "--name", "agnp", "--space", space));
        assertEquals("optimise observe: unknown proposal id 'p1'; pending: none; nothing recorded", error("observe", "--name", "agnp", "--id", "p1", "--value", "2"));
        assertEquals("optimise observe: --value must be a number, was 'high'", error("observe", "--name", "agnp", "--id", "p1", "--value", "high"));
        assertTrue(error("propose", "--name", "agpn").startsWith("optimise propose: no campaign 'agpn' in "), error("propose", "--name", "agpn"));
        assertTrue(error("propose", "--name", "agnp", "--cont", "2").startsWith("optimise propose: unknown option '--cont'; did you mean --count?"),
                error("propose", "--name", "agnp", "--cont", "2"));
        Files.writeString(dir.resolve("bad.csv"), "q_agno3,q_pva,q_tsc,q_seed,q_tot,spectrum_score\n10,20,5,4,1200,0.5\n");
        assertEquals("optimise init: bad.csv line 2: the experiment lies outside the space: q_tot = 1200.0 is outside [200.0, 983.0]",
                error("init", "--name", "agnp2", "--space", space, "--data", dir.resolve("bad.csv").toString()));
        assertTrue(error("init", "--name", "../x", "--space", space).startsWith("optimise init: campaign name '../x' must be"));
    }

    @Test
    void spaceInlineAsOnTheCommandLine() throws Exception {
        String inline = Files.readString(Path.of(space));
        String out = command.run("init", "--name", "inline", "--space", inline, "--data", dir.resolve("measured.csv").toString());
        assertTrue(out.contains("12 measured experiments recorded"), out);
        assertTrue(command.run("status", "--name", "inline").contains("maximise spectrum_score; 12 measured"));
        assertEquals("optimise init: --space: parameters[1].low must be a number",
                error("init", "--name", "bad", "--space", "{\"parameters\": [{\"name\": \"a\", \"type\": \"continuous\", \"low\": 0, \"high\": 1},"
                        + " {\"name\": \"b\", \"type\": \"continuous\", \"low\": \"x\", \"high\": 1}]}"));
    }

    private String error(String... args) {
        return assertThrows(RuntimeException.class, () -> command.run(args)).getMessage();
    }
}

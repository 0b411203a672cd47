package org.matforge.optimizer.internal.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.matforge.api.optimize.Campaign;
import org.matforge.api.optimize.CampaignDefinition;
import org.matforge.api.optimize.CampaignService;

/** The campaigns of a folder ({@code runs/campaigns} of the MatForge home): one sub-folder per campaign. */
public final class CampaignStore implements CampaignService {
    private final Path root;
    private final Clock clock;

    /**
     * @param root  the folder holding the campaigns
     * @param clock the time stamps' clock
     */
    public CampaignStore(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /**
     * @param runs the run store the launcher was given ({@code --runs DIR}, framework property {@code matforge.runs}), or null
     * @param home the MatForge home folder, or null for the working folder
     * @return the store in {@code campaigns} of that run store, by default {@code <home>/runs/campaigns}, beside the workflow runs
     */
    public static CampaignStore inRunStore(String runs, String home) {
        Path store = runs != null && !runs.isBlank() ? Path.of(runs) : Path.of(home != null ? home : System.getProperty("user.dir"), "runs");
        return new CampaignStore(store.resolve("campaigns"), Clock.systemUTC());
    }

    /** @return the folder holding the campaigns */
    public Path root() {
        return root;
    }

    /** @return the folder of one campaign */
    public Path folder(String name) {
        new CampaignDefinition(name, "{}", "gp-ard", "ei", 0); // checks the name
        return root.resolve(name);
    }

    @Override
    public Campaign create(CampaignDefinition definition) throws IOException {
        return FileCampaign.create(folder(definition.name()), definition, clock);
    }

    @Override
    public Campaign open(String name) throws IOException {
        Path folder = folder(name);
        if (!Files.isRegularFile(folder.resolve(FileCampaign.FILE))) {
            List<String> known = names();
            throw new IllegalArgumentException("no campaign '" + name + "' in " + root + (known.isEmpty() ? "" : "; campaigns: " + String.join(", ", known)));
        }
        return new FileCampaign(folder, clock);
    }

    @Override
    public List<String> names() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> Files.isRegularFile(d.resolve(FileCampaign.FILE))).forEach(d -> out.add(d.getFileName().toString()));
        }
        out.sort(null);
        return out;
    }
}

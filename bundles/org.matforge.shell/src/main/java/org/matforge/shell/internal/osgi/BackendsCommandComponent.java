package org.matforge.shell.internal.osgi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.commons.cli.Cli;
import org.matforge.commons.cli.MfCommand;
import org.matforge.commons.plugin.BackendDescriptions;
import org.matforge.spi.backend.BackendDescription;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;

/** {@code mf:backends}: every compute backend with its device, cores, BLAS vendor, memory, status and bundle. */
@Component(service = BackendsCommandComponent.class)
@MfCommand(function = "backends", summary = BackendsCommandComponent.SUMMARY)
public class BackendsCommandComponent {
    static final String SUMMARY = "list the compute backends (ND4J CPU/CUDA): device, cores, BLAS vendor, memory, status, bundle";

    /** The command line. */
    @Command(name = "backends", description = SUMMARY, footerHeading = "%nExample:%n", footer = "  backends")
    static final class Options {
    }

    private final PluginRegistry registry;

    /** @param registry the plug-in catalogue */
    @Activate
    public BackendsCommandComponent(@Reference PluginRegistry registry) {
        this.registry = registry;
    }

    /** Prints the backends to the session's output. */
    @Descriptor(SUMMARY)
    public void backends(@Descriptor("--help only") String... args) {
        System.out.println(Cli.run(new Options(), args, o -> render(describeAll()).stripTrailing()));
    }

    /** One backend as listed. */
    record Row(String id, BackendDescription description, String bundle, String version) {
    }

    private List<Row> describeAll() {
        List<Row> rows = new ArrayList<>();
        for (BackendDescriptions.DescribedBackend b : BackendDescriptions.all(registry)) {
            rows.add(new Row(b.plugin().id(), b.description(), b.plugin().bundle(), b.plugin().bundleVersion()));
        }
        return rows;
    }

    /** @return the listing: a table, then one status line per backend */
    static String render(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        if (rows.isEmpty()) {
            return "compute backends (0)\n  none: install org.matforge.dl4j with a backend fragment (org.matforge.backend.cpu or .cuda)\n";
        }
        out.append("compute backends (").append(rows.size()).append(")\n");
        TextTable table = new TextTable("id", "device", "name", "cores", "BLAS", "memory", "available", "bundle", "version");
        for (Row r : rows) {
            BackendDescription d = r.description();
            table.row(r.id(), d.device(), d.deviceName(), d.cores() > 0 ? String.valueOf(d.cores()) : "?",
                    d.blasVendor().isEmpty() ? "-" : d.blasVendor(), memory(d.memoryBytes()), d.available() ? "yes" : "no",
                    r.bundle(), r.version());
        }
        table.appendTo(out, "  ");
        for (Row r : rows) {
            out.append("  ").append(r.id()).append(": ").append(r.description().status()).append('\n');
        }
        return out.toString();
    }

    static String memory(long bytes) {
        if (bytes < 0) {
            return "unknown";
        }
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
}

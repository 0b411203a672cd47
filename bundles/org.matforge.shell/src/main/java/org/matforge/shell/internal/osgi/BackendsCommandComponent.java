package org.matforge.shell.internal.osgi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.plugin.PluginProperties;
import org.matforge.commons.cli.MfCommand;
import org.matforge.spi.backend.BackendDescription;
import org.matforge.spi.backend.BackendInfo;
import org.matforge.spi.backend.ComputeBackend;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** {@code mf:backends}: every compute backend with its device, cores, BLAS vendor, memory, status and bundle. */
@Component(service = BackendsCommandComponent.class)
@MfCommand(function = "backends")
public class BackendsCommandComponent {
    private final BundleContext context;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<ComputeBackend>> backends;

    /** Creates the command. */
    @Activate
    public BackendsCommandComponent(BundleContext context) {
        this.context = context;
    }

    /** Prints the backends to the session's output. */
    @Descriptor("list compute backends (ND4J CPU/CUDA): device, cores, BLAS vendor, memory, status, bundle")
    public void backends() {
        System.out.print(render(describeAll()));
    }

    /** One backend as listed. */
    record Row(String id, BackendDescription description, String bundle, String version) {
    }

    private List<Row> describeAll() {
        List<ServiceReference<ComputeBackend>> refs = backends == null ? List.of() : new ArrayList<>(backends);
        refs.sort(Comparator.reverseOrder());
        List<Row> rows = new ArrayList<>();
        for (ServiceReference<ComputeBackend> ref : refs) {
            Bundle bundle = ref.getBundle();
            if (bundle == null) {
                continue; // unregistered meanwhile
            }
            String id = String.valueOf(ref.getProperty(PluginProperties.ID));
            String device = String.valueOf(ref.getProperty(BackendInfo.DEVICE));
            BackendDescription d;
            ComputeBackend backend = context.getService(ref);
            try {
                d = backend == null ? unavailable(device, "service is gone") : backend.describe();
            } catch (RuntimeException | LinkageError e) {
                d = unavailable(device, "describe() failed: " + e);
            } finally {
                if (backend != null) {
                    context.ungetService(ref);
                }
            }
            rows.add(new Row(id, d, bundle.getSymbolicName(), bundle.getVersion().toString()));
        }
        return rows;
    }

    private static BackendDescription unavailable(String device, String why) {
        return new BackendDescription(device, "", 0, "", -1, false, why);
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

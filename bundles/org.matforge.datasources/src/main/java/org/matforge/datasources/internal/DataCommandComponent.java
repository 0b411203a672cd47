package org.matforge.datasources.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.felix.service.command.Descriptor;
import org.matforge.datasources.internal.command.DataCommand;
import org.matforge.spi.datasource.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Gogo command {@code mf:data}: a thin adapter over {@link DataCommand}, seeing every data-source service. */
@Component(service = Object.class, property = {"osgi.command.scope=mf", "osgi.command.function=data"})
public final class DataCommandComponent {
    private final Map<String, DataSource> byId = new ConcurrentHashMap<>();

    @Reference(service = DataSource.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(DataSource source, Map<String, Object> properties) {
        Object id = properties.get("matforge.id");
        if (id != null) {
            byId.put(id.toString(), source);
        }
    }

    void removeSource(DataSource source, Map<String, Object> properties) {
        Object id = properties.get("matforge.id");
        if (id != null) {
            byId.remove(id.toString(), source);
        }
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor("data --source builtin|file|matbench [--dataset expt_gap] [--path X.csv] [--output Y.csv] ...")
    public void data(@Descriptor("options") String... args) throws Exception {
        System.out.println(new DataCommand(byId::get, byId.keySet(), System.err).run(args));
    }
}

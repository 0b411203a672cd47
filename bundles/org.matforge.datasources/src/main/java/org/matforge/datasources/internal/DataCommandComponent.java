package org.matforge.datasources.internal;

import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.matforge.commons.cli.ServicesById;
import org.matforge.datasources.internal.command.DataCommand;
import org.matforge.spi.datasource.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Gogo command {@code mf:data}: a thin adapter over {@link DataCommand}, seeing every data-source service. */
@Component(service = Object.class, property = {"osgi.command.scope=mf", "osgi.command.function=data"})
public final class DataCommandComponent {
    private final ServicesById<DataSource> byId = new ServicesById<>();

    @Reference(service = DataSource.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(DataSource service, Map<String, Object> properties) {
        byId.add(service, properties);
    }

    void removeSource(DataSource service, Map<String, Object> properties) {
        byId.remove(service, properties);
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor("data --source builtin|file|matbench [--dataset expt_gap] [--path X.csv] [--output Y.csv] ...")
    public void data(@Descriptor("options") String... args) throws Exception {
        System.out.println(new DataCommand(byId::get, byId.ids(), System.err).run(args));
    }
}

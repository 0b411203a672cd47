package org.matforge.featurizers.internal;

import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.matforge.commons.cli.ServicesById;
import org.matforge.featurizers.internal.command.FeaturizeCommand;
import org.matforge.spi.featurizer.Featurizer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Gogo command {@code mf:featurize}: a thin adapter over {@link FeaturizeCommand}, seeing every featurizer service. */
@Component(service = Object.class, property = {"osgi.command.scope=mf", "osgi.command.function=featurize"})
public final class FeaturizeCommandComponent {
    private final ServicesById<Featurizer> byId = new ServicesById<>();

    @Reference(service = Featurizer.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFeaturizer(Featurizer service, Map<String, Object> properties) {
        byId.add(service, properties);
    }

    void removeFeaturizer(Featurizer service, Map<String, Object> properties) {
        byId.remove(service, properties);
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor("featurize --featurizers magpie[,stoichiometry,...] --input X.csv --formula-column composition --output Y.csv")
    public void featurize(@Descriptor("options") String... args) throws Exception {
        System.out.println(new FeaturizeCommand(byId::get, byId.ids(), System.err).run(args));
    }
}

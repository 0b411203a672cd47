package org.matforge.featurizers.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.felix.service.command.Descriptor;
import org.matforge.featurizers.internal.command.FeaturizeCommand;
import org.matforge.spi.featurizer.Featurizer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Gogo command {@code mf:featurize}: a thin adapter over {@link FeaturizeCommand}, seeing every featurizer service. */
@Component(service = Object.class, property = {"osgi.command.scope=mf", "osgi.command.function=featurize"})
public final class FeaturizeCommandComponent {
    private final Map<String, Featurizer> byId = new ConcurrentHashMap<>();

    @Reference(service = Featurizer.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFeaturizer(Featurizer featurizer, Map<String, Object> properties) {
        Object id = properties.get("matforge.id");
        if (id != null) {
            byId.put(id.toString(), featurizer);
        }
    }

    void removeFeaturizer(Featurizer featurizer, Map<String, Object> properties) {
        Object id = properties.get("matforge.id");
        if (id != null) {
            byId.remove(id.toString(), featurizer);
        }
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor("featurize --featurizers magpie[,stoichiometry,...] --input X.csv --formula-column composition --output Y.csv")
    public void featurize(@Descriptor("options") String... args) throws Exception {
        System.out.println(new FeaturizeCommand(byId::get, byId.keySet(), System.err).run(args));
    }
}

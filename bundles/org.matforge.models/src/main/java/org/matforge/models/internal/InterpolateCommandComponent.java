package org.matforge.models.internal;

import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.matforge.commons.cli.ServicesById;
import org.matforge.models.internal.command.InterpolateCommand;
import org.matforge.spi.generator.LatentSpaceGenerator;
import org.matforge.spi.model.ModelLoader;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Gogo command {@code mf:interpolate}: walks a VAE's latent space between two compositions; the model is a file
 * (read by the {@link ModelLoader} of its trainer) or a registered {@link LatentSpaceGenerator} id.
 */
@Component(service = Object.class, property = {"osgi.command.scope=mf", "osgi.command.function=interpolate"})
public final class InterpolateCommandComponent {
    private final ServicesById<ModelLoader> loaders = new ServicesById<>();
    private final ServicesById<LatentSpaceGenerator> generators = new ServicesById<>();

    @Reference(service = ModelLoader.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addLoader(ModelLoader loader, Map<String, Object> properties) {
        loaders.add(loader, properties);
    }

    void removeLoader(ModelLoader loader, Map<String, Object> properties) {
        loaders.remove(loader, properties);
    }

    @Reference(service = LatentSpaceGenerator.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addGenerator(LatentSpaceGenerator generator, Map<String, Object> properties) {
        generators.add(generator, properties);
    }

    void removeGenerator(LatentSpaceGenerator generator, Map<String, Object> properties) {
        generators.remove(generator, properties);
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor("interpolate --model <id or file.mfm> --from ZnO --to GaN [--steps 8] [--condition band_gap=3.0]")
    public void interpolate(@Descriptor("options") String... args) {
        System.out.println(new InterpolateCommand(loaders::get, generators::get, generators.ids()).run(args));
    }
}

package org.matforge.core.internal.osgi;

import org.apache.felix.service.command.Descriptor;
import org.matforge.core.internal.command.ModelCommand;
import org.osgi.service.component.annotations.Component;

/** Gogo command {@code mf:model}: a thin adapter over {@link ModelCommand} ({@code model inspect <file.mfm>}). */
@Component(service = ModelCommandComponent.class, property = {"osgi.command.scope=mf", "osgi.command.function=model"})
public final class ModelCommandComponent {
    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor(ModelCommand.USAGE + ": a model file's metadata and entries with sizes and SHA-256 checksums, each verified")
    public void model(@Descriptor("subcommand and its arguments") String... args) {
        System.out.println(new ModelCommand().run(args));
    }
}

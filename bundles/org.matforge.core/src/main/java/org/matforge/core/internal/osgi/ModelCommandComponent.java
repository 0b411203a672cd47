package org.matforge.core.internal.osgi;

import org.apache.felix.service.command.Descriptor;
import org.matforge.commons.cli.MfCommand;
import org.matforge.core.internal.command.ModelCommand;
import org.osgi.service.component.annotations.Component;

/** Gogo command {@code mf:model}: a thin adapter over {@link ModelCommand} ({@code model inspect <file.mfm>}). */
@Component(service = ModelCommandComponent.class)
@MfCommand(function = "model", summary = ModelCommand.SUMMARY)
public final class ModelCommandComponent {
    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor(ModelCommand.SUMMARY)
    public void model(@Descriptor("subcommand and its arguments; --help lists them") String... args) {
        System.out.println(new ModelCommand().run(args));
    }
}

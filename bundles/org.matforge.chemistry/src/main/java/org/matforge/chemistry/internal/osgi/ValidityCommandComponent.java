package org.matforge.chemistry.internal.osgi;

import org.apache.felix.service.command.Descriptor;
import org.matforge.chemistry.internal.command.ValidityCommand;
import org.matforge.chemistry.internal.oxidation.ValidityScreening;
import org.matforge.commons.cli.MfCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo command {@code mf:validity}: a thin adapter over {@link ValidityCommand}. */
@Component(service = Object.class)
@MfCommand(function = "validity")
public final class ValidityCommandComponent {
    private final ValidityScreening screening;

    /** @param data the bundle's element table */
    @Activate
    public ValidityCommandComponent(@Reference ElementDataComponent data) {
        this.screening = new ValidityScreening(data.table());
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor("validity --input X.csv --formula-column composition --output Y.csv [--oxidation-states smact14|icsd24|icsd24-common|pmg]")
    public void validity(@Descriptor("options") String... args) throws Exception {
        System.out.println(new ValidityCommand(screening, System.err).run(args));
    }
}

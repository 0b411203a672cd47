package org.matforge.chemistry.internal.osgi;

import org.apache.felix.service.command.Descriptor;
import org.matforge.chemistry.internal.command.ValidityCommand;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.oxidation.ValidityScreening;
import org.matforge.commons.cli.MfCommand;
import org.osgi.service.component.annotations.Component;

/** Gogo command {@code mf:validity}: a thin adapter over {@link ValidityCommand}. */
@Component(service = Object.class)
@MfCommand(function = "validity", summary = ValidityCommand.SUMMARY)
public final class ValidityCommandComponent {
    private final ValidityScreening screening;

    /** Creates the service over the element table compiled into this bundle. */
    public ValidityCommandComponent() {
        this.screening = new ValidityScreening(ElementTable.load());
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor(ValidityCommand.SUMMARY)
    public void validity(@Descriptor("options; --help lists them") String... args) throws Exception {
        System.out.println(new ValidityCommand(screening, System.err).run(args));
    }
}

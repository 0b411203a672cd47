package org.matforge.optimizer.internal.osgi;

import org.apache.felix.service.command.Descriptor;
import org.matforge.commons.cli.MfCommand;
import org.matforge.optimizer.internal.campaign.CampaignStore;
import org.matforge.optimizer.internal.command.OptimiseCommand;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Gogo command {@code mf:optimise}: a thin adapter over {@link OptimiseCommand}, on the campaign store. */
@Component(service = Object.class)
@MfCommand(function = "optimise", summary = OptimiseCommand.SUMMARY)
public final class OptimiseCommandComponent {
    private final OptimiseCommand command;

    /** Works on the campaigns in {@code runs/campaigns} of the MatForge home, as {@link CampaignServiceComponent}. */
    @Activate
    public OptimiseCommandComponent(BundleContext context) {
        this.command = new OptimiseCommand(CampaignStore.inRunStore(context.getProperty("matforge.runs"), context.getProperty("matforge.home")));
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor(OptimiseCommand.SUMMARY)
    public void optimise(@Descriptor("subcommand and options; --help lists them") String... args) throws Exception {
        System.out.println(command.run(args));
    }
}

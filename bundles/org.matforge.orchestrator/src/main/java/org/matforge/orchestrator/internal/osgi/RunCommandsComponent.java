package org.matforge.orchestrator.internal.osgi;

import java.util.Dictionary;
import java.util.Hashtable;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.workflow.RunListener;
import org.matforge.commons.cli.MfCommand;
import org.matforge.orchestrator.internal.command.RunCommands;
import org.matforge.orchestrator.internal.engine.LocalWorkflowService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo commands {@code mf:run}, {@code mf:runs}, {@code mf:show}, {@code mf:cancel}: thin adapters over {@link RunCommands}. */
@Component(service = RunCommandsComponent.class)
@MfCommand(function = {"run", "runs", "show", "cancel"}, summary = {RunCommands.RUN, RunCommands.RUNS, RunCommands.SHOW, RunCommands.CANCEL})
public final class RunCommandsComponent {
    private final BundleContext context;
    private final LocalWorkflowService service;

    /** Creates the commands over this process's workflow service, which resolves a workflow file's relative paths against its folder. */
    @Activate
    public RunCommandsComponent(BundleContext context, @Reference LocalWorkflowService service) {
        this.context = context;
        this.service = service;
    }

    /** Runs a workflow file with progress on the terminal; prints where the report is. */
    @Descriptor(RunCommands.RUN)
    public void run(@Descriptor("workflow file and options; --help lists them") String... args) throws Exception {
        System.out.println(commands().run(System.err, args));
    }

    /** Lists the runs. */
    @Descriptor(RunCommands.RUNS)
    public void runs(@Descriptor("--help only") String... args) {
        System.out.println(commands().runs(args));
    }

    /** Shows one run. */
    @Descriptor(RunCommands.SHOW)
    public void show(@Descriptor("run id or a unique prefix of it") String... args) throws Exception {
        System.out.println(commands().show(args));
    }

    /** Cancels a run. */
    @Descriptor(RunCommands.CANCEL)
    public void cancel(@Descriptor("run id or a unique prefix of it") String... args) {
        System.out.println(commands().cancel(args));
    }

    private RunCommands commands() {
        RunCommands[] self = new RunCommands[1];
        self[0] = new RunCommands(service, runId -> {
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(RunListener.RUN, runId);
            RunListener listener = event -> self[0].onProgress(event);
            ServiceRegistration<RunListener> registration = context.registerService(RunListener.class, listener, props);
            return () -> {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the framework is stopping
                }
            };
        });
        return self[0];
    }
}

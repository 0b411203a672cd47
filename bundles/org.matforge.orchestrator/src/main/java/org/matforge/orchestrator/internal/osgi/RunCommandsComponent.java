package org.matforge.orchestrator.internal.osgi;

import java.nio.file.Path;
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
@MfCommand(function = {"run", "runs", "show", "cancel"})
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
    @Descriptor("run a workflow file (e.g. examples/workflows/wide-gap-gan.json) with progress; ends printing where the report is")
    public void run(@Descriptor("workflow JSON file") String file) throws Exception {
        RunCommands commands = commands();
        System.out.println(commands.run(Path.of(file), System.err));
    }

    /** Lists the runs. */
    @Descriptor("list workflow runs, newest first")
    public void runs() {
        System.out.println(commands().runs());
    }

    /** Shows one run. */
    @Descriptor("show a run's status, steps, result files and the end of its log")
    public void show(@Descriptor("run id") String id) throws Exception {
        System.out.println(commands().show(id));
    }

    /** Cancels a run. */
    @Descriptor("cancel a queued or running run (also one running in another MatForge process on the same run store)")
    public void cancel(@Descriptor("run id") String id) {
        System.out.println(commands().cancel(id));
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

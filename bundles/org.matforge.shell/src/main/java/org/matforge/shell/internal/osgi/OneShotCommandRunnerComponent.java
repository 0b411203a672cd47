package org.matforge.shell.internal.osgi;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.felix.service.command.CommandProcessor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * {@code matforge <command> [args]}: when the launcher was given arguments, runs them as one {@code mf:} command
 * on the launcher's main thread and exits with its status (0 ok, 1 the command failed, 2 wrong usage or no such
 * command). With no arguments and the framework property {@value #SHELL_PROPERTY}{@code =interactive} (the
 * {@code ./matforge} script sets it), runs MatForge's interactive shell ({@link InteractiveShell}) on that thread
 * instead. Otherwise, e.g. outside the bnd launcher (which registers the {@code launcher.arguments} service before
 * starting bundles), it does nothing and Gogo's own shell stays in charge.
 */
@Component(immediate = true, service = {})
public class OneShotCommandRunnerComponent {
    /** Framework property the launcher sets to {@code interactive} when it was given no command. */
    static final String SHELL_PROPERTY = "matforge.shell";
    private final ServiceRegistration<?> registration;

    /** Registers the main-thread callable when there are launcher arguments. */
    @Activate
    public OneShotCommandRunnerComponent(BundleContext context, @Reference CommandProcessor processor,
            @Reference(service = Object.class, target = "(launcher.arguments=*)", cardinality = ReferenceCardinality.OPTIONAL)
            Map<String, Object> launcher) {
        String[] args = launcher == null ? new String[0] : launcherArguments(launcher.get("launcher.arguments"));
        boolean interactive = launcher != null && args.length == 0 && "interactive".equals(context.getProperty(SHELL_PROPERTY));
        if (args.length == 0 && !interactive) {
            registration = null;
            return;
        }
        // The process's own streams: Gogo redirects System.out per session, so passing System.out would loop.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        Callable<Integer> command = interactive ? new InteractiveShell(context, processor, new FileInputStream(FileDescriptor.in), out, err)
                : new OneShotCommand(context, processor, args, out, err);
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("main.thread", Boolean.TRUE);
        registration = context.registerService(Callable.class, command, props);
    }

    /** Withdraws the callable. */
    @Deactivate
    public void deactivate() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework is stopping
            }
        }
    }

    private static String[] launcherArguments(Object value) {
        return value instanceof String[] array ? array : new String[0];
    }
}

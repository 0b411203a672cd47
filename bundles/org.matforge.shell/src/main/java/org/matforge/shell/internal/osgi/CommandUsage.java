package org.matforge.shell.internal.osgi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.felix.service.threadio.ThreadIO;
import org.matforge.commons.cli.MfCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * What {@code <command> [subcommand] --help} prints, asked of the command's service directly (its public method of
 * that name, called with the words and {@code --help}) with the calling thread's {@code System.out} captured through
 * Gogo's {@link ThreadIO} — a nested Gogo session would write into the running command's output instead.
 */
final class CommandUsage {
    private CommandUsage() {
    }

    /** @param words the command's name, then any subcommand @return its usage, or why there is none */
    static String of(BundleContext context, ThreadIO threadIO, List<String> words) {
        String name = words.get(0);
        ServiceReference<?> ref = reference(context, name);
        if (ref == null) {
            return name + ": no such command";
        }
        Object command = context.getService(ref);
        if (command == null) {
            return name + ": not available";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(words.subList(1, words.size()));
        args.add("--help");
        threadIO.setStreams(new ByteArrayInputStream(new byte[0]), out, out);
        try {
            Method method = command.getClass().getMethod(name, String[].class);
            method.invoke(command, (Object) args.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            return name + ": no usage (" + OneShotCommand.rootMessage(e.getCause()) + ")";
        } catch (ReflectiveOperationException e) {
            return name + ": no usage (its method takes no list of arguments)";
        } finally {
            threadIO.close();
            context.ungetService(ref);
        }
        return bytes.toString(StandardCharsets.UTF_8).stripTrailing();
    }

    private static ServiceReference<?> reference(BundleContext context, String name) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(&(" + MfCommand.SCOPE_PROPERTY + "=" + MfCommand.SCOPE
                    + ")(" + MfCommand.FUNCTION_PROPERTY + "=" + name + "))");
            return refs == null ? null : Arrays.stream(refs).sorted().reduce((a, b) -> b).orElse(null);
        } catch (InvalidSyntaxException e) {
            return null;
        }
    }
}

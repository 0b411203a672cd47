package org.matforge.shell.internal.osgi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.matforge.api.text.DidYouMean;
import org.matforge.commons.cli.MfCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The MatForge commands registered now (Gogo scope {@code mf}), each with the one-line summary it declares, by name. */
final class CommandCatalog {
    /** One command. */
    record Entry(String name, String summary) {
    }

    private final List<Entry> entries;

    CommandCatalog(List<Entry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing(Entry::name)).toList();
    }

    /** @return the commands registered in the framework now */
    static CommandCatalog of(BundleContext context) {
        List<Entry> entries = new ArrayList<>();
        ServiceReference<?>[] refs;
        try {
            refs = context.getServiceReferences((String) null, "(" + MfCommand.SCOPE_PROPERTY + "=" + MfCommand.SCOPE + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            String[] names = strings(ref.getProperty(MfCommand.FUNCTION_PROPERTY));
            String[] summaries = strings(ref.getProperty(MfCommand.SUMMARY_PROPERTY));
            for (int i = 0; i < names.length; i++) {
                String name = names[i];
                if (entries.stream().noneMatch(e -> e.name().equals(name))) {
                    entries.add(new Entry(name, i < summaries.length ? summaries[i] : ""));
                }
            }
        }
        return new CommandCatalog(entries);
    }

    private static String[] strings(Object value) {
        if (value instanceof String[] array) {
            return array;
        }
        return value == null ? new String[0] : new String[] {value.toString()};
    }

    List<Entry> entries() {
        return entries;
    }

    List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    boolean contains(String name) {
        return names().contains(name);
    }

    /** @return the closest command name to a mistyped one, if any is close */
    Optional<String> closest(String typed) {
        return DidYouMean.closest(typed, names());
    }

    /** @return the commands with one line each, as {@code help} prints them */
    String listing() {
        int width = entries.stream().mapToInt(e -> e.name().length()).max().orElse(0);
        StringBuilder out = new StringBuilder("MatForge commands (./matforge <command> --help, or help <command>, shows one's options and an example):\n");
        for (Entry e : entries) {
            out.append(String.format(Locale.ROOT, "  %-" + width + "s  %s%n", e.name(), e.summary()));
        }
        out.append("Launcher options before the command: --root DIR (a folder commands may use), --runs DIR (the run store).\n");
        out.append("Without a command, ./matforge starts the interactive shell (exit leaves it).");
        return out.toString();
    }
}

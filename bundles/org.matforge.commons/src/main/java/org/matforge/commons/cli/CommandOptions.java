package org.matforge.commons.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --name value} (or {@code --name=value}) command-line options, checked against the options a command
 * knows. Every error is an {@link IllegalArgumentException} with a one-line message fit for the terminal.
 */
public final class CommandOptions {
    private final String command;
    private final Map<String, String> values;

    private CommandOptions(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    /**
     * @param command the command's name, for messages
     * @param args    the arguments
     * @param known   option names without the leading dashes
     * @return the options
     * @throws IllegalArgumentException on an unknown, repeated or value-less option or a stray argument
     */
    public static CommandOptions parse(String command, String[] args, Set<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] given = args == null ? new String[0] : args;
        for (int i = 0; i < given.length; i++) {
            String arg = given[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException(command + ": unexpected argument '" + arg + "'; options are " + list(known));
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException(command + ": unknown option --" + name + "; options are " + list(known));
            }
            if (value == null) {
                if (i + 1 >= given.length || given[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException(command + ": option --" + name + " needs a value");
                }
                value = given[++i];
            }
            if (values.put(name, value) != null) {
                throw new IllegalArgumentException(command + ": option --" + name + " given twice");
            }
        }
        return new CommandOptions(command, Collections.unmodifiableMap(values));
    }

    /** @return the value of a mandatory option @throws IllegalArgumentException when it was not given */
    public String required(String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(command + ": missing required option --" + name);
        }
        return v;
    }

    /** @return the value of an option, or {@code fallback} when it was not given */
    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** @return the given options by name, in command-line order */
    public Map<String, String> asMap() {
        return values;
    }

    private static String list(Set<String> known) {
        StringBuilder sb = new StringBuilder();
        for (String k : new TreeSet<>(known)) {
            sb.append(sb.length() == 0 ? "" : ", ").append("--").append(k);
        }
        return sb.toString();
    }
}

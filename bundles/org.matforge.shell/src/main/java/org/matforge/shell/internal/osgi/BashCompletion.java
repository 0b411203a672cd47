package org.matforge.shell.internal.osgi;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A bash completion script for {@code ./matforge}, written by picocli's {@link AutoComplete} from a model of the
 * commands rebuilt from their usage texts (the options each lists, with a value or not; its subcommands): command
 * names, option names, subcommands, and file names where a file or folder is expected.
 */
final class BashCompletion {
    private static final Pattern OPTION = Pattern.compile("^\\s+(?:(-\\w), )?(--[\\w-]+)(?:=(\\S+))?");
    private static final Pattern SUBCOMMAND = Pattern.compile("^  ([a-z][\\w-]*)\\s{2,}");

    private BashCompletion() {
    }

    /**
     * @param usages command name → its usage, as {@code --help} prints it
     * @param subUsage "command subcommand" → that subcommand's usage
     * @return the script
     */
    static String script(Map<String, String> usages, Function<String, String> subUsage) {
        CommandSpec root = CommandSpec.create().name("matforge");
        root.addOption(OptionSpec.builder("--root").paramLabel("DIR").type(Path.class).description("a folder commands may use").build());
        root.addOption(OptionSpec.builder("--runs").paramLabel("DIR").type(Path.class).description("the run store").build());
        root.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).build());
        CommandLine cl = new CommandLine(root);
        usages.forEach((name, usage) -> cl.addSubcommand(name, new CommandLine(command(name, usage, subUsage))));
        String script = AutoComplete.bash("matforge", cl);
        String launcher = System.getProperty("matforge.launcher", "");
        return script + "# also when started by its path\ncomplete -F _complete_matforge -o default ./matforge" + (launcher.isEmpty() ? "" : " " + launcher) + "\n";
    }

    private static CommandSpec command(String name, String usage, Function<String, String> subUsage) {
        CommandSpec spec = CommandSpec.create().name(name);
        Map<String, String> subcommands = new LinkedHashMap<>();
        boolean inCommands = false;
        for (String line : usage.split("\n")) {
            Matcher option = OPTION.matcher(line);
            if (line.startsWith("Commands:")) {
                inCommands = true;
            } else if (inCommands && SUBCOMMAND.matcher(line).find()) {
                Matcher sub = SUBCOMMAND.matcher(line);
                sub.find();
                subcommands.put(sub.group(1), subUsage.apply(name + " " + sub.group(1)));
            } else if (option.find() && !spec.optionsMap().containsKey(option.group(2))) {
                spec.addOption(option(option));
                inCommands = false;
            } else if (!line.startsWith(" ")) {
                inCommands = false;
            }
        }
        if (subcommands.isEmpty()) {
            spec.addPositional(PositionalParamSpec.builder().arity("0..*").type(Path.class).paramLabel("ARG").build());
        }
        subcommands.forEach((sub, text) -> spec.addSubcommand(sub, new CommandLine(command(sub, text, s -> ""))));
        return spec;
    }

    private static OptionSpec option(Matcher m) {
        String[] names = m.group(1) == null ? new String[] {m.group(2)} : new String[] {m.group(1), m.group(2)};
        String label = m.group(3);
        OptionSpec.Builder b = OptionSpec.builder(names);
        if (label == null) {
            return b.arity("0").type(boolean.class).build();
        }
        boolean file = label.equals("FILE") || label.equals("DIR") || label.equals("ID|FILE");
        return b.arity("1").paramLabel(label).type(file ? Path.class : String.class).build();
    }
}

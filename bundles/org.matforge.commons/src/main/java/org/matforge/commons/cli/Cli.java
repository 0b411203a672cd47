package org.matforge.commons.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;

import org.matforge.api.text.DidYouMean;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs a MatForge command's picocli {@code @Command} object over the arguments Gogo passed on: fills its options in,
 * answers {@code --help}/{@code -h} with the usage (options with their defaults, and the example the command's footer
 * gives), and turns wrong usage into a {@link ParameterException} with a one-line message — the command, what is
 * wrong, a did-you-mean for a mistyped option or subcommand and where to look — that the launcher maps to exit
 * status 2. Picocli's exception type is shared by every bundle (picocli is a bundle of its own), so the shell
 * recognises it whichever bundle's command threw it.
 */
public final class Cli {
    private Cli() {
    }

    /** A command's work on its parsed options. @param <T> the options type @param <E> what it may throw */
    @FunctionalInterface
    public interface Action<T, E extends Exception> {
        /** @return what to print */
        String run(T options) throws E;
    }

    /**
     * @param options an object annotated with {@code @Command}, without subcommands
     * @param args    the arguments as given
     * @param action  the command's work
     * @return what to print: the usage on {@code --help}, else the action's result
     * @throws ParameterException on wrong usage
     */
    public static <T, E extends Exception> String run(T options, String[] args, Action<? super T, E> action) throws E {
        return dispatch(options, args, leaf -> {
            @SuppressWarnings("unchecked") T parsed = (T) leaf;
            return action.run(parsed);
        });
    }

    /**
     * Like {@link #run}, for a command with subcommands: the action gets the object of the subcommand given (its
     * parent's options are filled in as well).
     *
     * @throws ParameterException on wrong usage, or when a command that has subcommands is given none
     */
    public static <E extends Exception> String dispatch(Object options, String[] args, Action<Object, E> action) throws E {
        CommandLine root = commandLine(options);
        ParseResult result;
        try {
            result = root.parseArgs(args == null ? new String[0] : args);
        } catch (ParameterException e) {
            throw new ParameterException(e.getCommandLine(), message(firstComplaint(e)), e);
        }
        List<CommandLine> chain = result.asCommandLineList();
        CommandLine leaf = chain.get(chain.size() - 1);
        for (CommandLine c : chain) {
            if (c.isUsageHelpRequested()) {
                return usage(c);
            }
        }
        if (!leaf.getSubcommands().isEmpty()) {
            throw new ParameterException(leaf, name(leaf) + ": give a subcommand: " + String.join(", ", leaf.getSubcommands().keySet())
                    + hint(leaf));
        }
        return action.run(leaf.getCommand());
    }

    /** @return the usage of a command object (with subcommands), as {@code --help} prints it */
    public static String usage(Object options) {
        return usage(commandLine(options));
    }

    /** @return picocli's model of a command object, with MatForge's help option and usage settings */
    public static CommandLine commandLine(Object options) {
        CommandLine cl = new CommandLine(options);
        configure(cl);
        return cl;
    }

    private static void configure(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        if (spec.optionsMap().get("--help") == null) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help and exit").build());
        }
        spec.usageMessage().showDefaultValues(true).abbreviateSynopsis(false).sortOptions(false).width(100);
        cl.setOverwrittenOptionsAllowed(false);
        cl.setExpandAtFiles(false); // an argument starting with @ is itself, not a file of arguments
        cl.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        for (CommandLine sub : cl.getSubcommands().values()) {
            configure(sub);
        }
    }

    private static String usage(CommandLine cl) {
        StringWriter text = new StringWriter();
        cl.usage(new PrintWriter(text), Help.Ansi.OFF);
        return text.toString().stripTrailing();
    }

    /**
     * @return the complaint about a mistyped option or subcommand when there is one: picocli checks required options
     *         before it reports unknown ones, but "missing --featurizers" after "--featurizer magpie" hides the typo
     */
    private static ParameterException firstComplaint(ParameterException e) {
        List<String> unmatched = e.getCommandLine().getUnmatchedArguments();
        if (e instanceof CommandLine.UnmatchedArgumentException || unmatched.isEmpty()) {
            return e;
        }
        return new CommandLine.UnmatchedArgumentException(e.getCommandLine(), unmatched);
    }

    /** @return picocli's complaint in MatForge's words: "featurize: unknown option '--featurizer'; did you mean --featurizers? (…)" */
    static String message(ParameterException e) {
        CommandLine cl = e.getCommandLine();
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            List<String> suggestions = closest(first, u.getSuggestions());
            String what = first.startsWith("-") ? "unknown option '" + first + "'"
                    : cl.getSubcommands().isEmpty() ? "unexpected argument '" + first + "'" : "no subcommand '" + first + "'";
            String mean = suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?";
            return name(cl) + ": " + what + mean + hint(cl);
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            String missing = m.getMissing().stream().map(Cli::describe).collect(Collectors.joining(", "));
            boolean option = m.getMissing().stream().allMatch(ArgSpec::isOption);
            if (option && e.getMessage().startsWith("Missing required parameter for option")) {
                return name(cl) + ": option " + missing + " needs a value" + hint(cl);
            }
            return name(cl) + ": missing required " + (option ? "option " : "") + missing + hint(cl);
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return name(cl) + ": option " + describe(o.getOverwritten()) + " given twice" + hint(cl);
        }
        return name(cl) + ": " + lowerFirst(e.getMessage()) + hint(cl);
    }

    /** @return those of picocli's suggestions nearest to what was typed (edit distance), at most two */
    private static List<String> closest(String typed, List<String> suggestions) {
        int best = suggestions.stream().mapToInt(s -> DidYouMean.distance(typed, s)).min().orElse(0);
        return suggestions.stream().filter(s -> DidYouMean.distance(typed, s) == best).limit(2).toList();
    }

    private static String describe(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    private static String name(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName(" ");
    }

    private static String hint(CommandLine cl) {
        return " (see: " + name(cl) + " --help)";
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "wrong arguments" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

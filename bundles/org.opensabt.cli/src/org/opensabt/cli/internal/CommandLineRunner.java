package org.opensabt.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.model.store.CaseLock;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Parses an opensabt command line, runs the chosen command and turns every outcome into an exit
 * code and at most one line on stderr (a stack trace only with --debug). Independent of OSGi so
 * that it can be tested with any set of commands.
 */
public final class CommandLineRunner {

    public static final int EXIT_OK = 0;
    /** The command ran into bad input (CommandException). */
    public static final int EXIT_FAILED = 1;
    /** The command line itself is wrong. */
    public static final int EXIT_USAGE = 2;
    /** A bug: an unexpected exception (sysexits EX_SOFTWARE). */
    public static final int EXIT_INTERNAL = 70;

    @Command(name = "opensabt", sortOptions = false,
            description = "OpenSABT: CT-guided I-125 seed stereotactic ablative brachytherapy research platform.%n"
                    + "Global options go anywhere on the line: --json (machine-readable output on stdout), "
                    + "--debug (stack traces), --version, --help.",
            footer = "%nRun 'opensabt <command> --help' for a command's options.")
    static final class Root {
        @CommandLine.Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help.")
        boolean help;
        @CommandLine.Option(names = "--version", versionHelp = true, description = "Print the version.")
        boolean version;
        @CommandLine.Option(names = "--json", description = "Machine-readable output (one JSON object on stdout).")
        boolean json;
        @CommandLine.Option(names = "--debug", description = "Print stack traces of failures.")
        boolean debug;
    }

    private final SortedMap<String, Supplier<CliCommand>> commands;
    private final String version;
    private final Gson gson = new GsonBuilder().setPrettyPrinting().serializeNulls()
            .serializeSpecialFloatingPointValues().disableHtmlEscaping().create();

    public CommandLineRunner(Map<String, Supplier<CliCommand>> commands, String version) {
        this.commands = new TreeMap<>(commands);
        this.version = version;
    }

    public int run(String[] arguments, PrintStream out, PrintStream err, Path workingDirectory) {
        List<String> args = new ArrayList<>(List.of(arguments));
        boolean json = args.remove("--json");
        boolean debug = args.remove("--debug");
        if (!args.isEmpty() && args.get(0).equals("--version")) { // answered before any command bundle loads
            out.println(version);
            return EXIT_OK;
        }

        CommandLine root;
        try {
            root = buildCommandLine();
        } catch (RuntimeException e) {
            return internalError("opensabt", e, err, debug);
        }
        ParseResult parsed;
        try {
            parsed = root.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            return usageError(e, root, err, out, json);
        }
        if (root.isUsageHelpRequested()) {
            root.usage(out);
            return EXIT_OK;
        }
        if (root.isVersionHelpRequested()) {
            out.println(version);
            return EXIT_OK;
        }
        if (!parsed.hasSubcommand()) {
            return report(err, out, json, "opensabt", EXIT_USAGE,
                    "no command given (commands: " + topLevelNames(root) + "; see 'opensabt --help')");
        }
        ParseResult sub = parsed.subcommand();
        String name = sub.commandSpec().name();
        while (sub.hasSubcommand() && !sub.commandSpec().commandLine().isUsageHelpRequested()) {
            sub = sub.subcommand();
            name = name + " " + sub.commandSpec().name();
        }
        CommandLine subLine = sub.commandSpec().commandLine();
        if (subLine.isUsageHelpRequested()) {
            subLine.usage(out);
            return EXIT_OK;
        }
        if (!(subLine.getCommand() instanceof CliCommand command)) {
            return report(err, out, json, "opensabt " + name, EXIT_USAGE, "give one of: "
                    + String.join(", ", subLine.getSubcommands().keySet()) + " (see 'opensabt " + name + " --help')");
        }
        CommandContext context = new CommandContext(out, err, workingDirectory, json, debug, version);
        CommandResult result;
        CaseLock.setActivity("opensabt " + name); // named in the lock files of the cases this command writes
        try {
            result = command.run(context);
        } catch (ParameterException e) {
            // a combination of options the parser cannot express (e.g. --out unless --list): a command-line error
            return usageError(e, root, err, out, json);
        } catch (CommandException e) {
            if (debug) {
                e.printStackTrace(err);
            }
            return report(err, out, json, "opensabt " + name, EXIT_FAILED, e.getMessage());
        } catch (Exception | LinkageError | AssertionError e) {
            return internalError("opensabt " + name, e, err, debug);
        } finally {
            CaseLock.setActivity(null);
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("command", name);
            doc.put("ok", true);
            doc.put("result", result == null ? null : result.toJson());
            out.println(gson.toJson(doc));
        } else if (result != null) {
            out.println(result.toText());
        }
        return EXIT_OK;
    }

    /** The whole command tree (root, groups, commands), as parsed by {@link #run}; also for the reference. */
    CommandLine buildCommandLine() {
        CommandLine root = new CommandLine(new Root());
        root.getCommandSpec().version(version);
        root.setCaseInsensitiveEnumValuesAllowed(true);
        Map<String, CommandLine> groups = new TreeMap<>();
        for (Map.Entry<String, Supplier<CliCommand>> entry : commands.entrySet()) {
            CommandLine sub = withHelp(new CommandLine(entry.getValue().get()));
            String[] words = entry.getKey().trim().split("\\s+");
            // "bench dose", "features trust add": commands inside (nested) groups; each group lists its members
            CommandLine parent = root;
            String path = "";
            for (int i = 0; i < words.length - 1; i++) {
                path = path.isEmpty() ? words[i] : path + " " + words[i];
                String groupPath = path;
                CommandLine outer = parent;
                String word = words[i];
                parent = groups.computeIfAbsent(groupPath, g -> {
                    CommandLine line = withHelp(new CommandLine(new Group()));
                    line.getCommandSpec().usageMessage().description("Commands: 'opensabt " + g + " <name> --help' for each.");
                    outer.addSubcommand(word, line);
                    return line;
                });
            }
            parent.addSubcommand(words[words.length - 1], sub);
        }
        return root;
    }

    /** The words that may follow opensabt: commands and groups, sorted; hidden commands (help-reference) not. */
    private static String topLevelNames(CommandLine root) {
        return String.join(", ", new java.util.TreeSet<>(root.getSubcommands().entrySet().stream()
                .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden()).map(Map.Entry::getKey).toList()));
    }

    /** A command made of sub-commands contributed as "group name" (e.g. bench dose). */
    @Command
    static final class Group {
    }

    private static CommandLine withHelp(CommandLine line) {
        if (line.getCommandSpec().findOption("--help") == null) {
            line.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help.").build());
        }
        return line;
    }

    private int usageError(ParameterException e, CommandLine root, PrintStream err, PrintStream out, boolean json) {
        CommandLine where = e.getCommandLine();
        String prefix = where == root ? "opensabt" : where.getCommandSpec().qualifiedName(" ");
        String message;
        if (where == root && e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + u.getUnmatched().get(0) + "' (commands: " + topLevelNames(root)
                    + "; see 'opensabt --help')";
        } else {
            message = e.getMessage() + " (see '" + prefix + " --help')";
        }
        return report(err, out, json, prefix, EXIT_USAGE, message);
    }

    private int internalError(String prefix, Throwable e, PrintStream err, boolean debug) {
        if (debug) {
            e.printStackTrace(err);
        }
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        err.println(prefix + ": internal error: " + oneLine(message) + (debug ? "" : " (run with --debug for the stack trace)"));
        return EXIT_INTERNAL;
    }

    private int report(PrintStream err, PrintStream out, boolean json, String prefix, int exitCode, String message) {
        err.println(prefix + ": error: " + oneLine(message));
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ok", false);
            doc.put("exitCode", exitCode);
            doc.put("error", oneLine(message));
            out.println(gson.toJson(doc));
        }
        return exitCode;
    }

    static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}

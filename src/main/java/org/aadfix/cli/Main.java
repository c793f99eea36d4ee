package org.aadfix.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/** Entry point. {@link #run} is what tests call; {@code System.exit} happens only here in {@link #main}. */
public final class Main {
  private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  /**
   * Lucene 9 announces its memory-mapping and vectorization choices through java.util.logging on Java 19 and newer;
   * a lookup's standard error stays empty unless something is wrong. Held here so the setting is not collected.
   */
  private static final java.util.logging.Logger LUCENE_LOG =
      Runtime.version().feature() >= 19 ? java.util.logging.Logger.getLogger("org.apache.lucene") : null;

  private Main() {}

  public static void main(String[] args) {
    if (LUCENE_LOG != null) {
      LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(System.in, out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command line and returns its exit code; nothing here calls {@code System.exit}. When {@code in} is the
   * process's own standard input, whether it is a terminal decides prompts, and actions inherit the console.
   */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    boolean own = in == System.in;
    return run(new Console(in, own && Terminal.isInteractive(), own), out, err, args);
  }

  /** As {@link #run(InputStream, PrintWriter, PrintWriter, String...)}, with the console described explicitly. */
  static int run(Console console, PrintWriter out, PrintWriter err, String... args) {
    AadfixCommand top = new AadfixCommand(console);
    String[] effective = withShorthand(args);
    LookupCommand plain = PlainLookup.bind(top, effective);
    if (plain == null) {
      return runPicocli(top, out, err, effective);
    }
    int code;
    try {
      code = plain.execute(out, err);
    } catch (Exception ex) {
      // As picocli hands a command's exception to the handler below.
      code = failed(ex, top.verbose, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Every command line through picocli, plain lookups too: PlainLookupTest compares the two paths. */
  static int runPicocli(Console console, PrintWriter out, PrintWriter err, String... args) {
    return runPicocli(new AadfixCommand(console), out, err, withShorthand(args));
  }

  private static int runPicocli(AadfixCommand top, PrintWriter out, PrintWriter err, String[] effective) {
    CommandLine cmd = new CommandLine(top);
    if (effective.length > 0 && AadfixCommand.SUBCOMMANDS.contains(effective[0])) {
      cmd.addSubcommand(effective[0], AadfixCommand.subcommand(effective[0]));
    } else {
      // Help, version or a usage error: the full model, so that help lists every command.
      for (String name : AadfixCommand.SUBCOMMANDS) {
        cmd.addSubcommand(name, AadfixCommand.subcommand(name));
      }
    }
    cmd.setOut(out);
    cmd.setErr(err);
    if (cmd.getSubcommands().containsKey("query")) {
      cmd.getSubcommands().get("query").setUnmatchedOptionsArePositionalParams(true);
    }
    cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, top.verbose, err));
    cmd.setParameterExceptionHandler((ex, parsed) -> {
      err.println("aadfix: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandName()
          + " --help')");
      err.flush();
      return ExitCodes.USAGE;
    });
    int code = cmd.execute(effective);
    out.flush();
    err.flush();
    return code;
  }

  /** A command failed: one line, a stack trace only with --verbose, and the exit code for the kind of failure. */
  private static int failed(Exception ex, boolean verbose, PrintWriter err) {
    int code = Errors.exitCode(ex);
    err.println("aadfix: " + Errors.message(ex));
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** {@code aadfix TEXT...} means {@code aadfix query TEXT...}; bare {@code aadfix} reads a paste. */
  static String[] withShorthand(String[] args) {
    if (args.length > 0
        && (AadfixCommand.SUBCOMMANDS.contains(args[0]) || TOP_LEVEL_OPTIONS.contains(args[0])
            || args[0].equals("--verbose"))) {
      return args;
    }
    List<String> result = new ArrayList<>();
    result.add("query");
    result.addAll(Arrays.asList(args));
    return result.toArray(new String[0]);
  }
}

package org.aadfix.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(
    name = "aadfix",
    mixinStandardHelpOptions = true,
    // Subcommands inherit -h/--help and -V/--version, so that 'aadfix code --help' (which usage errors point to)
    // works, and 'aadfix query --help' shows help instead of looking up the word.
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = {
      "Offline troubleshooting for Azure AD / Microsoft Entra ID errors.",
      "Paste an error (Event Viewer text, a PowerShell error, a redirect URL, a log line), an event ID or an AADSTS"
          + " code, and get the cause, the fix and the bundled remediation.",
      "",
      "  aadfix \"AADSTS70002: Error validating credentials. AADSTS50054: Old password is used for authentication.\"",
      "  aadfix event 6900",
      "  aadfix code 50054",
      "",
      "'aadfix TEXT...' is short for 'aadfix query TEXT...'; with no text it reads the paste from standard input."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:found (lint: no errors)",
      "1:nothing found, or no confident answer",
      "2:usage error or invalid input (lint: the knowledge has errors)",
      "3:aadfix failed (index or knowledge folder unreadable)",
      "4-7:aadfix run: cannot run here, not confirmed, action failed, timed out (see 'aadfix run --help')",
    })
final class AadfixCommand {
  /**
   * The subcommands in help order. They are registered by {@link Main}: only the one being run, so that a lookup
   * pays for one command model rather than for all of them.
   */
  static final List<String> SUBCOMMANDS =
      List.of("query", "event", "code", "show", "list", "run", "lint", "index", "eval");

  /**
   * A new command object for one of {@link #SUBCOMMANDS}. A switch rather than a map of constructor references: the
   * first lambda of a run sets up the JVM's method-handle machinery, which a code or event lookup otherwise never
   * needs.
   */
  static Object subcommand(String name) {
    return switch (name) {
      case "query" -> new QueryCommand();
      case "event" -> new EventCommand();
      case "code" -> new CodeCommand();
      case "show" -> new ShowCommand();
      case "list" -> new ListCommand();
      case "run" -> new RunCommand();
      case "lint" -> new LintCommand();
      case "index" -> new IndexCommand();
      case "eval" -> new EvalCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  final Console console;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces for failures.")
  boolean verbose;

  AadfixCommand(Console console) {
    this.console = console;
  }
}

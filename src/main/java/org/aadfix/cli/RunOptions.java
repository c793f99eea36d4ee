package org.aadfix.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of a launch, shared by {@code aadfix run} and {@code aadfix query --run}. */
final class RunOptions {
  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "A declared parameter of the action; the value must match its declared pattern.")
  List<String> params;

  @Option(names = "--dry-run", description = "Show exactly what would run, then stop; nothing is started.")
  boolean dryRun;

  @Option(names = "--what-if", description = "Run with -WhatIf (where the cmdlet supports it): it reports and changes nothing.")
  boolean whatIf;

  @Option(names = {"-y", "--yes"}, description = "Confirm without asking, for unattended runs.")
  boolean yes;

  @Option(names = "--shell", paramLabel = "PATH",
      description = "The PowerShell to use (default: powershell.exe on Windows, otherwise pwsh on PATH).")
  Path shell;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "End the action and its child processes if it runs longer (default: ${DEFAULT-VALUE} s).")
  long timeoutSeconds = 1800;

  @Option(names = "--audit-log", paramLabel = "FILE",
      description = "Append the audit record here (default: audit.jsonl in the user's aadfix configuration folder).")
  Path auditLog;

  Map<String, String> parameters() {
    Map<String, String> map = new LinkedHashMap<>();
    if (params != null) {
      for (String p : params) {
        int eq = p.indexOf('=');
        if (eq <= 0) {
          throw new UserException("--param takes NAME=VALUE, not '" + p + "'");
        }
        map.put(p.substring(0, eq), p.substring(eq + 1));
      }
    }
    return map;
  }

  Duration timeout() {
    if (timeoutSeconds < 1) {
      throw new UserException("--timeout must be at least 1 second");
    }
    return Duration.ofSeconds(timeoutSeconds);
  }
}

package org.aadfix.cli;

import picocli.CommandLine.Option;

/** {@code --format} and colour, shared by every lookup. */
final class OutputOptions {
  enum Format {
    text,
    json
  }

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--no-color", description = "No colour even on a terminal (NO_COLOR does the same).")
  boolean noColor;

  boolean json() {
    return format == Format.json;
  }

  /** Colour only on a terminal, and never when NO_COLOR is set to anything non-empty. */
  boolean color() {
    String noColorEnv = System.getenv("NO_COLOR");
    return !noColor && (noColorEnv == null || noColorEnv.isEmpty()) && Terminal.isInteractive();
  }
}

package org.aadfix.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The launcher's training run for its class-data-sharing archive: the lookups people run, one after the other in
 * one JVM, so that the archive holds the classes each needs (a query, an event and a code lookup sort, collect and
 * render differently). Output is discarded. Argument: an index folder of the training's own.
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) {
    String paste = "AADSTS70002: Error validating credentials. AADSTS50054: Old password is used for authentication.";
    String[][] lookups = {
      {"query", paste},
      {"query", "--format", "json", paste},
      {"event", "6900"},
      {"event", "--format", "json", "6900"},
      {"code", "50054"},
      {"code", "--format", "json", "50054"},
    };
    PrintWriter sink = new PrintWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
    int worst = 0;
    for (String[] lookup : lookups) {
      String[] withIndex = Arrays.copyOf(lookup, lookup.length + 2);
      withIndex[lookup.length] = "--index";
      withIndex[lookup.length + 1] = args[0];
      Console console = new Console(InputStream.nullInputStream(), false, false);
      worst = Math.max(worst, Main.run(console, sink, sink, withIndex));
    }
    // Found or not found both train; a usage error or a failure means something is broken, and the uncaught
    // exception ends the JVM with a non-zero status (System.exit belongs to Main alone).
    if (worst >= ExitCodes.USAGE) {
      throw new IllegalStateException("a training lookup ended with exit code " + worst);
    }
  }
}

package org.aadfix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in PowerShell: a small shell script named {@code pwsh} that records each invocation's arguments (one per
 * line, invocations separated by a line "--") and exits with a chosen code. Preflight runs exit with the code in
 * {@code preflight-exit}, actions with the one in {@code exit}, after sleeping {@code sleep} seconds.
 */
public final class StandIn {
  public final Path bin;
  public final Path log;
  private final Path dir;

  public StandIn(Path dir) {
    this.dir = dir;
    this.bin = dir.resolve("bin");
    this.log = dir.resolve("calls.log");
    try {
      Files.createDirectories(bin);
      Path script = bin.resolve("pwsh");
      Files.writeString(script, """
          #!/bin/sh
          d="$(dirname "$0")/.."
          for a in "$@"; do printf '%s\\n' "$a" >> "$d/calls.log"; done
          printf -- '--\\n' >> "$d/calls.log"
          case "$*" in
            *preflight.ps1*) exit "$(cat "$d/preflight-exit" 2>/dev/null || echo 0)" ;;
          esac
          echo "stand-in output: SECRET-OUTPUT-LINE"
          sleep "$(cat "$d/sleep" 2>/dev/null || echo 0)"
          exit "$(cat "$d/exit" 2>/dev/null || echo 0)"
          """);
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path program() {
    return bin.resolve("pwsh");
  }

  public void set(String name, String value) {
    try {
      Files.writeString(dir.resolve(name), value + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every recorded invocation, as its argument list. */
  public List<List<String>> calls() {
    List<List<String>> calls = new ArrayList<>();
    if (!Files.exists(log)) {
      return calls;
    }
    try {
      List<String> current = new ArrayList<>();
      for (String line : Files.readAllLines(log)) {
        if (line.equals("--")) {
          calls.add(current);
          current = new ArrayList<>();
        } else {
          current.add(line);
        }
      }
      return calls;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.aadfix.knowledge;

import java.nio.file.Path;

/** One finding about a knowledge file, with the line it concerns (1-based; 0 when it concerns the whole file). */
public record Problem(Path file, int line, Severity severity, String message) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line: error: message}, the shape compilers use, so that editors can jump to it. */
  public String format(Path base) {
    Path shown = base != null && file.startsWith(base) ? base.relativize(file) : file;
    String where = line > 0 ? shown + ":" + line : shown.toString();
    return where + ": " + (isError() ? "error" : "warning") + ": " + message;
  }
}

package org.aadfix.actions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds PowerShell: Windows PowerShell on Windows, PowerShell 7 ({@code pwsh}) elsewhere, or the one asked for. */
public final class Interpreter {
  private Interpreter() {}

  public static boolean onWindows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  /** The program name shown in a preview when none is found. */
  public static String defaultName() {
    return onWindows() ? "powershell.exe" : "pwsh";
  }

  /** The explicit {@code --shell}, if given and executable; otherwise the first candidate on {@code PATH}. */
  public static Optional<Path> find(Path explicit, String pathVariable) {
    if (explicit != null) {
      return Files.isRegularFile(explicit) && Files.isExecutable(explicit)
          ? Optional.of(explicit.toAbsolutePath())
          : Optional.empty();
    }
    List<String> names = onWindows() ? List.of("powershell.exe", "pwsh.exe") : List.of("pwsh");
    if (pathVariable == null) {
      return Optional.empty();
    }
    for (String name : names) {
      for (String dir : pathVariable.split(File.pathSeparator)) {
        if (dir.isBlank()) {
          continue;
        }
        Path candidate = Path.of(dir).resolve(name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}

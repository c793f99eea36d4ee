package org.aadfix.actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.aadfix.model.Action;

/** Checks, without changing anything, that an action can run here: Windows, its module, an elevated session. */
public final class Preflight {
  public static final String SCRIPT = "preflight.ps1";
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final ProcessSeam seam;
  private final Path runtimeDir;

  public Preflight(ProcessSeam seam, Path actionsDir) {
    this.seam = seam;
    this.runtimeDir = actionsDir.resolve(Planner.RUNTIME);
  }

  /** Empty when the action can run; otherwise one sentence saying what to do instead. */
  public Optional<String> check(Path interpreter, Action action) {
    Path script = runtimeDir.resolve(SCRIPT);
    if (!Files.isRegularFile(script)) {
      return Optional.of("the bundled preflight script is missing (" + script + "); reinstall aadfix");
    }
    boolean elevated = Boolean.TRUE.equals(action.elevated());
    List<String> argv = List.of(interpreter.toString(), "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
        "-File", script.toString(), action.module(), Boolean.toString(elevated));
    ProcessSeam.Result r = seam.check(argv, TIMEOUT);
    String where = "run it on " + action.runsOn() + (elevated ? ", in an elevated PowerShell (Run as administrator)" : "");
    if (r.timedOut()) {
      return Optional.of("the preflight check did not finish within " + TIMEOUT.toSeconds() + " s; " + where);
    }
    return switch (r.exitCode()) {
      case 0 -> Optional.empty();
      case 10 -> Optional.of("'" + action.id() + "' only runs on Windows: " + where);
      case 11 -> Optional.of("the PowerShell module " + action.module() + " is not installed here: " + where);
      case 12 -> Optional.of("'" + action.id() + "' needs an elevated session: open PowerShell with Run as administrator on "
          + action.runsOn() + " and run aadfix again");
      default -> Optional.of("the preflight check failed with exit code " + r.exitCode() + "; " + where);
    };
  }
}

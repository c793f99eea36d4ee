package org.aadfix.actions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aadfix.model.Action;

/**
 * Exactly what would run: the interpreter's argument list, the script it runs and its text, and the validated
 * parameter values. Built only from the catalog and declared parameters; nothing in it was ever parsed as code.
 */
public record Plan(
    Action action, List<String> argv, Path script, String scriptText, Map<String, String> parameters, boolean whatIf) {
  public Plan {
    argv = List.copyOf(argv);
    parameters = Map.copyOf(parameters);
  }
}

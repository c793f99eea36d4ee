package org.aadfix.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aadfix.model.Action;
import org.aadfix.model.Entry;

/**
 * The knowledge as loaded: valid entries and actions, and every problem found. An entry or action with an error is
 * left out of the lists; warnings do not exclude anything. {@code fingerprint} is {@link Fingerprint#of} of the bytes
 * that were parsed, or null when only the actions were loaded.
 */
public record Knowledge(
    Path root, List<Entry> entries, Map<String, Action> actions, List<Problem> problems, String fingerprint) {

  public Knowledge {
    entries = List.copyOf(entries);
    actions = Map.copyOf(actions);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public long count(Problem.Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).count();
  }
}

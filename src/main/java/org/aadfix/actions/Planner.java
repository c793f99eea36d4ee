package org.aadfix.actions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.aadfix.model.Action;
import org.aadfix.model.ActionParameter;

/**
 * Turns a catalogued action and the operator's parameter values into a {@link Plan}. Every value must match its
 * declared pattern in full, and may hold no control characters; undeclared parameters are refused.
 */
public final class Planner {
  /** Folder of the helper scripts that ship with the catalog. */
  public static final String RUNTIME = "runtime";

  public static final String INVOKE_CMDLET = "invoke-cmdlet.ps1";
  static final int MAX_VALUE_LENGTH = 256;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");

  private final Path actionsDir;

  public Planner(Path actionsDir) {
    this.actionsDir = actionsDir;
  }

  /** Validates {@code given} (name to value) against the action's declared parameters and builds the argument list. */
  public Plan plan(Action action, Map<String, String> given, boolean whatIf, String interpreter) {
    if (whatIf && !Boolean.TRUE.equals(action.supportsWhatif())) {
      throw new ActionException("'" + action.id() + "' does not support -WhatIf; use --dry-run to see what would run");
    }
    Map<String, String> values = validate(action, given);
    List<String> argv = new ArrayList<>(List.of(interpreter, "-NoProfile", "-ExecutionPolicy", "Bypass", "-File"));
    Path script;
    if (action.script() != null) {
      script = actionsDir.resolve(action.script());
      argv.add(script.toString());
      values.forEach((name, value) -> {
        argv.add("-" + name);
        argv.add(value);
      });
      if (whatIf) {
        argv.add("-WhatIf");
      }
    } else {
      script = actionsDir.resolve(RUNTIME).resolve(INVOKE_CMDLET);
      argv.add(script.toString());
      argv.add(action.module());
      argv.add(action.cmdlet());
      values.forEach((name, value) -> {
        argv.add("-" + name);
        argv.add(value);
      });
      if (whatIf) {
        argv.add("-WhatIf");
        argv.add("true");
      }
    }
    return new Plan(action, argv, script, read(script), values, whatIf);
  }

  private static Map<String, String> validate(Action action, Map<String, String> given) {
    Map<String, ActionParameter> declared = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    action.parameters().forEach(p -> declared.put(p.name(), p));
    for (String name : given.keySet()) {
      if (!declared.containsKey(name)) {
        throw new ActionException("'" + action.id() + "' has no parameter '" + printable(name) + "'"
            + (declared.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", declared.keySet())));
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (ActionParameter p : action.parameters()) {
      String value = given.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(p.name()))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(p.defaultValue());
      if (value == null) {
        throw new ActionException("'" + action.id() + "' needs --param " + p.name() + "=VALUE (" + p.description() + ")");
      }
      if (value.length() > MAX_VALUE_LENGTH) {
        throw new ActionException("the value of " + p.name() + " is longer than " + MAX_VALUE_LENGTH + " characters");
      }
      if (CONTROL.matcher(value).find()) {
        throw new ActionException("the value of " + p.name() + " holds control characters or line breaks");
      }
      if (!Pattern.compile(p.pattern()).matcher(value).matches()) {
        throw new ActionException("the value '" + printable(value) + "' of " + p.name() + " does not match "
            + p.pattern());
      }
      values.put(p.name(), value);
    }
    return values;
  }

  private static String read(Path script) {
    try {
      return Files.readString(script, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled script " + script, e);
    }
  }

  /** Shows a refused value without letting it move the cursor or colour the terminal. */
  static String printable(String s) {
    String shown = CONTROL.matcher(s).replaceAll("?");
    return shown.length() > 60 ? shown.substring(0, 60) + "..." : shown;
  }
}

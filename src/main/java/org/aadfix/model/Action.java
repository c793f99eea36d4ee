package org.aadfix.model;

import java.util.List;

/** A bundled remediation from the catalog; only catalogued actions can ever run. */
public record Action(
    String id,
    String title,
    String risk,
    String runsOn,
    Boolean elevated,
    String module,
    String cmdlet,
    String script,
    List<ActionParameter> parameters,
    Boolean supportsWhatif,
    List<String> prompts,
    String changes,
    String verify,
    String reference) {

  public static final List<String> RISKS =
      List.of("read-only", "changes-configuration", "rotates-credentials");

  public Action {
    parameters = Lists.copy(parameters);
    prompts = Lists.copy(prompts);
  }
}

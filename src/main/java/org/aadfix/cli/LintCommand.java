package org.aadfix.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.aadfix.knowledge.Knowledge;
import org.aadfix.knowledge.KnowledgeLoader;
import org.aadfix.knowledge.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "lint",
    description = {
      "Check every knowledge file and report all problems at once, as file:line: severity: message.",
      "Errors (a file lookups would skip) make it exit 2; with --strict, warnings (quality gates) do too.",
    })
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOptions indexOptions;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Knowledge k = new KnowledgeLoader().load(indexOptions.knowledgeDir());
    for (Problem p : k.problems()) {
      out.println(p.format(k.root()));
    }
    long errors = k.count(Problem.Severity.ERROR);
    long warnings = k.count(Problem.Severity.WARNING);
    out.println("checked " + k.entries().size() + " entries and " + k.actions().size() + " actions: "
        + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
    return errors > 0 || (strict && warnings > 0) ? ExitCodes.USAGE : ExitCodes.FOUND;
  }
}

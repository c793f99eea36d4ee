package org.aadfix.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aadfix.knowledge.Knowledge;
import org.aadfix.knowledge.KnowledgeLoader;
import org.aadfix.model.Action;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "run",
    description = {
      "Launch a bundled remediation from the catalog, safely.",
      "Shows exactly what will run, checks that it can run here (PowerShell, the module, an elevated session), asks"
          + " in proportion to the risk (nothing for read-only, 'yes' for a configuration change, the action id for a"
          + " credential rotation), runs it with a timeout and appends an audit record. Only catalogued actions run.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the action succeeded, or the dry run was shown",
      "2:usage error: unknown action, undeclared parameter, value that fails its pattern",
      "4:cannot run here: no PowerShell, module missing, not elevated, audit log not writable",
      "5:not confirmed, declined, or refused without --yes on a non-terminal",
      "6:the action ran and PowerShell exited with a non-zero code",
      "7:the action ran past --timeout and was ended",
    })
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AadfixCommand parent;

  @Mixin IndexOptions indexOptions;

  @Mixin RunOptions runOptions;

  @Parameters(paramLabel = "ACTION", description = "The action id, e.g. reset-aad-connector-account.")
  String actionId;

  @Override
  public Integer call() {
    Path knowledge = indexOptions.knowledgeDir();
    Knowledge catalog = new KnowledgeLoader().loadActions(knowledge);
    Action action = catalog.actions().get(actionId);
    if (action == null) {
      throw new UserException("no action '" + actionId + "' in the catalog; there are: "
          + String.join(", ", catalog.actions().keySet()));
    }
    return new ActionFlow(parent.console, spec.commandLine().getOut(), spec.commandLine().getErr())
        .launch(action, knowledge.resolve(KnowledgeLoader.ACTIONS), runOptions, null);
  }
}

package org.aadfix.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.aadfix.index.KnowledgeIndex;
import org.aadfix.search.Hit;
import org.aadfix.search.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Print one entry in full, by its id.")
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOptions indexOptions;

  @Mixin OutputOptions output;

  @Parameters(paramLabel = "ID", description = "The entry id, e.g. sync-aad-connector-account-password-changed.")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeIndex index = indexOptions.open(spec.commandLine().getErr())) {
      Optional<Hit> hit = new Lookup(index).show(id.strip());
      if (output.json()) {
        new JsonRenderer(out).results("show", null, null, hit.map(List::of).orElse(List.of()), false);
      } else if (hit.isEmpty()) {
        out.println("No entry has the id '" + id + "' (aadfix list shows them all).");
      } else {
        new TextRenderer(out, output.color()).full(0, hit.get(), false);
      }
      return hit.isPresent() ? ExitCodes.FOUND : ExitCodes.NOT_FOUND;
    }
  }
}

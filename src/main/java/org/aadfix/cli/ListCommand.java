package org.aadfix.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.aadfix.index.KnowledgeIndex;
import org.aadfix.search.Hit;
import org.aadfix.search.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List entries, a line each, optionally by component or tag.")
final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOptions indexOptions;

  @Mixin OutputOptions output;

  @Option(names = "--component", paramLabel = "C", description = "Only entries of this component, e.g. password-hash-sync.")
  String component;

  @Option(names = "--tag", paramLabel = "T", description = "Only entries with this tag.")
  String tag;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeIndex index = indexOptions.open(spec.commandLine().getErr())) {
      List<Hit> hits = new Lookup(index).list(component, tag);
      if (output.json()) {
        new JsonRenderer(out).results("list", null, null, hits, false);
      } else {
        int width = hits.stream().mapToInt(h -> h.entry().id().length()).max().orElse(0);
        for (Hit h : hits) {
          out.println(String.format(java.util.Locale.ROOT, "%-" + width + "s  %s", h.entry().id(), h.entry().title()));
        }
        if (hits.isEmpty()) {
          out.println("No entries match.");
        }
      }
      return hits.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.FOUND;
    }
  }
}

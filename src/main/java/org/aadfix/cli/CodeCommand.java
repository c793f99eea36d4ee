package org.aadfix.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.aadfix.index.KnowledgeIndex;
import org.aadfix.model.Codes;
import org.aadfix.search.Hit;
import org.aadfix.search.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "code",
    description = "Every entry for an AADSTS code: AADSTS50054, aadsts50054 and 50054 all work.")
final class CodeCommand implements Callable<Integer>, LookupCommand {
  @Spec CommandSpec spec;

  @Mixin IndexOptions indexOptions;

  @Mixin OutputOptions output;

  @Parameters(paramLabel = "CODE", description = "The code, with or without the AADSTS prefix.")
  String code;

  @Override
  public Integer call() {
    return execute(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  @Override
  public int execute(PrintWriter out, PrintWriter err) {
    Optional<String> normalized = Codes.normalize(code);
    if (normalized.isEmpty()) {
      throw new UserException("'" + code + "' is not an AADSTS code (e.g. AADSTS50054 or 50054)");
    }
    String canonical = normalized.get();
    List<Hit> hits = indexOptions.exact(err, canonical, 0);
    if (hits == null) {
      try (KnowledgeIndex index = indexOptions.open(err)) {
        hits = new Lookup(index).byCode(canonical);
      }
    }
    if (output.json()) {
      new JsonRenderer(out).results("code", null, null, hits, false);
    } else if (hits.isEmpty()) {
      out.println("No entry knows " + canonical + ".");
    } else {
      TextRenderer r = new TextRenderer(out, output.color());
      for (int i = 0; i < hits.size(); i++) {
        if (i > 0) {
          out.println();
        }
        r.full(i + 1, hits.get(i), false);
      }
    }
    return hits.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.FOUND;
  }
}

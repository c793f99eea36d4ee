package org.aadfix.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.aadfix.index.IndexStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "index",
    description = {
      "Build the index from the knowledge now. Lookups also rebuild it by themselves whenever the knowledge changes.",
      "Files with errors are skipped and named on standard error.",
    })
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOptions indexOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    IndexStore.BuildReport report = indexOptions.store().rebuild();
    for (String skipped : report.skipped()) {
      err.println("aadfix: skipped " + skipped);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.println(String.format(java.util.Locale.ROOT,
        "indexed %d entries and %d actions in %.2f s (reading %.2f s, indexing %.2f s) into %s",
        report.entries(), report.actions(), seconds, report.loading().toNanos() / 1e9,
        report.indexing().toNanos() / 1e9, indexOptions.indexDir()));
    return ExitCodes.FOUND;
  }
}

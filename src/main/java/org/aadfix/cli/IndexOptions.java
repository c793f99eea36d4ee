package org.aadfix.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.aadfix.index.IndexStore;
import org.aadfix.index.KnowledgeIndex;
import picocli.CommandLine.Option;

/** {@code --index} and {@code --knowledge}, shared by every command that reads the knowledge. */
final class IndexOptions {
  @Option(names = "--index", paramLabel = "DIR",
      description = "Index folder (default: index/ next to the installed aadfix).")
  Path index;

  @Option(names = "--knowledge", paramLabel = "DIR",
      description = "Knowledge folder (default: knowledge/ next to the installed aadfix).")
  Path knowledge;

  Path knowledgeDir() {
    return knowledge != null ? knowledge : Home.resolve().resolve("knowledge");
  }

  Path indexDir() {
    return index != null ? index : Home.resolve().resolve("index");
  }

  IndexStore store() {
    return new IndexStore(indexDir(), knowledgeDir());
  }

  /** Opens the index, rebuilding it when needed; notices and skipped files go to standard error, one line each. */
  KnowledgeIndex open(PrintWriter err) {
    KnowledgeIndex index = store().open(line -> {
      err.println(line);
      err.flush();
    });
    for (String skipped : index.skipped()) {
      err.println("aadfix: skipped " + skipped);
    }
    err.flush();
    return index;
  }
}

package org.aadfix.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.aadfix.index.ExactAnswers;
import org.aadfix.index.IndexStore;
import org.aadfix.index.KnowledgeIndex;
import org.aadfix.search.ExactLookup;
import org.aadfix.search.Hit;
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
    skipped(err, index.skipped());
    return index;
  }

  /**
   * The hits for a code (canonical) or, when {@code code} is null, for {@code event}, from the answers the build
   * worked out, with skipped files on standard error as {@link #open} prints them; null when those answers are not
   * fresh or not readable, and the caller opens the index instead. No lambda here or in what it calls: a code or
   * event lookup that needs none never sets up the JVM's method-handle machinery.
   */
  List<Hit> exact(PrintWriter err, String code, int event) {
    ExactAnswers answers = ExactAnswers.openIfFresh(indexDir(), knowledgeDir());
    if (answers == null) {
      return null;
    }
    try {
      List<Hit> hits = code != null ? ExactLookup.byCode(answers, code) : ExactLookup.byEvent(answers, event);
      skipped(err, answers.skipped());
      return hits;
    } catch (IOException | RuntimeException e) {
      return null;
    } finally {
      answers.close();
    }
  }

  private static void skipped(PrintWriter err, List<String> lines) {
    for (String skipped : lines) {
      err.println("aadfix: skipped " + skipped);
    }
    err.flush();
  }
}

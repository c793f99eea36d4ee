package org.aadfix.cli;

import java.io.UncheckedIOException;
import org.aadfix.index.IndexException;
import org.aadfix.knowledge.KnowledgeException;

/** Maps exceptions to one-line messages and exit codes; a stack trace only with --verbose. */
final class Errors {
  private Errors() {}

  static int exitCode(Throwable ex) {
    if (ex instanceof UserException || ex instanceof IllegalArgumentException || ex instanceof KnowledgeException) {
      return ExitCodes.USAGE;
    }
    return ExitCodes.FAILURE;
  }

  static String message(Throwable ex) {
    if (ex instanceof UserException || ex instanceof IllegalArgumentException || ex instanceof KnowledgeException
        || ex instanceof IndexException) {
      return ex.getMessage();
    }
    if (ex instanceof UncheckedIOException u) {
      return u.getMessage() + (u.getCause() != null ? ": " + u.getCause().getMessage() : "");
    }
    return "internal error: " + ex + " (run with --verbose for details)";
  }
}

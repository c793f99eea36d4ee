package org.aadfix.cli;

import java.io.PrintWriter;

/**
 * A lookup's work once its arguments are bound: what its picocli {@code call()} runs with the command line's
 * streams, and what {@link PlainLookup} runs directly.
 */
interface LookupCommand {
  int execute(PrintWriter out, PrintWriter err);
}

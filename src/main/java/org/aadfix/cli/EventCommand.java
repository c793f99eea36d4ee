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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "event",
    description = "Every entry for a Windows event ID, grouped by event source; the most likely cause first.")
final class EventCommand implements Callable<Integer>, LookupCommand {
  @Spec CommandSpec spec;

  @Mixin IndexOptions indexOptions;

  @Mixin OutputOptions output;

  @Option(names = "--source", paramLabel = "NAME", description = "Only entries for this event source, e.g. ADSync.")
  String source;

  @Parameters(paramLabel = "ID", description = "The event ID, e.g. 6900.")
  String id;

  @Override
  public Integer call() {
    return execute(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  @Override
  public int execute(PrintWriter out, PrintWriter err) {
    String digits = id.strip();
    if (!isEventId(digits)) {
      throw new UserException("'" + id + "' is not an event ID (a number from 0 to 65535, e.g. 6900)");
    }
    int eventId = Integer.parseInt(digits);
    // With a source, the question is no longer one the build answered.
    List<Hit> hits = source != null ? null : indexOptions.exact(err, null, eventId);
    if (hits == null) {
      try (KnowledgeIndex index = indexOptions.open(err)) {
        hits = new Lookup(index).byEvent(eventId, source);
      }
    }
    if (output.json()) {
      new JsonRenderer(out).results("event", null, null, hits, false);
    } else if (hits.isEmpty()) {
      out.println("No entry knows event " + eventId + (source == null ? "" : " from source " + source) + ".");
    } else {
      new TextRenderer(out, output.color()).byEventSource(eventId, hits);
    }
    return hits.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.FOUND;
  }

  /** 1 to 5 ASCII digits, at most 65535: by hand, as a pattern would be compiled in a cold JVM for this alone. */
  private static boolean isEventId(String digits) {
    if (digits.isEmpty() || digits.length() > 5) {
      return false;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(digits) <= 65535;
  }
}

package org.aadfix.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.aadfix.index.KnowledgeIndex;
import org.aadfix.search.Answer;
import org.aadfix.search.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "query",
    description = {
      "Find the entries that explain a pasted error.",
      "Recognises AADSTS codes (also without the prefix in error_codes arrays), event IDs as Event Viewer and its"
          + " exports write them (Event 6900, Event ID: 659, <EventID>6900</EventID>), error names and words.",
      "With no TEXT, or '-', the paste is read from standard input; at a terminal, up to an empty line.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:a confident answer was found",
      "1:nothing matched, or nothing matched well enough to be an answer",
      "2:usage error or invalid input",
      "3:aadfix failed",
    })
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AadfixCommand parent;

  @Mixin IndexOptions indexOptions;

  @Mixin OutputOptions output;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "3",
      description = "How many entries to show (default: ${DEFAULT-VALUE}); the first in full, the rest in a line.")
  int limit;

  @Option(names = "--explain", description = "Show Lucene's explanation of each result's score.")
  boolean explain;

  @Parameters(paramLabel = "TEXT", arity = "0..*", description = "The error text; '-' or nothing reads standard input.")
  List<String> text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 1) {
      throw new UserException("--limit must be at least 1");
    }
    String paste;
    if (text == null || text.isEmpty() || (text.size() == 1 && text.get(0).equals("-"))) {
      boolean interactive = parent.in == System.in && Terminal.isInteractive();
      paste = PasteReader.read(parent.in, interactive, err);
    } else {
      paste = String.join(" ", text);
    }
    if (paste.isBlank()) {
      throw new UserException("nothing to look up: give an error message, an AADSTS code or an event ID, as"
          + " arguments or on standard input (see 'aadfix --help')");
    }
    try (KnowledgeIndex index = indexOptions.open(err)) {
      Answer answer = new Lookup(index).query(paste, limit, explain);
      if (output.json()) {
        new JsonRenderer(out).results("query", answer.paste(), answer.confident(), answer.hits(), explain);
      } else {
        render(out, answer);
      }
      return answer.confident() ? ExitCodes.FOUND : ExitCodes.NOT_FOUND;
    }
  }

  private void render(PrintWriter out, Answer answer) {
    TextRenderer r = new TextRenderer(out, output.color());
    if (answer.hits().isEmpty()) {
      out.println("No entry matches this text. Try the exact error line, the AADSTS code or the event ID.");
      return;
    }
    if (!answer.confident()) {
      out.println("No confident answer: nothing in the knowledge matches this text well. The closest entries:");
      for (int i = 0; i < answer.hits().size(); i++) {
        r.brief(i + 1, answer.hits().get(i));
      }
      return;
    }
    r.full(1, answer.hits().get(0), explain);
    if (answer.hits().size() > 1) {
      out.println();
      out.println("Also possible:");
      for (int i = 1; i < answer.hits().size(); i++) {
        if (explain) {
          out.println();
          r.full(i + 1, answer.hits().get(i), true);
        } else {
          r.brief(i + 1, answer.hits().get(i));
        }
      }
      if (!explain) {
        out.println("(aadfix show ID prints an entry in full)");
      }
    }
  }
}

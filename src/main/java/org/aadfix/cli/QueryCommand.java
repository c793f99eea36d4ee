package org.aadfix.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.aadfix.index.KnowledgeIndex;
import org.aadfix.knowledge.KnowledgeLoader;
import org.aadfix.model.Action;
import org.aadfix.search.Hit;
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
final class QueryCommand implements Callable<Integer>, LookupCommand {
  @Spec CommandSpec spec;

  @ParentCommand AadfixCommand parent;

  @Mixin IndexOptions indexOptions;

  @Mixin OutputOptions output;

  // Defaults are initial values rather than defaultValue attributes, so that PlainLookup's commands have them too.
  @Option(names = {"-n", "--limit"}, paramLabel = "N",
      description = "How many entries to show (default: ${DEFAULT-VALUE}); the first in full, the rest in a line.")
  int limit = 3;

  @Option(names = "--explain", description = "Show Lucene's explanation of each result's score.")
  boolean explain;

  @Option(names = "--lucene", description = "Read TEXT as Lucene query syntax, to search the knowledge on purpose:"
      + " fields title, message, phrasing, body, code, event, error_name, component, tag (for example"
      + " 'message:credentials AND code:50054'). Never needed for a paste.")
  boolean lucene;

  @Option(names = "--run", description = "Offer to launch the best answer's bundled action (see 'aadfix run --help').")
  boolean run;

  @Mixin RunOptions runOptions;

  @Parameters(paramLabel = "TEXT", arity = "0..*", description = "The error text; '-' or nothing reads standard input.")
  List<String> text;

  @Override
  public Integer call() {
    return execute(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  @Override
  public int execute(PrintWriter out, PrintWriter err) {
    if (limit < 1) {
      throw new UserException("--limit must be at least 1");
    }
    if (lucene && run) {
      throw new UserException("--run answers a paste; it cannot be combined with --lucene");
    }
    if (run && output.json()) {
      // A launch prints a preview and talks to the operator; mixed into JSON it would break the JSON.
      throw new UserException("--run cannot be combined with --format json; use 'aadfix run ACTION' after reading the answer");
    }
    String paste;
    if (text == null || text.isEmpty() || (text.size() == 1 && text.get(0).equals("-"))) {
      paste = PasteReader.read(parent.console, err);
    } else {
      paste = String.join(" ", text);
    }
    if (paste.isBlank()) {
      throw new UserException("nothing to look up: give an error message, an AADSTS code or an event ID, as"
          + " arguments or on standard input (see 'aadfix --help')");
    }
    try (KnowledgeIndex index = indexOptions.open(err)) {
      Lookup lookup = new Lookup(index);
      Answer answer = lucene ? lookup.syntax(paste, limit, explain) : lookup.query(paste, limit, explain);
      if (output.json()) {
        new JsonRenderer(out).results("query", answer.paste(), answer.confident(), answer.hits(), explain);
      } else {
        render(out, answer);
      }
      if (run) {
        out.println();
        return offerAction(answer, out, err);
      }
      return answer.confident() ? ExitCodes.FOUND : ExitCodes.NOT_FOUND;
    }
  }

  /** Answers within this fraction of the best score count as plausible alternatives to it. */
  static final double PLAUSIBLE = 0.75;

  private int offerAction(Answer answer, PrintWriter out, PrintWriter err) {
    if (!answer.confident()) {
      err.println("aadfix: no confident answer, so nothing to run");
      err.flush();
      return ExitCodes.NOT_FOUND;
    }
    float best = answer.hits().get(0).score();
    List<Hit> plausible = answer.hits().stream().filter(h -> h.score() >= PLAUSIBLE * best).toList();
    Hit chosen = plausible.get(0);
    if (plausible.size() > 1) {
      String ids = plausible.stream().map(h -> h.entry().id()).collect(Collectors.joining(", "));
      if (runOptions.yes || !parent.console.interactive()) {
        err.println("aadfix: more than one plausible answer (" + ids + "); run 'aadfix run ACTION' with the action"
            + " of the one you mean");
        err.flush();
        return ExitCodes.NOT_CONFIRMED;
      }
      chosen = choose(plausible, out, err);
      if (chosen == null) {
        err.println("aadfix: nothing chosen; nothing was started");
        err.flush();
        return ExitCodes.NOT_CONFIRMED;
      }
    }
    if (chosen.action() == null) {
      err.println("aadfix: '" + chosen.entry().id() + "' has no bundled action; follow its fix steps");
      err.flush();
      return ExitCodes.NOT_CONFIRMED;
    }
    Path knowledge = indexOptions.knowledgeDir();
    Action action = new KnowledgeLoader().loadActions(knowledge).actions().get(chosen.action().id());
    if (action == null) {
      throw new UserException("action '" + chosen.action().id() + "' is no longer in the catalog");
    }
    return new ActionFlow(parent.console, out, err)
        .launch(action, knowledge.resolve(KnowledgeLoader.ACTIONS), runOptions, chosen.entry().id());
  }

  private Hit choose(List<Hit> plausible, PrintWriter out, PrintWriter err) {
    err.println("More than one answer is plausible:");
    for (int i = 0; i < plausible.size(); i++) {
      Hit h = plausible.get(i);
      err.println("  " + (i + 1) + ". " + h.entry().title() + " ["
          + (h.action() == null ? "no action" : h.action().id()) + "]");
    }
    err.print("Which one? Type its number, or nothing to cancel: ");
    err.flush();
    try {
      String line = parent.console.reader().readLine();
      if (line == null || !line.strip().matches("[0-9]{1,3}")) {
        return null;
      }
      int n = Integer.parseInt(line.strip());
      return n >= 1 && n <= plausible.size() ? plausible.get(n - 1) : null;
    } catch (java.io.IOException e) {
      return null;
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

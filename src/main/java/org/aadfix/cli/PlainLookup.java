package org.aadfix.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the plain forms of {@code query}, {@code event} and {@code code} without picocli. Building picocli's model
 * of a command loads some 180 classes that class-data sharing cannot keep (picocli is compiled for Java 5) and reads
 * every annotation through reflection: about 0.1 s, more than the lookup itself. Only binding happens here: the
 * command objects are the picocli classes, their fields set as picocli would set them, and their work is the same
 * {@link LookupCommand#execute} that their {@code call()} runs.
 *
 * <p>Anything not plain returns {@code null} and goes through picocli unchanged: help, {@code --verbose},
 * {@code --run}, {@code --}, {@code @file}, a repeated or unknown option, a word starting with '-' other than a lone
 * '-', a value starting with '-' or '@', a limit that is not a plain number, a format other than text or json, a
 * missing or extra event ID or code. PlainLookupTest runs both paths on many argument lists and requires the same
 * output, byte for byte, and the same exit code.
 */
final class PlainLookup {
  private PlainLookup() {}

  // Option spellings to their canonical name, and which options take a value; as the commands' @Option declare them.
  private static final Map<String, String> QUERY_OPTIONS = Map.of(
      "--index", "--index", "--knowledge", "--knowledge", "--format", "--format", "--no-color", "--no-color",
      "-n", "--limit", "--limit", "--limit", "--explain", "--explain");
  private static final Map<String, String> EVENT_OPTIONS = Map.of(
      "--index", "--index", "--knowledge", "--knowledge", "--format", "--format", "--no-color", "--no-color",
      "--source", "--source");
  private static final Map<String, String> CODE_OPTIONS = Map.of(
      "--index", "--index", "--knowledge", "--knowledge", "--format", "--format", "--no-color", "--no-color");
  static final List<String> FLAGS = List.of("--no-color", "--explain");

  /** The option spellings of a lookup command, each with its canonical name. */
  static Map<String, String> options(String command) {
    return switch (command) {
      case "query" -> QUERY_OPTIONS;
      case "event" -> EVENT_OPTIONS;
      case "code" -> CODE_OPTIONS;
      default -> Map.of();
    };
  }

  /** The bound command, or null when {@code args} (after the shorthand) need picocli. */
  static LookupCommand bind(AadfixCommand top, String[] args) {
    if (args.length == 0) {
      return null;
    }
    return switch (args[0]) {
      case "query" -> query(top, args);
      case "event" -> event(args);
      case "code" -> code(args);
      default -> null;
    };
  }

  private static LookupCommand query(AadfixCommand top, String[] args) {
    Parsed p = Parsed.of(args, QUERY_OPTIONS);
    QueryCommand q = new QueryCommand();
    q.indexOptions = new IndexOptions();
    q.output = new OutputOptions();
    if (p == null || !bindCommon(p, q.indexOptions, q.output)) {
      return null;
    }
    String limit = p.options.get("--limit");
    if (limit != null) {
      // Integer.valueOf, picocli's conversion, agrees with parseInt on plain digits; "010" or "+3" go to picocli.
      if (!isPlainNumber(limit)) {
        return null;
      }
      q.limit = Integer.parseInt(limit);
    }
    q.explain = p.options.containsKey("--explain");
    q.runOptions = new RunOptions();
    q.parent = top;
    // picocli leaves an unmatched List parameter null; the command reads null and empty alike.
    q.text = p.positional.isEmpty() ? null : p.positional;
    return q;
  }

  private static LookupCommand event(String[] args) {
    Parsed p = Parsed.of(args, EVENT_OPTIONS);
    EventCommand e = new EventCommand();
    e.indexOptions = new IndexOptions();
    e.output = new OutputOptions();
    if (p == null || p.positional.size() != 1 || !bindCommon(p, e.indexOptions, e.output)) {
      return null;
    }
    e.source = p.options.get("--source");
    e.id = p.positional.get(0);
    return e;
  }

  private static LookupCommand code(String[] args) {
    Parsed p = Parsed.of(args, CODE_OPTIONS);
    CodeCommand c = new CodeCommand();
    c.indexOptions = new IndexOptions();
    c.output = new OutputOptions();
    if (p == null || p.positional.size() != 1 || !bindCommon(p, c.indexOptions, c.output)) {
      return null;
    }
    c.code = p.positional.get(0);
    return c;
  }

  /** The mixins' options; false when a value needs picocli's conversion or its error message. */
  private static boolean bindCommon(Parsed p, IndexOptions index, OutputOptions output) {
    try {
      String dir = p.options.get("--index");
      index.index = dir == null ? null : Path.of(dir);
      dir = p.options.get("--knowledge");
      index.knowledge = dir == null ? null : Path.of(dir);
    } catch (InvalidPathException e) {
      return false;
    }
    String format = p.options.get("--format");
    if (format != null) {
      if (format.equals("text")) {
        output.format = OutputOptions.Format.text;
      } else if (format.equals("json")) {
        output.format = OutputOptions.Format.json;
      } else {
        return false;
      }
    }
    output.noColor = p.options.containsKey("--no-color");
    return true;
  }

  private static boolean isPlainNumber(String s) {
    if (s.isEmpty() || s.length() > 9 || (s.length() > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Options by canonical name (flags map to ""), and the other words in order. */
  private record Parsed(Map<String, String> options, List<String> positional) {
    static Parsed of(String[] args, Map<String, String> known) {
      Map<String, String> options = new HashMap<>();
      List<String> positional = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        if (a.startsWith("@")) {
          return null;
        }
        if (!a.startsWith("-") || a.equals("-")) {
          positional.add(a);
          continue;
        }
        String name = a;
        String value = null;
        int eq = a.indexOf('=');
        if (a.startsWith("--") && eq > 0) {
          name = a.substring(0, eq);
          value = a.substring(eq + 1);
        }
        String canonical = known.get(name);
        if (canonical == null) {
          return null;
        }
        if (FLAGS.contains(canonical)) {
          if (value != null) {
            return null;
          }
          value = "";
        } else {
          if (value == null) {
            if (i + 1 == args.length) {
              return null;
            }
            value = args[++i];
          }
          if (value.startsWith("-") || value.startsWith("@")) {
            return null;
          }
        }
        if (options.put(canonical, value) != null) {
          return null;
        }
      }
      return new Parsed(options, positional);
    }
  }
}

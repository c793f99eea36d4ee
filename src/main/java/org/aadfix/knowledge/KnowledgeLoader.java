package org.aadfix.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.aadfix.model.Action;
import org.aadfix.model.Entry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code entries/*.yaml} and {@code actions/*.yaml} under a knowledge folder into records, and validates them.
 * Every problem is collected with its file and line; nothing is thrown for a bad file.
 */
public final class KnowledgeLoader {
  public static final String ENTRIES = "entries";
  public static final String ACTIONS = "actions";
  public static final String SCHEMA_LINE_PREFIX = "# yaml-language-server: $schema=";

  private final ObjectMapper mapper =
      YAMLMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** Loads and validates the whole folder. Throws only when the folder itself is missing or unreadable. */
  public Knowledge load(Path root) {
    requireFolder(root);
    // Listed before the loader's own listing: a file added meanwhile is parsed but left out of the fingerprint,
    // which can only cause a needless rebuild later, never a stale index.
    List<Path> fingerprinted = Fingerprint.files(root);
    Map<Path, byte[]> read = new ConcurrentHashMap<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Action> actions = readActions(root, problems, read);
    // Files are independent until the cross-checks: read and validate them on every core, keep their order.
    Set<String> actionIds = actions.keySet();
    List<FileResult> results = yamlFiles(root.resolve(ENTRIES), problems).parallelStream()
        .map(file -> {
          List<Problem> own = new ArrayList<>();
          Parsed<Entry> parsed = parse(file, Entry.class, own, read);
          if (parsed != null) {
            Validator.validateEntry(file, parsed.value(), parsed.positions(), actionIds, own);
          }
          return new FileResult(parsed, own);
        })
        .toList();
    List<Parsed<Entry>> entries = new ArrayList<>();
    Map<String, Path> entryFiles = new LinkedHashMap<>();
    for (FileResult r : results) {
      problems.addAll(r.problems());
      if (r.parsed() == null) {
        continue;
      }
      String id = r.parsed().value().id();
      Path other = id == null ? null : entryFiles.putIfAbsent(id, r.parsed().file());
      if (other != null) {
        problems.add(error(r.parsed().file(), r.parsed().positions().line("/id"),
            "duplicate id '" + id + "' (also in " + other.getFileName() + ")"));
      } else if (r.problems().stream().noneMatch(Problem::isError)) {
        entries.add(r.parsed());
      }
    }
    List<Entry> valid = Validator.crossCheck(entries, problems);
    return new Knowledge(root, valid, actions, problems, Fingerprint.of(fingerprinted, read));
  }

  /** Loads and validates only the action catalog: what {@code aadfix run} needs, without parsing every entry. */
  public Knowledge loadActions(Path root) {
    requireFolder(root);
    List<Problem> problems = new ArrayList<>();
    Map<String, Action> actions = readActions(root, problems, new HashMap<>());
    return new Knowledge(root, List.of(), actions, problems, null);
  }

  private Map<String, Action> readActions(Path root, List<Problem> problems, Map<Path, byte[]> read) {
    Map<String, Action> actions = new LinkedHashMap<>();
    Map<String, Path> actionFiles = new LinkedHashMap<>();
    for (Path file : yamlFiles(root.resolve(ACTIONS), problems)) {
      Parsed<Action> parsed = parse(file, Action.class, problems, read);
      if (parsed == null) {
        continue;
      }
      Action action = parsed.value();
      int before = problems.size();
      Validator.validateAction(file, action, parsed.positions(), problems);
      if (action.id() != null && actions.containsKey(action.id())) {
        problems.add(error(file, parsed.positions().line("/id"),
            "duplicate action id '" + action.id() + "' (also in " + actionFiles.get(action.id()).getFileName() + ")"));
      }
      if (noErrorsSince(problems, before)) {
        actions.put(action.id(), action);
        actionFiles.put(action.id(), file);
      }
    }
    return actions;
  }

  /** Throws a one-line error unless {@code root} looks like a knowledge folder. */
  public static void requireFolder(Path root) {
    if (!Files.isDirectory(root.resolve(ENTRIES))) {
      throw new KnowledgeException("no knowledge folder at " + root + " (expected " + ENTRIES + "/ inside it)");
    }
  }

  /** One entry file's outcome: the bound entry (null when unreadable) and its own problems. */
  private record FileResult(Parsed<Entry> parsed, List<Problem> problems) {}

  /** A YAML file bound to a record, with the line numbers of its keys. */
  record Parsed<T>(Path file, T value, Positions positions) {}

  /** Parses one file; the bytes read are left in {@code read}, for the fingerprint. */
  private <T> Parsed<T> parse(Path file, Class<T> type, List<Problem> problems, Map<Path, byte[]> read) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(error(file, 0, "cannot read file: " + e.getMessage()));
      return null;
    }
    read.put(file, bytes);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(error(file, 0, "not valid UTF-8"));
      return null;
    }
    if (!text.startsWith(SCHEMA_LINE_PREFIX)) {
      problems.add(new Problem(file, 1, Problem.Severity.WARNING,
          "first line should be the schema line: " + SCHEMA_LINE_PREFIX + "../schema/"
              + (type == Entry.class ? "entry" : "action") + ".schema.json"));
    }
    // Bound straight from the parser, then the rest of the file read, so that a syntax error anywhere is reported.
    // When binding fails, the file is read once more for a syntax error, which is reported instead: it is the real
    // problem, and a mapping cut short by one looks like a wrong type to the binder.
    Positions positions = new Positions(mapper, bytes);
    List<Problem> unknown = new ArrayList<>();
    T value;
    try (JsonParser p = mapper.createParser(bytes)) {
      value = mapper.readerFor(type).withHandler(new UnknownFieldCollector(file, positions, unknown)).readValue(p);
      while (p.nextToken() != null) {
        // A second document or trailing text must parse too.
      }
    } catch (JacksonException e) {
      JacksonException syntax = e instanceof DatabindException ? syntaxError(bytes) : e;
      if (syntax != null) {
        problems.add(error(file, line(syntax), "invalid YAML: " + firstLine(syntax.getOriginalMessage())));
        return null;
      }
      problems.addAll(unknown);
      if (e instanceof MismatchedInputException) {
        String at = path(e);
        problems.add(error(file, positions.line(at), "wrong type at " + (at.isEmpty() ? "/" : at) + ": "
            + firstLine(e.getOriginalMessage())));
      } else {
        problems.add(error(file, positions.line(path(e)), firstLine(e.getOriginalMessage())));
      }
      return null;
    }
    problems.addAll(unknown);
    if (value == null) {
      problems.add(error(file, 1, "the file holds no YAML mapping"));
      return null;
    }
    if (!unknown.isEmpty()) {
      return null;
    }
    return new Parsed<>(file, value, positions);
  }

  /** The first syntax error of a document, reading its tokens only; null when it has none. */
  private JacksonException syntaxError(byte[] bytes) {
    try (JsonParser p = mapper.createParser(bytes)) {
      while (p.nextToken() != null) {
        // Tokens only: nothing is bound.
      }
      return null;
    } catch (JacksonException e) {
      return e;
    }
  }

  /** Collects every unknown key instead of stopping at the first, so that lint reports them all. */
  private static final class UnknownFieldCollector extends DeserializationProblemHandler {
    private final Path file;
    private final Positions positions;
    private final List<Problem> problems;

    UnknownFieldCollector(Path file, Positions positions, List<Problem> problems) {
      this.file = file;
      this.positions = positions;
      this.problems = problems;
    }

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        ValueDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName) {
      String where = p.streamReadContext().pathAsPointer().toString();
      // Records are bound through a buffer that drops token locations; the scan kept them.
      problems.add(error(file, positions.line(where),
          "unknown field '" + propertyName + "'" + (where.isEmpty() ? "" : " at " + where)));
      p.skipChildren();
      return true;
    }
  }

  private static List<Path> yamlFiles(Path dir, List<Problem> problems) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> result = new ArrayList<>();
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml")) {
          result.add(f);
        } else if (name.endsWith(".yml")) {
          problems.add(new Problem(f, 0, Problem.Severity.WARNING, "ignored: knowledge files end in .yaml"));
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static boolean noErrorsSince(List<Problem> problems, int from) {
    return problems.subList(from, problems.size()).stream().noneMatch(Problem::isError);
  }

  static Problem error(Path file, int line, String message) {
    return new Problem(file, line, Problem.Severity.ERROR, message);
  }

  private static int line(JacksonException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
  }

  private static String path(JacksonException e) {
    StringBuilder sb = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        sb.append('/').append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        sb.append('/').append(ref.getIndex());
      }
    }
    return sb.toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String first = message.strip().lines().findFirst().orElse("");
    // Jackson names our Java types; the author of a YAML file needs none of that.
    return first.replaceAll("\\s*\\(for (?:Object starting|root value).*", "")
        .replaceAll("`?org\\.aadfix\\.model\\.", "")
        .replaceAll("`", "'");
  }
}

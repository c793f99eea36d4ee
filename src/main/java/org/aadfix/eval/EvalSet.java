package org.aadfix.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.aadfix.model.Codes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads evaluation files: YAML lists of cases, from files or folders of {@code *.yaml}. */
public final class EvalSet {
  private static final ObjectMapper MAPPER = YAMLMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private EvalSet() {}

  /** All cases of the given files and folders, in file order; a malformed file is an error naming file and line. */
  public static List<EvalCase> load(List<Path> paths) {
    List<EvalCase> cases = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path file : files(paths)) {
      List<EvalCase> read;
      try {
        read = MAPPER.readValue(file.toFile(), new TypeReference<List<EvalCase>>() {});
      } catch (JacksonException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        throw new IllegalArgumentException(file + (line > 0 ? ":" + line : "") + ": not a list of eval cases: "
            + e.getOriginalMessage().lines().findFirst().orElse(""));
      }
      if (read == null) {
        continue;
      }
      for (EvalCase c : read) {
        String where = file + ": case " + c.id();
        if (c.id() == null || c.text() == null || c.kind() == null) {
          throw new IllegalArgumentException(where + ": every case needs id, kind and text");
        }
        if (!ids.add(c.id())) {
          throw new IllegalArgumentException(where + ": duplicate case id");
        }
        if (c.expectCodes().isEmpty() && c.expectEvents().isEmpty()) {
          throw new IllegalArgumentException(where + ": needs expect_codes or expect_events");
        }
        List<String> codes = c.expectCodes().stream()
            .map(code -> Codes.normalize(code).orElseThrow(
                () -> new IllegalArgumentException(where + ": '" + code + "' is not an AADSTS code")))
            .toList();
        cases.add(new EvalCase(c.id(), c.kind().toLowerCase(Locale.ROOT), c.text(), codes, c.expectEvents()));
      }
    }
    return cases;
  }

  /** Expected figures: kind (or "overall") to metric name to value. */
  public static Map<String, Map<String, Double>> expected(Path file) {
    try {
      return MAPPER.readValue(file.toFile(), new TypeReference<Map<String, Map<String, Double>>>() {});
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + ": not a map of expected figures: " + e.getOriginalMessage());
    }
  }

  private static List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new IllegalArgumentException("no eval file or folder at " + p);
      }
    }
    return files;
  }
}

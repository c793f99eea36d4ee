package org.aadfix.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aadfix.Fixtures;
import org.aadfix.ShippedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retrieval quality as a committed artifact: the dev set's figures may not drop below eval/expected.yaml. A ranking
 * change that moves them commits the new figures with it.
 */
class EvalRegressionTest {
  @RegisterExtension static final ShippedIndex SHIPPED = new ShippedIndex();

  @TempDir Path dir;


  @Test
  void devSetFiguresDoNotDrop() {
    List<EvalCase> cases = EvalSet.load(List.of(Path.of("eval/dev")));
    assertTrue(cases.size() >= 300, "the dev set has " + cases.size() + " cases");
    assertTrue(cases.stream().filter(c -> c.kind().equals("description")).count() >= 80);
    assertEquals(List.of(), drops(cases, Path.of("eval/expected.yaml")));
  }

  /** The held-out descriptions: written apart from the dev set and the entries, they show whether tuning generalises. */
  @Test
  void heldOutFiguresDoNotDrop() {
    List<EvalCase> cases = EvalSet.load(List.of(Path.of("eval/test")));
    assertTrue(cases.size() >= 50, "the held-out set has " + cases.size() + " cases");
    assertEquals(List.of(), drops(cases, Path.of("eval/expected-test.yaml")));
  }

  /** Each figure of {@code expectedFile} that the cases now score below, with the misses for context. */
  private static List<String> drops(List<EvalCase> cases, Path expectedFile) {
    EvalReport report = new Evaluator(SHIPPED.lookup()).run(cases);
    Map<String, Map<String, Double>> expected = EvalSet.expected(expectedFile);
    List<String> drops = new ArrayList<>();
    expected.forEach((kind, metrics) -> metrics.forEach((metric, want) -> {
      double got = report.metrics().get(kind).get(metric);
      if (got + 1e-9 < want) {
        drops.add(kind + " " + metric + " " + got + " < " + want);
      }
    }));
    if (!drops.isEmpty()) {
      drops.add("misses: " + report.misses().stream().map(EvalReport.Miss::id).toList());
    }
    return drops;
  }

  @Test
  void hitMeansTheRootCauseIsAmongTheEntrysOwnSymptoms() throws Exception {
    Path file = dir.resolve("cases.yaml");
    Files.writeString(file, """
        - id: root-cause
          kind: paste
          text: "AADSTS70002: Error validating credentials. AADSTS50054: Old password is used for authentication."
          expect_codes: [AADSTS70002, AADSTS50054]
        - id: related-only
          kind: paste
          text: "AADSTS50054: Old password is used for authentication."
          expect_codes: [AADSTS50126]
        - id: event-only
          kind: description
          text: "the sync server logs event 659 about password policy sync"
          expect_events: [659]
          ignored_field: fine
        """);
    EvalReport r = new Evaluator(SHIPPED.lookup()).run(EvalSet.load(List.of(file)));
    List<String> missed = r.misses().stream().map(EvalReport.Miss::id).toList();
    assertEquals(List.of("related-only"), missed, "AADSTS50126 is only a related code of the 50054 entries");
    assertEquals(0.5, r.metrics().get("paste").get("hit1"));
    assertEquals(1.0, r.metrics().get("description").get("hit1"));
    assertFalse(r.metrics().isEmpty());
  }

  @Test
  void malformedEvalFileNamesFileAndLine() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "- id: a\n  kind: paste\n  text: [unclosed\n");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> EvalSet.load(List.of(file)));
    assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
  }
}

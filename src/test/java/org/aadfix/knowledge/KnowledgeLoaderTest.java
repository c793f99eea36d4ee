package org.aadfix.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aadfix.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeLoaderTest {
  @TempDir Path dir;

  private Knowledge load(String id, String yaml) {
    return new KnowledgeLoader().load(Fixtures.knowledge(dir, id, yaml));
  }

  private static String only(Knowledge k, Problem.Severity severity) {
    List<Problem> ps = k.problems().stream().filter(p -> p.severity() == severity).toList();
    assertEquals(1, ps.size(), () -> "expected one " + severity + ", got " + k.problems());
    return ps.get(0).format(k.root());
  }

  @Test
  void validEntryLoadsWithoutProblems() {
    Knowledge k = load("good-entry", Fixtures.entry("good-entry", "A good entry", "AADSTS12345"));
    assertEquals(List.of(), k.problems());
    assertEquals(1, k.entries().size());
    assertEquals("AADSTS12345", k.entries().get(0).symptoms().codes().get(0).code());
  }

  @Test
  void unknownFieldIsAnErrorWithItsLine() {
    String yaml = Fixtures.entry("e1", "Entry one", "AADSTS12345").replace("kind: code\n", "kind: code\nseverity: high\n");
    Knowledge k = load("e1", yaml);
    assertEquals("entries/e1.yaml:7: error: unknown field 'severity' at /severity", only(k, Problem.Severity.ERROR));
    assertTrue(k.entries().isEmpty());
  }

  @Test
  void everyUnknownFieldIsReportedAtOnce() {
    String yaml = Fixtures.entry("e1", "Entry one", "AADSTS12345")
        .replace("kind: code\n", "kind: code\nseverity: high\n")
        .replace("tags: [test]\n", "tags: [test]\nowner: me\n");
    Knowledge k = load("e1", yaml);
    assertEquals(2, k.count(Problem.Severity.ERROR), k.problems().toString());
  }

  @Test
  void missingRequiredFieldIsAnError() {
    String yaml = Fixtures.entry("e1", "Entry one", "AADSTS12345")
        .replace("cause: The cause of e1 explained in enough words.\n", "");
    Knowledge k = load("e1", yaml);
    assertEquals("entries/e1.yaml:2: error: missing required field 'cause'", only(k, Problem.Severity.ERROR));
  }

  @Test
  void malformedCodeIsAnErrorOnItsLine() {
    Knowledge k = load("e1", Fixtures.entry("e1", "Entry one", "AADSTS5O054"));
    assertEquals("entries/e1.yaml:9: error: malformed code 'AADSTS5O054': expected AADSTS followed by digits",
        only(k, Problem.Severity.ERROR));
  }

  @Test
  void duplicateIdIsAnErrorNamingBothFiles() throws IOException {
    Fixtures.knowledge(dir, "e1", Fixtures.entry("e1", "Entry one", "AADSTS12345"));
    Files.writeString(dir.resolve("entries/e2.yaml"), Fixtures.entry("e1", "Entry two", "AADSTS12346"));
    Knowledge k = new KnowledgeLoader().load(dir);
    List<String> errors = k.problems().stream().filter(Problem::isError).map(p -> p.format(dir)).toList();
    assertEquals(List.of(
        "entries/e2.yaml:2: error: id 'e1' does not match the file name (expected e1.yaml)",
        "entries/e2.yaml:2: error: duplicate id 'e1' (also in e1.yaml)"), errors);
    assertEquals(1, k.entries().size());
  }

  @Test
  void sharedTitleIsAWarning() {
    Knowledge k = new KnowledgeLoader().load(Fixtures.knowledge(dir,
        "a1", Fixtures.entry("a1", "Same title", "AADSTS11111"),
        "a2", Fixtures.entry("a2", "Same title", "AADSTS22222")));
    assertEquals("entries/a2.yaml:3: warning: title is also used by a1.yaml", only(k, Problem.Severity.WARNING));
    assertEquals(2, k.entries().size());
  }

  @Test
  void actionThatDoesNotExistIsAnError() {
    String yaml = Fixtures.entry("e1", "Entry one", "AADSTS12345").replace("tags: [test]\n", "action: no-such-action\ntags: [test]\n");
    Knowledge k = load("e1", yaml);
    assertEquals("entries/e1.yaml:22: error: action 'no-such-action' does not exist in actions/",
        only(k, Problem.Severity.ERROR));
  }

  @Test
  void invalidYamlIsAnErrorWithItsLine() {
    String yaml = Fixtures.entry("e1", "Entry one", "AADSTS12345").replace("kind: code\n", "kind: [code\n");
    Knowledge k = load("e1", yaml);
    String message = only(k, Problem.Severity.ERROR);
    assertTrue(message.startsWith("entries/e1.yaml:"), message);
    assertTrue(message.contains("error: invalid YAML"), message);
    assertFalse(message.contains("\n"), "one line: " + message);
  }

  @Test
  void wrongTypeIsAnErrorWithItsLine() {
    String yaml = Fixtures.entry("e1", "Entry one", "AADSTS12345")
        .replace("  codes:\n", "  events:\n    - id: [1, 2]\n      sources: [ADSync]\n      message: Some event text\n  codes:\n");
    Knowledge k = load("e1", yaml);
    String message = only(k, Problem.Severity.ERROR);
    assertTrue(message.startsWith("entries/e1.yaml:9: error: wrong type at /symptoms/events/0/id"), message);
  }

  @Test
  void badUrlAndDateAreErrors() {
    String yaml = Fixtures.entry("e1", "Entry one", "AADSTS12345")
        .replace("https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes", "learn microsoft")
        .replace("reviewed: 2026-11-26", "reviewed: yesterday");
    Knowledge k = load("e1", yaml);
    List<String> errors = k.problems().stream().filter(Problem::isError).map(p -> p.format(dir)).toList();
    assertEquals(List.of(
        "entries/e1.yaml:21: error: 'learn microsoft' is not a well-formed URL: Illegal character in path",
        "entries/e1.yaml:23: error: reviewed must be a date like 2026-11-26, not 'yesterday'"), errors);
  }

  @Test
  void tooFewPhrasingsIsAWarningNotAnError() {
    String yaml = Fixtures.entry("e1", "Entry one", "AADSTS12345").replace("  - the e1 login page shows an error\n", "");
    Knowledge k = load("e1", yaml);
    assertEquals("entries/e1.yaml:11: warning: needs at least 2 phrasings in users' words (has 1)",
        only(k, Problem.Severity.WARNING));
    assertEquals(1, k.entries().size());
  }

  @Test
  void identicalSymptomsAreAWarning() {
    Knowledge k = new KnowledgeLoader().load(Fixtures.knowledge(dir,
        "a1", Fixtures.entry("a1", "Title one", "AADSTS11111"),
        "a2", Fixtures.entry("a2", "Title two", "AADSTS11111").replace("for a2", "for a1")));
    assertTrue(only(k, Problem.Severity.WARNING).contains("same symptoms as a1.yaml"));
  }

  @Test
  void missingKnowledgeFolderThrows() {
    KnowledgeException e = assertThrows(KnowledgeException.class,
        () -> new KnowledgeLoader().load(dir.resolve("nowhere")));
    assertTrue(e.getMessage().contains("nowhere"));
  }

  @Test
  void shippedKnowledgeHasNoErrors() {
    Knowledge k = new KnowledgeLoader().load(Fixtures.shippedKnowledge());
    assertEquals(List.of(), k.problems().stream().filter(Problem::isError).map(p -> p.format(k.root())).toList());
    assertTrue(k.actions().containsKey("reset-aad-connector-account"));
  }

  @Test
  void fingerprintOfTheLoadIsTheFingerprintOfTheFolder() throws IOException {
    // The shipped actions hold scripts beside the YAML, which the loader does not parse but the digest covers; an
    // unparseable entry is covered too.
    Path copy = Fixtures.copyShippedKnowledge(dir.resolve("k"));
    Files.writeString(copy.resolve("entries/broken.yaml"), "id: [unclosed\n");
    Knowledge k = new KnowledgeLoader().load(copy);
    assertEquals(Fingerprint.of(copy), k.fingerprint());
    Files.writeString(copy.resolve("actions/reset-aad-connector-account.ps1"), "# edited\n");
    assertFalse(Fingerprint.of(copy).equals(k.fingerprint()));
  }
}

package org.aadfix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aadfix.Fixtures;
import org.aadfix.Fixtures.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The command line in-process: exit codes, output shapes and messages. */
class CliTest {
  @TempDir Path dir;
  String[] where;

  @BeforeEach
  void setUp() {
    where = new String[] {"--index", dir.resolve("index").toString(), "--knowledge",
        Fixtures.shippedKnowledge().toString()};
  }

  private Run run(String stdin, String... args) {
    String[] all = new String[args.length + where.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(where, 0, all, args.length, where.length);
    return Fixtures.run(stdin, all);
  }

  @Test
  void shorthandAnswersTheFoundingPaste() {
    Run r = run("", Fixtures.FOUNDING_PASTE);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("1. Azure AD Connector account password was changed"), r.out());
    assertTrue(r.out().contains("Add-ADSyncAADServiceAccount"));
    assertTrue(r.out().contains("aadfix run reset-aad-connector-account"));
    assertTrue(r.out().contains("Matched: code AADSTS70002; code AADSTS50054"), r.out());
    assertFalse(r.out().contains("\u001b["), "no colour when not on a terminal");
  }

  @Test
  void firstLookupRebuildsAndSaysSoOnceOnStandardError() {
    Run first = run("", "code", "50054");
    assertTrue(first.err().startsWith("aadfix: no index yet; rebuilding the index"), first.err());
    assertEquals(1, first.err().lines().count());
    Run second = run("", "code", "50054");
    assertEquals("", second.err());
  }

  /**
   * Code and event lookups are answered from what the build worked out, without opening the Lucene index: with its
   * commit point gone they answer exactly as before, while a lookup that needs Lucene notices and rebuilds.
   */
  @Test
  void codeAndEventLookupsAnswerWithoutOpeningTheLuceneIndex() throws Exception {
    List<String[]> lookups = List.of(new String[] {"code", "50054"}, new String[] {"event", "6900"},
        new String[] {"code", "--format", "json", "AADSTS70002"}, new String[] {"event", "--no-color", "659"});
    run("", "code", "50054");
    List<Run> before = lookups.stream().map(a -> run("", a)).toList();
    Path index = dir.resolve("index");
    Path generation = index.resolve(Files.readString(index.resolve("CURRENT")).strip());
    try (var files = Files.list(generation)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        Files.delete(f);
      }
    }
    for (int i = 0; i < lookups.size(); i++) {
      assertEquals(before.get(i), run("", lookups.get(i)), String.join(" ", lookups.get(i)));
      assertEquals("", before.get(i).err());
    }
    Run withSource = run("", "event", "6900", "--source", "ADSync");
    assertTrue(withSource.err().startsWith("aadfix: the index is unreadable; rebuilding"), withSource.err());
    assertTrue(withSource.out().contains(Fixtures.FOUNDING_ID), withSource.out());
  }

  @Test
  void pasteFromStandardInput() {
    Run r = run("Log Name: Application\nEvent ID: 659\nError while retrieving password policy sync configuration\n",
        "query", "-");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("[" + Fixtures.FOUNDING_ID + "]"));
  }

  @Test
  void codeAcceptsEverySpelling() {
    for (String code : List.of("AADSTS50054", "aadsts50054", "50054")) {
      Run r = run("", "code", code);
      assertEquals(0, r.exit(), code);
      assertTrue(r.out().startsWith("1. Azure AD Connector account password"), code + ": " + r.out());
    }
  }

  @Test
  void eventGroupsBySource() {
    Run r = run("", "event", "6900");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("== Event 6900 from ADSync =="), r.out());
    assertTrue(r.out().contains("1. Azure AD Connector account password"));
  }

  @Test
  void exitCodes() {
    assertEquals(1, run("", "code", "AADSTS99999999").exit());
    assertEquals(1, run("", "event", "65000").exit());
    assertEquals(1, run("", "show", "no-such-entry").exit());
    assertEquals(2, run("", "code", "hello").exit());
    assertEquals(2, run("", "event", "abc").exit());
    assertEquals(2, run("", "list", "--format", "xml").exit());
    assertEquals(0, run("", "show", Fixtures.FOUNDING_ID).exit());
    assertEquals(0, run("", "list", "--tag", "founding").exit());
  }

  @Test
  void emptyInputSaysWhatIsExpected() {
    Run r = run("   \n\t\n", "query");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("give an error message, an AADSTS code or an event ID"), r.err());
  }

  @Test
  void binaryAndNonUtf8InputDoNotCrash() {
    byte[] junk = {(byte) 0xff, (byte) 0xfe, 0, 0, (byte) 0xc3, 0x28, 'A', 'A', 'D', 'S', 'T', 'S'};
    String[] args = {"query", "--index", where[1], "--knowledge", where[3]};
    Run r = Fixtures.run(new ByteArrayInputStream(junk), args);
    assertTrue(r.exit() == 0 || r.exit() == 1, r.err());
    byte[] latin1 = "AADSTS50126: Kennwort ung\u00fcltig".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Run r2 = Fixtures.run(new ByteArrayInputStream(latin1), args);
    assertEquals(0, r2.exit(), r2.err());
    assertTrue(r2.out().contains("[aadsts50126]"));
  }

  @Test
  void jsonShapeIsStable() throws Exception {
    Run r = run("", "--format", "json", Fixtures.FOUNDING_PASTE);
    assertEquals(0, r.exit(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(1, root.get("schema").asInt());
    assertEquals("query", root.get("command").asString());
    assertTrue(root.get("confident").asBoolean());
    assertEquals("AADSTS70002", root.get("input").get("codes").get(0).asString());
    JsonNode first = root.get("results").get(0);
    for (String field : List.of("rank", "score", "id", "title", "product", "component", "kind", "actors",
        "prevalence", "matched", "symptoms", "phrasings", "cause", "fix", "action", "related", "references", "tags",
        "community", "reviewed")) {
      assertTrue(first.has(field), "missing " + field);
    }
    assertEquals(Fixtures.FOUNDING_ID, first.get("id").asString());
    assertEquals("reset-aad-connector-account", first.get("action").get("id").asString());
    assertEquals("rotates-credentials", first.get("action").get("risk").asString());
    assertEquals("code", first.get("matched").get(0).get("kind").asString());
    assertEquals(6900, first.get("symptoms").get("events").get(0).get("id").asInt());
    assertTrue(first.get("fix").get("steps").size() >= 1);
    JsonNode event = new ObjectMapper().readTree(run("", "event", "659", "--format", "json").out());
    assertEquals("event", event.get("command").asString());
    assertEquals(Fixtures.FOUNDING_ID, event.get("results").get(0).get("id").asString());
  }

  @Test
  void helpListsExitCodesAndVersionWorks() {
    Run help = Fixtures.run("", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("Exit codes:"), help.out());
    assertTrue(help.out().matches("(?s).*\\n  1 +nothing found.*"), help.out());
    assertTrue(help.out().matches("(?s).*\\n  4-7 +aadfix run.*"), help.out());
    Run version = Fixtures.run("", "--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("aadfix "), version.out());
  }

  @Test
  void everySubcommandHasTheHelpItsUsageErrorsPointTo() {
    Run missing = Fixtures.run("", "code");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("(see 'code --help')"), missing.err());
    for (String command : AadfixCommand.SUBCOMMANDS) {
      Run help = Fixtures.run("", command, "--help");
      assertEquals(0, help.exit(), command + ": " + help.err());
      assertTrue(help.out().startsWith("Usage: aadfix " + command), help.out());
    }
  }

  @Test
  void aHugeLimitListsEveryEntryInsteadOfExhaustingMemory() {
    Run r = run("", "query", "-n", "999999999", "AADSTS50054");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("1. Azure AD Connector account password was changed"), r.out());
  }

  @Test
  void luceneSyntaxModeSearchesFieldsAndRefusesBadSyntaxInOneLine() {
    Run r = run("", "query", "--lucene", "message:credentials AND code:50054");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("1. Azure AD Connector account password was changed"), r.out());
    assertTrue(r.out().contains("Matched: code AADSTS50054; words \"credentials\""), r.out());
    Run phrase = run("", "query", "--lucene", "-n", "1", "event:6900 AND phrasing:\"password changed\"");
    assertEquals(0, phrase.exit(), phrase.err());
    assertTrue(phrase.out().contains("Matched: event 6900"), phrase.out());
    for (String bad : List.of("title:(", "AND", "code:[50054 TO", "\"unbalanced")) {
      Run b = run("", "query", "--lucene", bad);
      assertEquals(2, b.exit(), bad + ": " + b.out());
      assertEquals(1, b.err().lines().count(), b.err());
      assertTrue(b.err().startsWith("aadfix: not valid Lucene query syntax: "), b.err());
    }
    Run none = run("", "query", "--lucene", "code:99999999");
    assertEquals(1, none.exit(), none.out());
    Run refused = run("", "query", "--lucene", "--run", "code:50054");
    assertEquals(2, refused.exit());
  }

  @Test
  void unknownOptionIsAOneLineUsageError() {
    Run r = Fixtures.run("", "event", "--bogus", "6900");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void queryTakesOptionLikeWordsAsText() {
    Run r = run("", "query", "AADSTS50126", "-2147217390");
    assertEquals(0, r.exit(), r.err());
  }

  @Test
  void brokenFileIsSkippedAndReportedOnEveryLookup() throws Exception {
    Path knowledge = Fixtures.copyShippedKnowledge(dir.resolve("k"));
    Files.writeString(knowledge.resolve("entries/broken.yaml"), "id: broken\ntitle: [unclosed\n");
    String[] args = {"code", "50054", "--index", dir.resolve("i2").toString(), "--knowledge", knowledge.toString()};
    Run r = Fixtures.run("", args);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains(Fixtures.FOUNDING_ID));
    List<String> skipped = r.err().lines().filter(l -> l.startsWith("aadfix: skipped ")).toList();
    assertEquals(1, skipped.size(), r.err());
    assertTrue(skipped.get(0).startsWith("aadfix: skipped entries/broken.yaml:"), skipped.get(0));
    Run again = Fixtures.run("", args);
    assertEquals(skipped, again.err().lines().toList());
  }

  @Test
  void lintReportsProblemsAndExitCodes() throws Exception {
    Run clean = Fixtures.run("", "lint", "--strict", "--knowledge", Fixtures.shippedKnowledge().toString());
    assertEquals(0, clean.exit(), clean.out());
    assertTrue(clean.out().endsWith("0 errors, 0 warnings\n"), clean.out());
    Path k = Fixtures.knowledge(dir.resolve("bad"),
        "a1", Fixtures.entry("a1", "One", "AADSTS1"),
        "a2", Fixtures.entry("a2", "Two", "AADSTS22222").replace("kind: code\n", "kind: code\nbogus: 1\n"));
    Run bad = Fixtures.run("", "lint", "--knowledge", k.toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.out().contains("entries/a1.yaml:9: error: malformed code 'AADSTS1'"), bad.out());
    assertTrue(bad.out().contains("entries/a2.yaml:7: error: unknown field 'bogus'"), bad.out());
    assertTrue(bad.out().contains("2 errors"), bad.out());
  }

  @Test
  void missingKnowledgeFolderIsAOneLineError() {
    Run r = Fixtures.run("", "code", "50054", "--knowledge", dir.resolve("none").toString(), "--index",
        dir.resolve("i").toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("aadfix: no knowledge folder at"), r.err());
  }
}

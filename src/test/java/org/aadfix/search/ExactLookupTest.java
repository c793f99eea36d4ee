package org.aadfix.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.aadfix.Fixtures;
import org.aadfix.ShippedIndex;
import org.aadfix.index.ExactAnswers;
import org.aadfix.index.IndexStore;
import org.aadfix.knowledge.KnowledgeLoader;
import org.aadfix.model.CodeSymptom;
import org.aadfix.model.Entry;
import org.aadfix.model.EventSymptom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The answers worked out at build time agree with Lucene's lookups, and are used only while fresh. */
class ExactLookupTest {
  @RegisterExtension static final ShippedIndex SHIPPED = new ShippedIndex();

  @TempDir Path dir;

  @Test
  void everyCodeAndEventOfTheShippedKnowledgeGetsLucenesAnswer() throws Exception {
    List<Entry> entries = new KnowledgeLoader().load(Fixtures.shippedKnowledge()).entries();
    Set<String> codes = new TreeSet<>();
    Set<Integer> events = new TreeSet<>();
    for (Entry e : entries) {
      e.symptoms().codes().stream().map(CodeSymptom::code).forEach(codes::add);
      e.symptoms().events().stream().map(EventSymptom::id).forEach(events::add);
    }
    assertTrue(codes.size() > 300 && events.size() > 100, codes.size() + " codes, " + events.size() + " events");
    Lookup lucene = SHIPPED.lookup();
    int multiple = 0;
    try (ExactAnswers answers = ExactAnswers.openIfFresh(SHIPPED.indexDir(), Fixtures.shippedKnowledge())) {
      assertNotNull(answers, "fresh answers next to a fresh index");
      for (String code : codes) {
        List<Hit> expected = lucene.byCode(code);
        assertEquals(expected, ExactLookup.byCode(answers, code), code);
        multiple += expected.size() > 1 ? 1 : 0;
      }
      for (int event : events) {
        List<Hit> expected = lucene.byEvent(event, null);
        assertEquals(expected, ExactLookup.byEvent(answers, event), "event " + event);
        multiple += expected.size() > 1 ? 1 : 0;
      }
      assertEquals(List.of(), ExactLookup.byCode(answers, "AADSTS1"));
      assertEquals(List.of(), ExactLookup.byEvent(answers, 65535));
    }
    assertTrue(multiple >= 10, "the comparison covers rankings, not only single answers: " + multiple);
  }

  @Test
  void answersAreNotUsedOnceTheKnowledgeChanges() throws Exception {
    Path knowledge = Fixtures.copyShippedKnowledge(dir.resolve("k"));
    Path index = dir.resolve("i");
    new IndexStore(index, knowledge).rebuild();
    ExactAnswers fresh = ExactAnswers.openIfFresh(index, knowledge);
    assertNotNull(fresh);
    fresh.close();
    Files.writeString(knowledge.resolve("entries/brand-new-entry.yaml"),
        Fixtures.entry("brand-new-entry", "A brand new entry", "AADSTS98765"));
    assertNull(ExactAnswers.openIfFresh(index, knowledge), "a file added since the build");
    new IndexStore(index, knowledge).rebuild();
    try (ExactAnswers again = ExactAnswers.openIfFresh(index, knowledge)) {
      assertNotNull(again);
      assertEquals("brand-new-entry", ExactLookup.byCode(again, "AADSTS98765").get(0).entry().id());
    }
  }

  @Test
  void touchedButUnchangedKnowledgeIsUsedAgainOnceTheIndexHasConfirmedIt() throws Exception {
    Path knowledge = Fixtures.copyShippedKnowledge(dir.resolve("k"));
    Path index = dir.resolve("i");
    IndexStore store = new IndexStore(index, knowledge);
    store.rebuild();
    Path file = knowledge.resolve("entries").resolve(Fixtures.FOUNDING_ID + ".yaml");
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertNull(ExactAnswers.openIfFresh(index, knowledge), "a new time: the contents must be compared first");
    List<String> notices = new java.util.ArrayList<>();
    store.open(notices::add).close();
    assertEquals(List.of(), notices, "same contents: no rebuild");
    try (ExactAnswers confirmed = ExactAnswers.openIfFresh(index, knowledge)) {
      assertNotNull(confirmed, "the index confirmed the new times");
      assertEquals(Fixtures.FOUNDING_ID, ExactLookup.byCode(confirmed, "AADSTS50054").get(0).entry().id());
    }
  }

  @Test
  void aDamagedOrMissingFileIsNotUsed() throws Exception {
    Path knowledge = Fixtures.copyShippedKnowledge(dir.resolve("k"));
    Path index = dir.resolve("i");
    new IndexStore(index, knowledge).rebuild();
    Path generation = index.resolve(Files.readString(index.resolve("CURRENT")).strip());
    Path file;
    try (var files = Files.list(generation)) {
      file = files.filter(f -> f.getFileName().toString().endsWith(".bin")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, 40));
    assertNull(ExactAnswers.openIfFresh(index, knowledge), "cut short");
    Files.delete(file);
    assertNull(ExactAnswers.openIfFresh(index, knowledge), "missing");
    assertNull(ExactAnswers.openIfFresh(dir.resolve("nowhere"), knowledge), "no index at all");
  }
}

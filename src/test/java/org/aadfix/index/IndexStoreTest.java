package org.aadfix.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aadfix.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the index is trusted, when it is rebuilt, and what a lookup says about it. */
class IndexStoreTest {
  @TempDir Path dir;

  private List<String> open(IndexStore store) {
    List<String> notices = new ArrayList<>();
    store.open(notices::add).close();
    return notices;
  }

  private IndexStore store(Path knowledge) {
    return new IndexStore(dir.resolve("index"), knowledge);
  }

  @Test
  void touchedButUnchangedFilesDoNotRebuild() throws Exception {
    Path k = Fixtures.knowledge(dir.resolve("k"), "e1", Fixtures.entry("e1", "Entry one", "AADSTS12345"));
    IndexStore store = store(k);
    assertEquals(1, open(store).size(), "first open builds");
    Path file = k.resolve("entries/e1.yaml");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
    assertEquals(List.of(), open(store), "same contents: no rebuild");
    assertTrue(Files.exists(dir.resolve("index/CONFIRMED")), "the new file times are remembered");
    assertEquals(List.of(), open(store));
  }

  @Test
  void statDigestFollowsNamesSizesAndTimesOnly() throws Exception {
    Path k = Fixtures.knowledge(dir.resolve("k"), "e1", Fixtures.entry("e1", "Entry one", "AADSTS12345"));
    String before = org.aadfix.knowledge.Fingerprint.stat(k);
    assertEquals(before, org.aadfix.knowledge.Fingerprint.stat(k));
    Path file = k.resolve("entries/e1.yaml");
    FileTime time = Files.getLastModifiedTime(file);
    Files.setLastModifiedTime(file, FileTime.from(time.toInstant().plusSeconds(1)));
    String touched = org.aadfix.knowledge.Fingerprint.stat(k);
    assertFalse(before.equals(touched), "a new time changes it");
    Files.copy(file, k.resolve("entries/e2.yaml"));
    assertFalse(touched.equals(org.aadfix.knowledge.Fingerprint.stat(k)), "a new file changes it");
    Files.delete(k.resolve("entries/e2.yaml"));
    assertEquals(touched, org.aadfix.knowledge.Fingerprint.stat(k), "removing it restores it");
    Files.createDirectories(k.resolve("entries/folder.yaml"));
    assertEquals(touched, org.aadfix.knowledge.Fingerprint.stat(k), "folders are not knowledge files");
    Files.writeString(file, Files.readString(file) + "\n");
    Files.setLastModifiedTime(file, FileTime.from(time.toInstant().plusSeconds(1)));
    assertFalse(touched.equals(org.aadfix.knowledge.Fingerprint.stat(k)), "a new size at the same time changes it");
  }

  @Test
  void sameSizeEditIsNoticed() throws Exception {
    Path k = Fixtures.knowledge(dir.resolve("k"), "e1", Fixtures.entry("e1", "Entry one", "AADSTS12345"));
    IndexStore store = store(k);
    open(store);
    Path file = k.resolve("entries/e1.yaml");
    String edited = Files.readString(file).replace("AADSTS12345", "AADSTS54321");
    Files.writeString(file, edited);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(120)));
    List<String> notices = open(store);
    assertEquals(1, notices.size());
    assertTrue(notices.get(0).contains("the knowledge has changed"), notices.get(0));
    try (KnowledgeIndex index = store.open(line -> { })) {
      assertEquals(1, index.entryCount());
    }
  }

  @Test
  void unreadableIndexIsRebuilt() throws Exception {
    Path k = Fixtures.knowledge(dir.resolve("k"), "e1", Fixtures.entry("e1", "Entry one", "AADSTS12345"));
    IndexStore store = store(k);
    open(store);
    Files.writeString(dir.resolve("index/CURRENT"), "gen-does-not-exist\n");
    List<String> notices = open(store);
    assertEquals(List.of("aadfix: the index is unreadable; rebuilding the index in " + dir.resolve("index")), notices);
    assertEquals(List.of(), open(store));
  }

  @Test
  void buildRecordsFormatFingerprintsAndSkippedFiles() throws Exception {
    Path k = Fixtures.knowledge(dir.resolve("k"), "e1", Fixtures.entry("e1", "Entry one", "AADSTS12345"),
        "broken", "id: broken\n");
    IndexStore store = store(k);
    try (KnowledgeIndex index = store.open(line -> { })) {
      assertEquals(IndexStore.FORMAT_VERSION, index.userData().get(IndexStore.KEY_FORMAT));
      assertEquals(64, index.fingerprint().length());
      assertEquals(org.aadfix.knowledge.Fingerprint.stat(k), index.userData().get(IndexStore.KEY_STAT));
      assertTrue(index.userData().get(IndexStore.KEY_STAT).matches("stat64:[0-9a-f]{1,16}"));
      assertEquals(1, index.skipped().size(), index.skipped().toString());
      assertEquals("entries/broken.yaml:1: error: missing required field 'title' (and 8 more; 'aadfix lint' lists"
          + " them)", index.skipped().get(0));
    }
  }
}

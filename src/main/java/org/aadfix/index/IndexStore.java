package org.aadfix.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.aadfix.knowledge.Fingerprint;
import org.aadfix.knowledge.Knowledge;
import org.aadfix.knowledge.KnowledgeLoader;
import org.aadfix.knowledge.Problem;
import org.aadfix.model.Action;
import org.aadfix.model.ActionSummary;
import org.aadfix.model.CodeSymptom;
import org.aadfix.model.Codes;
import org.aadfix.model.Entry;
import org.aadfix.model.EventSymptom;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The index folder: numbered generations of the index, and a {@code CURRENT} file naming the one in use. A rebuild
 * writes a new generation and switches {@code CURRENT} atomically once the generation is committed, so a crash
 * halfway leaves the previous generation in use, and readers never see a half-written index. Rebuilds are serialised
 * across processes by a file lock.
 */
public final class IndexStore {
  /** Bump whenever fields, analysis or the payload format change: older indexes are then rebuilt. */
  public static final String FORMAT_VERSION = "10";

  static final String KEY_FORMAT = "aadfix.format";
  static final String KEY_FINGERPRINT = "aadfix.fingerprint";
  static final String KEY_SKIPPED = "aadfix.skipped";
  static final String KEY_STAT = "aadfix.stat";
  /** "generation stat" of files touched since the build whose contents still match it. */
  static final String CONFIRMED_STAT = "CONFIRMED";
  static final String KEY_BUILT = "aadfix.built";
  static final String CURRENT = "CURRENT";
  private static final String LOCK = "rebuild.lock";
  static final String GEN_PREFIX = "gen-";

  private final Path indexDir;
  private final Path knowledgeDir;

  public IndexStore(Path indexDir, Path knowledgeDir) {
    this.indexDir = indexDir;
    this.knowledgeDir = knowledgeDir;
  }

  /**
   * What a build did, and how long its two halves took: reading and validating the knowledge files, and indexing
   * the loaded entries (the Lucene index and the exact answers, committed).
   */
  public record BuildReport(int entries, int actions, List<String> skipped, Path generation, Duration loading,
      Duration indexing) {}

  /**
   * Opens the current index, rebuilding it first when it is missing, unreadable, of another format or built from
   * other knowledge. Each rebuild is announced through {@code notices} in one line.
   */
  public KnowledgeIndex open(Consumer<String> notices) {
    KnowledgeLoader.requireFolder(knowledgeDir);
    // Fast path: file names, sizes and times unchanged since the build (or since contents were last confirmed).
    String stat = Fingerprint.stat(knowledgeDir);
    Opened current = tryOpenCurrent();
    if (current.isFormat() && current.statConfirmed(stat)) {
      return current.index;
    }
    String fingerprint = Fingerprint.of(knowledgeDir);
    String reason = current.staleReason(fingerprint);
    if (reason == null) {
      // Touched but unchanged (a checkout, a copy): remember, so the next lookup takes the fast path again.
      confirmStat(current.generation, stat);
      return current.index;
    }
    current.close();
    try (FileLock lock = lock()) {
      // Another process may have rebuilt while this one waited for the lock.
      Opened again = tryOpenCurrent();
      if (again.staleReason(fingerprint) == null) {
        return again.index;
      }
      again.close();
      notices.accept("aadfix: " + reason + "; rebuilding the index in " + indexDir);
      long start = System.nanoTime();
      Knowledge knowledge = new KnowledgeLoader().load(knowledgeDir);
      build(knowledge, stat, Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new IndexException("cannot rebuild the index in " + indexDir + ": " + e.getMessage(), e);
    }
    Opened rebuilt = tryOpenCurrent();
    if (rebuilt.index == null) {
      throw new IndexException("the index in " + indexDir + " cannot be opened after a rebuild: " + rebuilt.problem, null);
    }
    return rebuilt.index;
  }

  /** Loads the knowledge and builds a new generation unconditionally. */
  public BuildReport rebuild() {
    KnowledgeLoader.requireFolder(knowledgeDir);
    // The stat before the contents: a file touched during the build then fails the fast path next time.
    String stat = Fingerprint.stat(knowledgeDir);
    try (FileLock lock = lock()) {
      long start = System.nanoTime();
      Knowledge knowledge = new KnowledgeLoader().load(knowledgeDir);
      return build(knowledge, stat, Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new IndexException("cannot rebuild the index in " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /** Builds from {@code knowledge}, recording the fingerprint of the very bytes it was parsed from. */
  private BuildReport build(Knowledge knowledge, String stat, Duration loading) throws IOException {
    long start = System.nanoTime();
    Files.createDirectories(indexDir);
    String name = GEN_PREFIX + Long.toString(System.currentTimeMillis(), 36)
        + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000));
    Path gen = indexDir.resolve(name);
    Analyzer analyzer = Analysis.create();
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(256)
        .setUseCompoundFile(false)
        .setCommitOnClose(false);
    List<String> skipped = skippedLines(knowledge);
    byte[][] payloads = new byte[knowledge.entries().size()][];
    CompletableFuture<Void> answers = CompletableFuture.completedFuture(null);
    try (Directory dir = FSDirectory.open(gen); IndexWriter writer = new IndexWriter(dir, config)) {
      // A fresh generation, and ids the loader has already checked unique: plain adds, from every core (the
      // writer is thread-safe); rankings break ties by id, never by the order documents arrived in.
      // Each entry's stored form, encoded once: the index stores it, and so do the exact answers.
      List<Entry> entries = knowledge.entries();
      IntStream.range(0, entries.size()).parallel().forEach(i -> {
        Entry e = entries.get(i);
        payloads[i] = EntryCodec.encode(e, summary(knowledge, e));
        try {
          writer.addDocument(toDocument(e, payloads[i]));
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      });
      // The exact answers need only the payloads: written while the index's segments are.
      answers = CompletableFuture.runAsync(() -> {
        try {
          ExactAnswers.write(gen, entries, payloads, e -> prevalenceWeight(e.prevalenceOrDefault()), stat, skipped);
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      });
      flushInParallel(writer);
      Map<String, String> data = new HashMap<>();
      data.put(KEY_FORMAT, FORMAT_VERSION);
      data.put(KEY_FINGERPRINT, knowledge.fingerprint());
      data.put(KEY_STAT, stat);
      data.put(KEY_BUILT, Instant.now().toString());
      data.put(KEY_SKIPPED, String.join("\n", skipped));
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    } finally {
      // Never return, or fail, with the answers still being written.
      awaitQuietly(answers);
    }
    try {
      answers.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
    switchTo(name);
    deleteOtherGenerations(name);
    return new BuildReport(knowledge.entries().size(), knowledge.actions().size(), skipped, gen, loading,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private static void awaitQuietly(CompletableFuture<Void> task) {
    try {
      task.join();
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      // Reported by the caller when the index itself was written.
    }
  }

  /**
   * Writes the in-memory segments on every core: commit would write them one after another on the calling thread,
   * which was a quarter of the time of a large build.
   */
  private static void flushInParallel(IndexWriter writer) throws IOException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    if (threads == 1) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> flushes = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        flushes.add(pool.submit(() -> {
          while (writer.flushNextBuffer()) {
            // Each call writes one buffer; the writer hands every thread a different one.
          }
          return null;
        }));
      }
      for (Future<?> f : flushes) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the index", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ActionSummary summary(Knowledge knowledge, Entry e) {
    Action a = e.action() == null ? null : knowledge.actions().get(e.action());
    return a == null ? null : new ActionSummary(a.id(), a.title(), a.risk());
  }

  /** One line per skipped file: its first error, and how many more lint will list. */
  private List<String> skippedLines(Knowledge knowledge) {
    Map<Path, List<Problem>> byFile = new java.util.LinkedHashMap<>();
    knowledge.problems().stream().filter(Problem::isError)
        .forEach(p -> byFile.computeIfAbsent(p.file(), f -> new java.util.ArrayList<>()).add(p));
    List<String> lines = new java.util.ArrayList<>();
    byFile.forEach((file, problems) -> lines.add(problems.get(0).format(knowledgeDir)
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more; 'aadfix lint' lists them)" : "")));
    return lines;
  }

  static Document toDocument(Entry e, byte[] payload) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, e.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.SORT_ID, new BytesRef(e.id())));
    doc.add(new StringField(Fields.KIND, e.kind(), Field.Store.NO));
    doc.add(new StringField(Fields.COMPONENT, e.component(), Field.Store.NO));
    e.tags().forEach(t -> doc.add(new StringField(Fields.TAG, t, Field.Store.NO)));
    doc.add(text(Fields.TITLE, e.title()));
    for (EventSymptom ev : e.symptoms().events()) {
      doc.add(new StringField(Fields.EVENT, Integer.toString(ev.id()), Field.Store.NO));
      ev.sources().forEach(s -> doc.add(new StringField(Fields.EVENT_SOURCE, Codes.key(s), Field.Store.NO)));
      addMessage(doc, ev.message());
    }
    for (CodeSymptom c : e.symptoms().codes()) {
      doc.add(new StringField(Fields.CODE, c.code(), Field.Store.NO));
      if (c.name() != null) {
        doc.add(text(Fields.MESSAGE, c.name()));
      }
      c.messages().forEach(m -> addMessage(doc, m));
    }
    e.related().codes().forEach(c -> doc.add(new StringField(Fields.RELATED_CODE, c, Field.Store.NO)));
    e.symptoms().messages().forEach(m -> addMessage(doc, m));
    for (String n : e.symptoms().errorNames()) {
      doc.add(new StringField(Fields.ERROR_NAME, Codes.key(n), Field.Store.NO));
      doc.add(text(Fields.MESSAGE, n));
    }
    e.phrasings().forEach(p -> doc.add(text(Fields.PHRASING, p)));
    doc.add(text(Fields.BODY, e.cause()));
    doc.add(text(Fields.BODY, e.fix().summary()));
    e.fix().steps().forEach(s -> doc.add(text(Fields.BODY, s)));
    float prevalence = prevalenceWeight(e.prevalenceOrDefault());
    doc.add(new FeatureField(Fields.FEATURES, Fields.PREVALENCE, prevalence));
    doc.add(new NumericDocValuesField(Fields.PREVALENCE, (long) prevalence));
    doc.add(new StoredField(Fields.PAYLOAD, payload));
    return doc;
  }

  /**
   * Analyzed text with term frequencies but no positions: scoring needs frequencies, phrases are matched through
   * the shingle field, and the matched words come from postings; positions would only slow the build.
   */
  private static final FieldType TEXT = analyzed(IndexOptions.DOCS_AND_FREQS);

  /**
   * Word pairs and triples of messages: documents only. A pair or triple almost never occurs twice in one message,
   * so frequencies would score nothing and only cost the build (the phrase field holds most of an index's distinct
   * terms).
   */
  private static final FieldType PHRASES = analyzed(IndexOptions.DOCS);

  private static FieldType analyzed(IndexOptions options) {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(options);
    t.freeze();
    return t;
  }

  private static Field text(String name, String value) {
    return new Field(name, value, TEXT);
  }

  private static void addMessage(Document doc, String message) {
    doc.add(text(Fields.MESSAGE, message));
    doc.add(new Field(Fields.MESSAGE_PHRASES, message, PHRASES));
  }

  static float prevalenceWeight(String prevalence) {
    return switch (prevalence) {
      case "common" -> 4f;
      case "rare" -> 1f;
      default -> 2f;
    };
  }

  /** The state of the current generation, or why there is none usable. */
  private final class Opened {
    final KnowledgeIndex index;
    final String problem;
    final String generation;

    Opened(KnowledgeIndex index, String problem, String generation) {
      this.index = index;
      this.problem = problem;
      this.generation = generation;
    }

    boolean isFormat() {
      return index != null && FORMAT_VERSION.equals(index.userData().get(KEY_FORMAT));
    }

    boolean statConfirmed(String stat) {
      if (stat.equals(index.userData().get(KEY_STAT))) {
        return true;
      }
      try {
        return (generation + " " + stat).equals(Files.readString(indexDir.resolve(CONFIRMED_STAT)).strip());
      } catch (IOException e) {
        return false;
      }
    }

    String staleReason(String fingerprint) {
      if (index == null) {
        return problem;
      }
      Map<String, String> data = index.userData();
      if (!FORMAT_VERSION.equals(data.get(KEY_FORMAT))) {
        return "the index has another format version";
      }
      if (!fingerprint.equals(data.get(KEY_FINGERPRINT))) {
        return "the knowledge has changed since the index was built";
      }
      return null;
    }

    void close() {
      if (index != null) {
        index.close();
      }
    }
  }

  private Opened tryOpenCurrent() {
    String problem = "no index yet";
    // Two tries: a rebuild in another process may switch generations between reading CURRENT and opening it.
    for (int attempt = 0; attempt < 2; attempt++) {
      String name;
      try {
        name = Files.readString(indexDir.resolve(CURRENT), StandardCharsets.UTF_8).strip();
      } catch (NoSuchFileException e) {
        return new Opened(null, "no index yet", null);
      } catch (IOException e) {
        return new Opened(null, "the index is unreadable", null);
      }
      if (!name.startsWith(GEN_PREFIX) || name.contains("/") || name.contains("\\")) {
        return new Opened(null, "the index is unreadable", null);
      }
      try {
        Directory dir = FSDirectory.open(indexDir.resolve(name));
        DirectoryReader reader;
        try {
          reader = DirectoryReader.open(dir);
        } catch (IOException | RuntimeException e) {
          dir.close();
          throw e;
        }
        return new Opened(new KnowledgeIndex(reader), null, name);
      } catch (IOException | RuntimeException e) {
        problem = "the index is unreadable";
      }
    }
    return new Opened(null, problem, null);
  }

  /** Best effort: without it the next lookup merely reads the contents again. */
  private void confirmStat(String generation, String stat) {
    try {
      Path tmp = indexDir.resolve(CONFIRMED_STAT + ".tmp-" + Integer.toHexString(ThreadLocalRandom.current().nextInt()));
      Files.writeString(tmp, generation + " " + stat + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, indexDir.resolve(CONFIRMED_STAT), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // Read-only index folder: correct, only slower.
    }
  }

  private FileLock lock() throws IOException {
    Files.createDirectories(indexDir);
    FileChannel channel = FileChannel.open(indexDir.resolve(LOCK),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      return channel.lock();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private void switchTo(String name) throws IOException {
    Path tmp = indexDir.resolve(CURRENT + ".tmp-" + Integer.toHexString(ThreadLocalRandom.current().nextInt()));
    Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    try {
      Files.move(tmp, indexDir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, indexDir.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Best effort: a generation still open elsewhere (on Windows) stays until the next rebuild. */
  private void deleteOtherGenerations(String keep) {
    try (Stream<Path> children = Files.list(indexDir)) {
      for (Path p : children.toList()) {
        String n = p.getFileName().toString();
        boolean staleGen = n.startsWith(GEN_PREFIX) && !n.equals(keep);
        boolean staleTmp = n.startsWith(CURRENT + ".tmp-") || n.startsWith(CONFIRMED_STAT);
        if (staleGen || staleTmp) {
          deleteTree(p);
        }
      }
    } catch (IOException e) {
      // Leftovers cost disk space only; the next rebuild tries again.
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // See deleteOtherGenerations.
    }
  }
}

package org.aadfix.index;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.aadfix.knowledge.Fingerprint;
import org.aadfix.model.ActionSummary;
import org.aadfix.model.CodeSymptom;
import org.aadfix.model.Entry;
import org.aadfix.model.EventSymptom;

/**
 * The answers to {@code aadfix code} and {@code aadfix event}, worked out when the index is built and stored next to
 * it in the same generation: for each code and event ID, its entries in the order the Lucene lookup ranks them
 * (prevalence, then id), and each entry's payload. Those lookups are the whole answer to a question known in advance,
 * so a lookup that finds this file fresh reads a few records from it and never starts Lucene, whose start-up (reading
 * JVM options through JMX, memory-mapping, codecs, the reader) was most of such a lookup's time.
 *
 * <p>Fresh means: the generation is the current one, its format is this build's, and the knowledge files' names,
 * sizes and times are the ones recorded (or confirmed) for it, the same test {@link IndexStore#open} makes. Anything
 * else, a missing or damaged file included, gives {@code null}, and the caller takes the full path, which rebuilds
 * when needed. A test holds both paths to the same answers for every code and event ID of the shipped knowledge.
 *
 * <p>Layout, big-endian: magic, format version, stat fingerprint, skipped-file lines; entry count, key count; the
 * keys' record positions (keys in byte order), the entries' record positions; key records (key, entry ordinals);
 * entry records (prevalence weight, payload).
 */
public final class ExactAnswers implements Closeable {
  static final String FILE = "exact-answers.bin";
  private static final byte[] MAGIC = "AADFIXEA".getBytes(StandardCharsets.US_ASCII);

  /** An entry with its prevalence weight (4 common, 2 occasional, 1 rare), as the index records it. */
  public record Answer(Entry entry, ActionSummary action, float prevalence) {}

  private final FileChannel channel;
  private final List<String> skipped;
  private final int entryCount;
  private final int keyCount;
  private final long keyTable;
  private final long entryTable;

  private ExactAnswers(FileChannel channel, List<String> skipped, int entryCount, int keyCount, long keyTable,
      long entryTable) {
    this.channel = channel;
    this.skipped = skipped;
    this.entryCount = entryCount;
    this.keyCount = keyCount;
    this.keyTable = keyTable;
    this.entryTable = entryTable;
  }

  /** The lines of the knowledge files the build skipped, as {@link KnowledgeIndex#skipped} gives them. */
  public List<String> skipped() {
    return skipped;
  }

  /** The entries listing {@code code} (canonical, as {@code AADSTS50054}) among their symptoms, best first. */
  public List<Answer> byCode(String code) throws IOException {
    return answers(codeKey(code));
  }

  /** The entries listing event {@code id} among their symptoms, best first. */
  public List<Answer> byEvent(int id) throws IOException {
    return answers(eventKey(id));
  }

  private static String codeKey(String code) {
    return "code:" + code;
  }

  private static String eventKey(int id) {
    return "event:" + id;
  }

  /**
   * The current generation's answers when they are fresh for {@code knowledgeDir}, else null. The caller closes
   * what it gets.
   */
  public static ExactAnswers openIfFresh(Path indexDir, Path knowledgeDir) {
    FileChannel channel = null;
    try {
      String generation = Files.readString(indexDir.resolve(IndexStore.CURRENT), StandardCharsets.UTF_8).strip();
      if (!generation.startsWith(IndexStore.GEN_PREFIX) || generation.contains("/") || generation.contains("\\")) {
        return null;
      }
      channel = FileChannel.open(indexDir.resolve(generation).resolve(FILE), StandardOpenOption.READ);
      Reader in = new Reader(channel);
      byte[] magic = in.bytes(0, MAGIC.length);
      long at = MAGIC.length;
      String format = in.string(at);
      at += 4 + in.length(at);
      String stat = in.string(at);
      at += 4 + in.length(at);
      if (!Arrays.equals(magic, MAGIC) || !IndexStore.FORMAT_VERSION.equals(format)) {
        channel.close();
        return null;
      }
      String now = Fingerprint.stat(knowledgeDir);
      if (!now.equals(stat) && !confirmed(indexDir, generation, now)) {
        channel.close();
        return null;
      }
      int skippedCount = in.integer(at);
      at += 4;
      List<String> skipped = new ArrayList<>(skippedCount);
      for (int i = 0; i < skippedCount; i++) {
        skipped.add(in.string(at));
        at += 4 + in.length(at);
      }
      int entryCount = in.integer(at);
      int keyCount = in.integer(at + 4);
      long keyTable = at + 8;
      return new ExactAnswers(channel, List.copyOf(skipped), entryCount, keyCount, keyTable, keyTable + 8L * keyCount);
    } catch (IOException | RuntimeException e) {
      // Missing (an index of an earlier build), damaged or unreadable: the full path answers instead.
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException ignored) {
          // Nothing more to release.
        }
      }
      return null;
    }
  }

  /** The knowledge was touched but found unchanged since the build: {@link IndexStore} records that in a file. */
  private static boolean confirmed(Path indexDir, String generation, String stat) {
    try {
      return (generation + " " + stat).equals(
          Files.readString(indexDir.resolve(IndexStore.CONFIRMED_STAT), StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // A read-only channel: nothing was written that could be lost.
    }
  }

  private List<Answer> answers(String key) throws IOException {
    Reader in = new Reader(channel);
    byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
    int low = 0;
    int high = keyCount - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      long record = in.longAt(keyTable + 8L * mid);
      int length = in.integer(record);
      int cmp = Arrays.compareUnsigned(in.bytes(record + 4, length), wanted);
      if (cmp < 0) {
        low = mid + 1;
      } else if (cmp > 0) {
        high = mid - 1;
      } else {
        long at = record + 4 + length;
        int n = in.integer(at);
        List<Answer> answers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          int ordinal = in.integer(at + 4 + 4L * i);
          if (ordinal < 0 || ordinal >= entryCount) {
            throw new IOException("damaged answers file");
          }
          long entry = in.longAt(entryTable + 8L * ordinal);
          float prevalence = Float.intBitsToFloat(in.integer(entry));
          int size = in.integer(entry + 4);
          EntryCodec.Stored s = EntryCodec.decode(in.bytes(entry + 8, size), 0, size);
          answers.add(new Answer(s.entry(), s.action(), prevalence));
        }
        return answers;
      }
    }
    return List.of();
  }

  /**
   * Writes the answers of {@code entries} into the generation folder {@code dir}: {@code payloads[i]} is the stored
   * form of entry {@code i} (the one the index stores), {@code prevalence} the weight the index records for it.
   */
  static void write(Path dir, List<Entry> entries, byte[][] payloads, ToDoubleFunction<Entry> prevalence,
      String stat, List<String> skipped) throws IOException {
    // The order the Lucene lookup ranks equal matches in: higher prevalence first, then id in byte order.
    Integer[] order = new Integer[entries.size()];
    double[] weight = new double[order.length];
    byte[][] id = new byte[order.length][];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      weight[i] = prevalence.applyAsDouble(entries.get(i));
      id[i] = entries.get(i).id().getBytes(StandardCharsets.UTF_8);
    }
    Arrays.sort(order, (a, b) -> {
      int byWeight = Double.compare(weight[b], weight[a]);
      return byWeight != 0 ? byWeight : Arrays.compareUnsigned(id[a], id[b]);
    });
    // Keys in byte order (all ASCII), each with its entries in rank order, each entry once.
    Map<String, Set<Integer>> keys = new TreeMap<>();
    for (int o = 0; o < order.length; o++) {
      Entry e = entries.get(order[o]);
      for (CodeSymptom c : e.symptoms().codes()) {
        keys.computeIfAbsent(codeKey(c.code()), k -> new LinkedHashSet<>()).add(o);
      }
      for (EventSymptom ev : e.symptoms().events()) {
        keys.computeIfAbsent(eventKey(ev.id()), k -> new LinkedHashSet<>()).add(o);
      }
    }
    Path tmp = dir.resolve(FILE + ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.write(MAGIC);
      writeString(out, IndexStore.FORMAT_VERSION);
      writeString(out, stat);
      out.writeInt(skipped.size());
      for (String s : skipped) {
        writeString(out, s);
      }
      out.writeInt(order.length);
      out.writeInt(keys.size());
      long at = out.size() + 8L * keys.size() + 8L * order.length;
      List<byte[]> keyBytes = new ArrayList<>(keys.size());
      for (var k : keys.entrySet()) {
        byte[] b = k.getKey().getBytes(StandardCharsets.UTF_8);
        keyBytes.add(b);
        out.writeLong(at);
        at += 4 + b.length + 4 + 4L * k.getValue().size();
      }
      for (int o : order) {
        out.writeLong(at);
        at += 8 + payloads[o].length;
      }
      int i = 0;
      for (Set<Integer> ordinals : keys.values()) {
        byte[] b = keyBytes.get(i++);
        out.writeInt(b.length);
        out.write(b);
        out.writeInt(ordinals.size());
        for (int o : ordinals) {
          out.writeInt(o);
        }
      }
      for (int o : order) {
        out.writeInt(Float.floatToIntBits((float) weight[o]));
        out.writeInt(payloads[o].length);
        out.write(payloads[o]);
      }
    }
    Files.move(tmp, dir.resolve(FILE));
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** Positional reads: a lookup touches a few records of a file that may hold 100,000 entries. */
  private static final class Reader {
    private final FileChannel channel;

    Reader(FileChannel channel) {
      this.channel = channel;
    }

    byte[] bytes(long at, int n) throws IOException {
      if (n < 0 || at < 0 || at + n > channel.size()) {
        throw new EOFException("damaged answers file");
      }
      ByteBuffer buf = ByteBuffer.allocate(n);
      while (buf.hasRemaining()) {
        if (channel.read(buf, at + buf.position()) < 0) {
          throw new EOFException("damaged answers file");
        }
      }
      return buf.array();
    }

    int integer(long at) throws IOException {
      return ByteBuffer.wrap(bytes(at, 4)).getInt();
    }

    long longAt(long at) throws IOException {
      return ByteBuffer.wrap(bytes(at, 8)).getLong();
    }

    int length(long at) throws IOException {
      return integer(at);
    }

    String string(long at) throws IOException {
      return new String(bytes(at + 4, integer(at)), StandardCharsets.UTF_8);
    }
  }
}

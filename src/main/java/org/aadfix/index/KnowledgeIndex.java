package org.aadfix.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.aadfix.model.ActionSummary;
import org.aadfix.model.Entry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/** An open, up-to-date index: a searcher over one committed generation, and what the build recorded about it. */
public final class KnowledgeIndex implements Closeable {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private Analyzer analyzer;
  private final Map<String, String> userData;

  KnowledgeIndex(DirectoryReader reader) throws IOException {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.userData = reader.getIndexCommit().getUserData();
  }

  /** A stored entry with the summary of its action, if it has one. */
  public record StoredEntry(Entry entry, ActionSummary action) {}

  public IndexSearcher searcher() {
    return searcher;
  }

  /** Built on first use: code, event and id lookups never analyze text. */
  public Analyzer analyzer() {
    if (analyzer == null) {
      analyzer = Analysis.create();
    }
    return analyzer;
  }

  public StoredEntry stored(int doc) {
    try {
      StoredFields fields = searcher.storedFields();
      BytesRef payload = fields.document(doc, java.util.Set.of(Fields.PAYLOAD)).getBinaryValue(Fields.PAYLOAD);
      EntryCodec.Stored s = EntryCodec.decode(payload.bytes, payload.offset, payload.length);
      return new StoredEntry(s.entry(), s.action());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read entry " + doc + " from the index", e);
    }
  }

  public int entryCount() {
    return reader.numDocs();
  }

  /** One line per knowledge file that the build skipped because of an error. */
  public List<String> skipped() {
    String s = userData.getOrDefault(IndexStore.KEY_SKIPPED, "");
    return s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
  }

  Map<String, String> userData() {
    return userData;
  }

  public String fingerprint() {
    return userData.get(IndexStore.KEY_FINGERPRINT);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

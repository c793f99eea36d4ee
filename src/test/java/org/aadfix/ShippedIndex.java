package org.aadfix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.aadfix.index.IndexStore;
import org.aadfix.index.KnowledgeIndex;
import org.aadfix.search.Lookup;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real index of the shipped knowledge, built in a temporary folder once per test class:
 * {@code @RegisterExtension static final ShippedIndex SHIPPED = new ShippedIndex();}.
 */
public final class ShippedIndex implements BeforeAllCallback, AfterAllCallback {
  private Path dir;
  private KnowledgeIndex index;
  private Lookup lookup;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("aadfix-test-index");
    index = new IndexStore(dir, Fixtures.shippedKnowledge()).open(line -> { });
    lookup = new Lookup(index);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    index.close();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index folder, for what the build writes next to the Lucene index. */
  public Path indexDir() {
    return dir;
  }

  public KnowledgeIndex index() {
    return index;
  }

  public Lookup lookup() {
    return lookup;
  }
}

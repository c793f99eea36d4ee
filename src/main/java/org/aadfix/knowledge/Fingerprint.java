package org.aadfix.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of every knowledge file (names and bytes). The index records the fingerprint it was built from; a lookup
 * compares it without parsing any YAML, so an edit is noticed at the cost of reading a few hundred small files.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** A digest of every knowledge file's name and content. */
  public static String of(Path root) {
    return digest(root, true);
  }

  /**
   * A digest of every knowledge file's name, size and modification time: what {@code make} trusts, read without
   * opening a file. A lookup compares it first and reads the contents only when it differs.
   */
  public static String stat(Path root) {
    return digest(root, false);
  }

  private static String digest(Path root, boolean contents) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String sub : List.of(KnowledgeLoader.ENTRIES, KnowledgeLoader.ACTIONS)) {
      Path dir = root.resolve(sub);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          digest.update((sub + "/" + f.getFileName()).getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          if (contents) {
            byte[] content = Files.readAllBytes(f);
            digest.update(Integer.toString(content.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(content);
          } else {
            String meta = Files.size(f) + ":" + Files.getLastModifiedTime(f).toMillis();
            digest.update(meta.getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read knowledge in " + dir, e);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}

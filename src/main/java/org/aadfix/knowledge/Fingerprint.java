package org.aadfix.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A digest of every knowledge file (names and bytes). The index records the fingerprint it was built from; a lookup
 * compares it without parsing any YAML, so an edit is noticed at the cost of reading a few hundred small files.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** A digest of every knowledge file's name and content. */
  public static String of(Path root) {
    return of(files(root), Map.of());
  }

  /**
   * The same digest over {@code files} (as listed by {@link #files}), taking the bytes the loader has already read
   * from {@code read} and reading only the others, so that a build reads each file once.
   */
  static String of(List<Path> files, Map<Path, byte[]> read) {
    MessageDigest digest = sha256();
    for (Path f : files) {
      byte[] content = read.get(f);
      if (content == null) {
        try {
          content = Files.readAllBytes(f);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read knowledge in " + f.getParent(), e);
        }
      }
      name(digest, f);
      digest.update(Integer.toString(content.length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) 0);
      digest.update(content);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * A digest of every knowledge file's name, size and modification time: what {@code make} trusts, read without
   * opening a file. A lookup compares it first and reads the contents only when it differs.
   */
  public static String stat(Path root) {
    MessageDigest digest = sha256();
    forEachFile(root, (f, attrs) -> {
      name(digest, f);
      String meta = attrs.size() + ":" + attrs.lastModifiedTime().toMillis();
      digest.update(meta.getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) 0);
    });
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The regular files of {@code entries/} then {@code actions/}, each folder sorted: the order both digests use. */
  static List<Path> files(Path root) {
    List<Path> files = new ArrayList<>();
    forEachFile(root, (f, attrs) -> files.add(f));
    return files;
  }

  private interface FileVisitor {
    void visit(Path file, BasicFileAttributes attrs);
  }

  private static void forEachFile(Path root, FileVisitor visitor) {
    for (String sub : List.of(KnowledgeLoader.ENTRIES, KnowledgeLoader.ACTIONS)) {
      Path dir = root.resolve(sub);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          // One stat call per file for its type, size and time.
          BasicFileAttributes attrs;
          try {
            attrs = Files.readAttributes(f, BasicFileAttributes.class);
          } catch (NoSuchFileException e) {
            continue; // a dangling link, or a file deleted while listing: not a regular file
          }
          if (attrs.isRegularFile()) {
            visitor.visit(f, attrs);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read knowledge in " + dir, e);
      }
    }
  }

  private static void name(MessageDigest digest, Path file) {
    digest.update((file.getParent().getFileName() + "/" + file.getFileName()).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.aadfix.knowledge;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A digest of every knowledge file (each file's name and the digest of its bytes). The index records the fingerprint
 * it was built from; a lookup compares it without parsing any YAML, so an edit is noticed at the cost of reading a few
 * hundred small files.
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
    // Each file's own digest on every core, then one digest of the names and those: hashing a 100,000-file folder
    // on one core was a tenth of a build's loading time.
    List<byte[]> contents = files.parallelStream().map(f -> sha256().digest(content(f, read))).toList();
    MessageDigest digest = sha256();
    for (int i = 0; i < files.size(); i++) {
      name(digest, files.get(i));
      digest.update(contents.get(i));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static byte[] content(Path f, Map<Path, byte[]> read) {
    byte[] content = read.get(f);
    if (content != null) {
      return content;
    }
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge in " + f.getParent(), e);
    }
  }

  /**
   * A digest of every knowledge file's name, size and modification time: what {@code make} trusts, read without
   * opening a file. A lookup compares it first and reads the contents only when it differs. It runs on every lookup,
   * in a cold JVM where nearly every line is interpreted, so it lists names with {@link File#list} and asks the file
   * system for each one's type, size and time directly, and hashes with plain loops (64-bit FNV-1a over the names,
   * a multiply-xor step for the numbers): building the NIO path and attribute objects for a few hundred files took
   * twice as long as this, and a cryptographic digest would only add its set-up.
   */
  public static String stat(Path root) {
    long hash = FNV_OFFSET;
    for (String sub : SUBFOLDERS) {
      File dir = new File(root.toFile(), sub);
      String[] names = dir.list();
      if (names == null) {
        continue;
      }
      Arrays.sort(names);
      hash = fnv(hash, sub);
      for (String name : names) {
        File f = new File(dir, name);
        if (f.isFile()) {
          hash = fnv(hash, name);
          hash = mix(hash, f.length());
          hash = mix(hash, f.lastModified());
        }
      }
    }
    return "stat64:" + Long.toHexString(hash);
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** FNV-1a over the UTF-16 units of {@code s}, then a separator, so that "ab"+"c" and "a"+"bc" differ. */
  private static long fnv(long hash, String s) {
    long h = hash;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return (h ^ 0x10000) * FNV_PRIME;
  }

  private static long mix(long hash, long value) {
    long h = (hash ^ value) * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  private static final List<String> SUBFOLDERS = List.of(KnowledgeLoader.ENTRIES, KnowledgeLoader.ACTIONS);

  /** The regular files of {@code entries/} then {@code actions/}, each folder sorted: the order both digests use. */
  static List<Path> files(Path root) {
    List<Path> files = new ArrayList<>();
    for (String sub : SUBFOLDERS) {
      for (Path f : sortedChildren(root.resolve(sub))) {
        if (regularFileAttributes(f) != null) {
          files.add(f);
        }
      }
    }
    return files;
  }

  /** The folder's entries in path order; none when it is missing or not a folder. */
  private static List<Path> sortedChildren(Path dir) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        children.add(p);
      }
    } catch (NoSuchFileException | NotDirectoryException e) {
      return children;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge in " + dir, e);
    }
    Collections.sort(children);
    return children;
  }

  /** Size, time and type in one stat call; null for anything but a regular file (or a file gone meanwhile). */
  private static BasicFileAttributes regularFileAttributes(Path f) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(f, BasicFileAttributes.class);
      return attrs.isRegularFile() ? attrs : null;
    } catch (NoSuchFileException e) {
      return null; // a dangling link, or a file deleted while listing
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge in " + f.getParent(), e);
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

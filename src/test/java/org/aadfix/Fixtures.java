package org.aadfix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.aadfix.cli.Main;

/** Shared test helpers: copies of the shipped knowledge, small entries, and in-process CLI runs. */
public final class Fixtures {
  private Fixtures() {}

  /** The founding paste as the README quotes it. */
  public static final String FOUNDING_PASTE =
      "AADSTS70002: Error validating credentials. AADSTS50054: Old password is used for authentication.";

  public static final String FOUNDING_ID = "sync-aad-connector-account-password-changed";

  /** The project's own knowledge folder (tests run from the project folder). */
  public static Path shippedKnowledge() {
    return Path.of("knowledge").toAbsolutePath();
  }

  /** A copy of the shipped knowledge, so that a test may edit it. */
  public static Path copyShippedKnowledge(Path dest) {
    try (Stream<Path> walk = Files.walk(shippedKnowledge())) {
      for (Path p : walk.toList()) {
        Path target = dest.resolve(shippedKnowledge().relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
      return dest;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small valid entry; {@code extra} is appended as more top-level YAML. */
  public static String entry(String id, String title, String code) {
    return "# yaml-language-server: $schema=../schema/entry.schema.json\n"
        + "id: " + id + "\n"
        + "title: " + title + "\n"
        + "product: Microsoft Entra ID\n"
        + "component: sign-in\n"
        + "kind: code\n"
        + "symptoms:\n"
        + "  codes:\n"
        + "    - code: " + code + "\n"
        + "      messages: [\"Something specific went wrong for " + id + ".\"]\n"
        + "phrasings:\n"
        + "  - users of " + id + " cannot sign in this morning\n"
        + "  - the " + id + " login page shows an error\n"
        + "cause: The cause of " + id + " explained in enough words.\n"
        + "fix:\n"
        + "  summary: Do the thing that fixes " + id + ".\n"
        + "  steps:\n"
        + "    - Open the admin center and fix it.\n"
        + "references:\n"
        + "  - title: Public page\n"
        + "    url: https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes\n"
        + "tags: [test]\n"
        + "reviewed: 2026-11-26\n";
  }

  /** A knowledge folder with the given entries (id -> YAML) and no actions. */
  public static Path knowledge(Path dir, String... idAndYaml) {
    try {
      Files.createDirectories(dir.resolve("entries"));
      Files.createDirectories(dir.resolve("actions"));
      for (int i = 0; i < idAndYaml.length; i += 2) {
        Files.writeString(dir.resolve("entries").resolve(idAndYaml[i] + ".yaml"), idAndYaml[i + 1]);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What one in-process run printed and returned. */
  public record Run(int exit, String out, String err) {}

  public static Run run(String stdin, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  public static Run run(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(in, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
  }
}

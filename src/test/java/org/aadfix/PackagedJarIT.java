package org.aadfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a real process, outside Maven's class path: what an administrator runs. */
class PackagedJarIT {
  @TempDir Path dir;

  static final Path JAR = Path.of(System.getProperty("aadfix.jar", "target/aadfix.jar")).toAbsolutePath();
  static final Path PROJECT = Path.of(System.getProperty("aadfix.projectDir", ".")).toAbsolutePath();

  record Result(int exit, String out, String err) {}

  static Process start(List<String> command, Path stdin) throws IOException {
    return start(command, stdin, java.util.Map.of());
  }

  static Process start(List<String> command, Path stdin, java.util.Map<String, String> env) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    pb.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())
        : ProcessBuilder.Redirect.from(stdin.toFile()));
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    return pb.start();
  }

  static Result finish(Process p) throws Exception {
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out");
    }
    return new Result(p.exitValue(), out.get(), err.get());
  }

  static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<String> java(String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  Result aadfix(Path knowledge, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--index", dir.resolve("index").toString(), "--knowledge", knowledge.toString()));
    return finish(start(java(all.toArray(String[]::new)), null));
  }

  @Test
  void foundingPasteFromThePackagedJar() throws Exception {
    Result first = aadfix(Fixtures.shippedKnowledge(), Fixtures.FOUNDING_PASTE);
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().startsWith("1. Azure AD Connector account password was changed"), first.out());
    assertTrue(first.out().contains("Add-ADSyncAADServiceAccount"));
    assertTrue(first.err().startsWith("aadfix: no index yet; rebuilding"), first.err());
    Result second = aadfix(Fixtures.shippedKnowledge(), "event", "6900");
    assertEquals(0, second.exit());
    assertEquals("", second.err(), "a normal lookup prints nothing on standard error");
  }

  @Test
  void lintPassesOnTheShippedKnowledge() throws Exception {
    Result r = finish(start(java("lint", "--strict", "--knowledge", Fixtures.shippedKnowledge().toString()), null));
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().endsWith("0 errors, 0 warnings\n"), r.out());
  }

  @Test
  void launcherRunsTheBuiltJar() throws Exception {
    Path launcher = PROJECT.resolve("aadfix");
    Result r = finish(start(List.of(launcher.toString(), "code", "50054", "--index", dir.resolve("i").toString()),
        null));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("1. Azure AD Connector account password"), r.out());
  }

  /**
   * The class-data archive after a jar rebuild: the launcher trains a new one before the lookup, removes the ones
   * made for the old jar, and the lookup prints exactly what it printed before (a stale archive would have put the
   * JVM's warning on standard output) with the new archive in use.
   */
  @Test
  void afterAJarRebuildTheNextLookupRetrainsAndStaysClean() throws Exception {
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve("target"));
    Files.copy(PROJECT.resolve("aadfix"), home.resolve("aadfix"));
    Path jar = Files.copy(JAR, home.resolve("target/aadfix.jar"));
    Fixtures.copyShippedKnowledge(home.resolve("knowledge"));
    List<String> lookup = List.of(home.resolve("aadfix").toString(), "code", "50054");

    Result first = finish(start(lookup, null));
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().startsWith("1. Azure AD Connector account password"), first.out());
    List<Path> archives = archives(home);
    assertEquals(1, archives.size(), archives.toString());

    // A rebuild: a newer jar (the archive records the jar's time and size), and an archive another JVM made of the
    // old jar.
    // Times a minute apart: the archive records the jar's time in whole seconds, and the first lookup may have
    // taken several.
    long built = Files.getLastModifiedTime(jar).toMillis();
    Path copyOfOld = Files.copy(archives.get(0), dir.resolve("old.jsa"));
    Path foreign = Files.writeString(home.resolve("target/aadfix-another-jvm.jsa"), "not an archive");
    for (Path old : List.of(archives.get(0), foreign)) {
      Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(built - 120_000));
    }
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(built - 60_000));
    // -Xshare:on turns an archive the JVM cannot use into a failed start instead of a slow one.
    java.util.Map<String, String> strict = java.util.Map.of("JDK_JAVA_OPTIONS", "-Xshare:on");
    Result stale = finish(start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:SharedArchiveFile=" + copyOfOld, "-jar", jar.toString(), "code", "50054"), null, strict));
    assertTrue(stale.exit() != 0, "the old archive no longer fits the jar: " + stale.out());

    Result next = finish(start(lookup, null, strict));
    assertEquals(0, next.exit(), "the lookup started with the new archive: " + next.err());
    assertEquals(first.out(), next.out(), "standard output after the rebuild");
    List<Path> now = archives(home);
    assertEquals(1, now.size(), "the archives of the old jar are gone: " + now);
    assertTrue(Files.getLastModifiedTime(now.get(0)).compareTo(Files.getLastModifiedTime(jar)) > 0,
        "a new archive, newer than the jar");

    // The index command runs with flags of its own (the throughput collector, the optimising compiler): the
    // archive, trained as a lookup runs, serves it as well.
    Result index = finish(start(List.of(home.resolve("aadfix").toString(), "index", "--index",
        dir.resolve("rebuilt").toString()), null, strict));
    assertEquals(0, index.exit(), "the index command started with the archive: " + index.err());
    assertTrue(index.out().startsWith("indexed ") && index.out().contains(" entries and "), index.out());
    assertEquals(now, archives(home), "no archive of its own");
  }

  private static List<Path> archives(Path home) throws IOException {
    try (Stream<Path> files = Files.list(home.resolve("target"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList();
    }
  }

  @Test
  void trainingRunAnswersEveryLookupQuietly() throws Exception {
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Daadfix.home=" + PROJECT, "-cp", JAR.toString(), "org.aadfix.cli.Training", dir.resolve("i").toString());
    Result r = finish(start(cmd, null));
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals("", r.err());
    assertTrue(Files.exists(dir.resolve("i/CURRENT")), "the training built an index of its own");
  }

  @Test
  void staleIndexIsRebuiltAfterAnEdit() throws Exception {
    Path k = Fixtures.copyShippedKnowledge(dir.resolve("k"));
    assertEquals(0, aadfix(k, "code", "50054").exit());
    Files.writeString(k.resolve("entries/brand-new-entry.yaml"),
        Fixtures.entry("brand-new-entry", "A brand new entry", "AADSTS98765"));
    Result r = aadfix(k, "code", "98765");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("the knowledge has changed since the index was built; rebuilding"), r.err());
    assertTrue(r.out().contains("[brand-new-entry]"));
  }

  @Test
  void rebuildInterruptedHalfwayLeavesAUsableIndex() throws Exception {
    Path k = Fixtures.copyShippedKnowledge(dir.resolve("k"));
    assertEquals(0, aadfix(k, "code", "50054").exit());
    String before = Files.readString(dir.resolve("index/CURRENT")).strip();
    Path extra = dir.resolve("k/entries");
    for (int i = 0; i < 30_000; i++) {
      String id = "generated-" + i;
      Files.writeString(extra.resolve(id + ".yaml"), Fixtures.entry(id, "Generated entry " + i, "AADSTS" + (800000 + i)));
    }
    Process p = start(java("index", "--index", dir.resolve("index").toString(), "--knowledge", k.toString()), null);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (generations().size() < 2 && System.nanoTime() < deadline && p.isAlive()) {
      Thread.sleep(20);
    }
    assertTrue(p.isAlive(), "the rebuild ended before it could be interrupted");
    p.destroyForcibly().waitFor();
    assertEquals(before, Files.readString(dir.resolve("index/CURRENT")).strip(), "CURRENT still names the old index");
    // Back to the knowledge the old index was built from: it answers at once, without a rebuild.
    try (Stream<Path> files = Files.list(extra)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("generated-")).toList()) {
        Files.delete(f);
      }
    }
    Result r = aadfix(k, "code", "50054");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("1. Azure AD Connector account password"));
  }

  @Test
  void lookupsDuringARebuildAllAnswer() throws Exception {
    Path k = Fixtures.copyShippedKnowledge(dir.resolve("k"));
    assertEquals(0, aadfix(k, "code", "50054").exit());
    Files.writeString(k.resolve("entries/brand-new-entry.yaml"),
        Fixtures.entry("brand-new-entry", "A brand new entry", "AADSTS98765"));
    List<Process> running = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      running.add(start(java("code", "50054", "--index", dir.resolve("index").toString(), "--knowledge",
          k.toString()), null));
    }
    running.add(start(java("index", "--index", dir.resolve("index").toString(), "--knowledge", k.toString()), null));
    for (Process p : running) {
      Result r = finish(p);
      assertEquals(0, r.exit(), r.err());
      assertTrue(r.out().startsWith("1. Azure AD Connector account password") || r.out().startsWith("indexed "),
          r.out());
    }
    assertEquals(1, generations().size(), "old generations are cleaned up");
  }

  @Test
  void dryRunOfTheFoundingActionPrintsTheInvocation() throws Exception {
    Result r = finish(start(java("run", "reset-aad-connector-account", "--dry-run", "--audit-log",
        dir.resolve("audit.jsonl").toString()), null));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Command:   "), r.out());
    assertTrue(r.out().contains("-File " + PROJECT.resolve("knowledge/actions/reset-aad-connector-account.ps1")),
        r.out());
    assertTrue(r.out().contains("Add-ADSyncAADServiceAccount -AADCredential $credential"), r.out());
    assertTrue(r.out().contains("Asks for:  Global Administrator"), r.out());
    assertTrue(r.out().contains("Dry run: nothing was started."));
  }

  @Test
  void withoutPowerShellItSaysWhereToRunAndAudits() throws Exception {
    Path emptyBin = Files.createDirectories(dir.resolve("empty-bin"));
    Path config = dir.resolve("config");
    Result r = finish(start(java("run", "reset-aad-connector-account"), null,
        java.util.Map.of("PATH", emptyBin.toString(), "XDG_CONFIG_HOME", config.toString())));
    assertEquals(4, r.exit(), r.err());
    assertTrue(r.err().contains("is not on this machine: run 'reset-aad-connector-account' on the Azure AD Connect"),
        r.err());
    List<String> lines = Files.readAllLines(config.resolve("aadfix/audit.jsonl"));
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).contains("\"outcome\":\"preflight-failed\""), lines.get(0));
  }

  @Test
  void concurrentRunsKeepAuditLinesWhole() throws Exception {
    Path log = dir.resolve("shared-audit.jsonl");
    List<Process> running = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      running.add(start(java("run", "start-sync-cycle", "--dry-run", "--param", "PolicyType=" + (i % 2 == 0 ? "Delta"
          : "Initial"), "--audit-log", log.toString()), null));
    }
    for (Process p : running) {
      assertEquals(0, finish(p).exit());
    }
    List<String> lines = Files.readAllLines(log);
    assertEquals(6, lines.size());
    for (String line : lines) {
      tools.jackson.databind.JsonNode node = new tools.jackson.databind.ObjectMapper().readTree(line);
      assertEquals("dry-run", node.get("outcome").asString());
    }
  }

  private List<Path> generations() throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("index"))) {
      return s.filter(p -> p.getFileName().toString().startsWith("gen-")).toList();
    }
  }
}

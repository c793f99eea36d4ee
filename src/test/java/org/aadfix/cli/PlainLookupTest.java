package org.aadfix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.aadfix.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The plain lookups bound without picocli answer exactly as picocli's path does: same standard output, same standard
 * error, same exit code, on argument lists that take the plain path and on lists next to them that must not.
 */
class PlainLookupTest {
  @TempDir static Path dir;

  /** Stands for the --index and --knowledge options of the test's own index. */
  private static final String W = "\0where";
  private static final String PASTE = Fixtures.FOUNDING_PASTE;
  private static final String STDIN = "Log Name: Application\nEvent ID: 659\n"
      + "Error while retrieving password policy sync configuration\n";

  private static final String HOME = "aadfix.home";
  private static String[] where;

  /** One argument list, and whether PlainLookup should bind it. */
  private record Case(boolean plain, String... args) {
    @Override
    public String toString() {
      return (plain ? "plain " : "picocli ") + Arrays.toString(args).replace(W, "<where>");
    }
  }

  private static Case plain(String... args) {
    return new Case(true, args);
  }

  private static Case picocli(String... args) {
    return new Case(false, args);
  }

  static final List<Case> CASES = List.of(
      // The shorthand and bare standard input.
      plain(W, PASTE),
      plain(),
      plain(W),
      plain(W, "-"),
      plain("query", W),
      plain("query", W, "-"),
      plain("query", "-", W, "extra"),
      plain(PASTE, W),
      plain("AADSTS50054", W),
      plain("password", "expired", "for", "the", "sync", "account", W),
      plain("query", W, "Event 6900", "ADSync"),
      plain("query", W, "a=b", "c:d", "\u00e9v\u00e9nement", "50054"),
      plain("query", W, ""),
      plain("query", W, "", "  "),
      plain("query", W, "zzzzqqq"),
      // query's options, before, between and after the words.
      plain("query", W, "--limit", "5", PASTE),
      plain("query", W, "-n", "1", PASTE),
      plain("query", W, "--limit=2", PASTE),
      plain("query", W, PASTE, "-n", "7"),
      plain("query", W, "password", "-n", "2", "expired"),
      plain("query", W, "--limit", "0", PASTE),
      plain("query", W, "-n", "40", "sync"),
      plain("query", W, "--explain", PASTE),
      plain("query", W, "--explain", "-n", "2", "password expired"),
      plain("query", W, "--format", "json", PASTE),
      plain("query", W, "--format=json", "-n", "1", PASTE),
      plain("query", W, "--format", "text", PASTE),
      plain("query", W, "--format", "json", "--explain", "AADSTS50126"),
      plain("query", W, "--no-color", PASTE),
      plain("query", W, "--format", "json"),
      plain("query", W, "--format", "json", "-"),
      plain("--format", "json", "code", "50054", W),
      plain("--limit", "1", PASTE, W),
      picocli("query", W, "-n1", PASTE),
      picocli("query", W, "-n=1", PASTE),
      picocli("query", W, "--limit", "010", PASTE),
      picocli("query", W, "--limit", "+3", PASTE),
      picocli("query", W, "--limit", "-1", PASTE),
      picocli("query", W, "--limit", "abc", PASTE),
      picocli("query", W, "--limit", "2147483648", PASTE),
      picocli("query", W, "--limit"),
      picocli("query", W, "--limit=", PASTE),
      picocli("query", W, "--explain=true", PASTE),
      picocli("query", W, "--format", "JSON", PASTE),
      picocli("query", W, "--format", "xml", PASTE),
      picocli("query", W, "--format=", PASTE),
      picocli("query", W, "--no-color", "--no-color", PASTE),
      picocli("query", W, "-n", "2", "--limit", "3", PASTE),
      picocli("query", W, "--", "--format", "json"),
      picocli("query", W, "--", PASTE),
      picocli("query", W, "AADSTS50126", "-2147217390"),
      picocli("query", W, "-2147217390"),
      picocli("query", W, "--bogus", "text"),
      picocli("query", W, "--source", "ADSync", "6900"),
      picocli("query", W, "--help"),
      picocli("query", W, "-h"),
      picocli("query", W, "--verbose", "--limit", "0", "x"),
      picocli("query", W, "--run", "--format", "json", PASTE),
      picocli("query", W, "--run", "--yes", PASTE),
      picocli("query", W, "--dry-run", PASTE),
      picocli("query", "--index", "--knowledge", "x"),
      picocli("query", W, "--index", "@x", "x"),
      picocli(W, "--verbose", PASTE),
      picocli("--verbose", "query", W, "--limit", "0", "x"),
      picocli("-2147217390", W),
      // event.
      plain("event", W, "6900"),
      plain("event", "659", W),
      plain("event", W, "65000"),
      plain("event", W, "65535"),
      plain("event", W, "65536"),
      plain("event", W, "06900"),
      plain("event", W, " 6900 "),
      plain("event", W, "abc"),
      plain("event", W, ""),
      plain("event", W, "-"),
      plain("event", W, "6900", "--source", "ADSync"),
      plain("event", W, "--source=ADSync", "6900"),
      plain("event", W, "--source", "adsync", "6900"),
      plain("event", W, "--source", "Nope", "6900"),
      plain("event", W, "--source", "", "6900"),
      plain("event", W, "--format", "json", "6900"),
      plain("event", W, "6900", "--format=json", "--source", "ADSync"),
      plain("event", W, "--no-color", "659"),
      picocli("event", W),
      picocli("event", W, "6900", "659"),
      picocli("event", W, "-5"),
      picocli("event", W, "--", "6900"),
      picocli("event", W, "6900", "--explain"),
      picocli("event", W, "6900", "--limit", "3"),
      picocli("event", W, "6900", "--source"),
      picocli("event", W, "6900", "--source", "-x"),
      picocli("event", W, "--bogus", "6900"),
      picocli("event", W, "6900", "--verbose"),
      picocli("event", W, "--help"),
      // code.
      plain("code", W, "50054"),
      plain("code", "AADSTS50054", W),
      plain("code", W, "aadsts50054"),
      plain("code", W, "AADSTS99999999"),
      plain("code", W, "hello"),
      plain("code", W, ""),
      plain("code", W, "-"),
      plain("code", W, "--format", "json", "50054"),
      plain("code", W, "50054", "--format", "json"),
      plain("code", W, "--format=text", "--no-color", "50054"),
      picocli("code", W),
      picocli("code", W, "50054", "70002"),
      picocli("code", W, "--source", "x", "50054"),
      picocli("code", W, "-n", "1", "50054"),
      picocli("code", W, "--", "50054"),
      picocli("code", W, "hello", "--verbose"),
      picocli("code", W, "--format", "json", "--format", "text", "50054"),
      picocli("code", W, "-50054"),
      // Everything else belongs to picocli.
      picocli("--help"),
      picocli("-h"),
      picocli("--version"),
      picocli("show", W, Fixtures.FOUNDING_ID),
      picocli("list", W, "--tag", "founding"));

  @BeforeAll
  static void buildIndex() {
    // A bare invocation uses the home's knowledge and index: the home is a copy in the temp folder, so that the
    // test neither depends on nor writes to the checkout's index/ (a clean clone has none).
    Path home = dir.resolve("home");
    Fixtures.copyShippedKnowledge(home.resolve("knowledge"));
    System.setProperty(HOME, home.toString());
    where = new String[] {"--index", home.resolve("index").toString(), "--knowledge",
        home.resolve("knowledge").toString()};
    // The first lookup builds the index and says so; the comparisons below start after it.
    assertNotNull(Fixtures.run("", "code", "50054", where[0], where[1], where[2], where[3]));
  }

  @AfterAll
  static void forgetHome() {
    System.clearProperty(HOME);
  }

  private static String[] expand(String... args) {
    List<String> all = new ArrayList<>();
    for (String a : args) {
      if (a.equals(W)) {
        all.addAll(List.of(where));
      } else {
        all.add(a);
      }
    }
    return all.toArray(String[]::new);
  }

  private record Outcome(int exit, String out, String err) {}

  private static Outcome run(boolean viaPicocli, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, false);
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int exit = viaPicocli ? Main.runPicocli(console, o, e, args) : Main.run(console, o, e, args);
    // A --verbose stack trace names the entry point it passed through; its message and exceptions must agree.
    String frames = "(?m)^\\t(at |\\.\\.\\. \\d+ more).*\\R";
    return new Outcome(exit, out.toString(), err.toString().replaceAll(frames, ""));
  }

  private static void assertSame(Case c, String stdin) {
    String[] args = expand(c.args());
    Outcome viaPicocli = run(true, stdin, args);
    Outcome asShipped = run(false, stdin, args);
    assertEquals(viaPicocli, asShipped, c + " with standard input " + stdin.length() + " chars");
  }

  @Test
  void eachCaseTakesTheExpectedPath() {
    for (Case c : CASES) {
      String[] effective = Main.withShorthand(expand(c.args()));
      boolean bound = PlainLookup.bind(new AadfixCommand(new Console(null, false, false)), effective) != null;
      assertEquals(c.plain(), bound, c.toString());
    }
  }

  @Test
  void bothPathsPrintTheSameAndExitTheSame() {
    for (Case c : CASES) {
      assertSame(c, STDIN);
    }
  }

  @Test
  void bothPathsReadAnEmptyOrAbsentPasteAlike() {
    for (String stdin : List.of("", "   \n\t\n", PASTE + "\n", "\u00e9\u00e8 AADSTS50126\r\n")) {
      for (Case c : List.of(plain(W), plain("query", W, "-"), plain("query", W, "--format", "json"))) {
        assertSame(c, stdin);
      }
    }
  }

  @Test
  void bothPathsReportAFailureAlike() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("file"), "x");
    for (String command : List.of("query", "event", "code")) {
      assertSame(plain(command, "--knowledge", dir.resolve("none").toString(), "--index",
          dir.resolve("i").toString(), "6900"), "");
      assertSame(plain(command, "--knowledge", Fixtures.shippedKnowledge().toString(), "--index",
          notAFolder.toString(), "6900"), "");
    }
  }

  @Test
  void argumentFilesGoToPicocli() throws Exception {
    Path args = Files.writeString(dir.resolve("args"), "--format json AADSTS50054\n");
    Case c = picocli("query", W, "@" + args);
    assertEquals(false, PlainLookup.bind(new AadfixCommand(null), Main.withShorthand(expand(c.args()))) != null);
    assertSame(c, "");
    assertTrue(run(true, "", expand(c.args())).out().contains("\"schema\""));
  }

  /** Every spelling PlainLookup accepts is an option of the picocli command, with the arity PlainLookup assumes. */
  @Test
  void plainOptionsAreThePicocliOptions() {
    Map<String, Object> commands = Map.of("query", new QueryCommand(), "event", new EventCommand(), "code",
        new CodeCommand());
    commands.forEach((name, command) -> {
      CommandLine top = new CommandLine(new AadfixCommand(null)).addSubcommand(name, command);
      CommandSpec spec = top.getSubcommands().get(name).getCommandSpec();
      PlainLookup.options(name).forEach((spelling, canonical) -> {
        OptionSpec option = spec.findOption(spelling);
        assertNotNull(option, name + " " + spelling);
        assertEquals(option, spec.findOption(canonical), name + " " + spelling + " is " + canonical);
        boolean flag = PlainLookup.FLAGS.contains(canonical);
        assertEquals(flag ? 0 : 1, option.arity().max(), name + " " + spelling);
      });
    });
  }
}

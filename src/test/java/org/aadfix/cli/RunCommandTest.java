package org.aadfix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aadfix.Fixtures;
import org.aadfix.Fixtures.Run;
import org.aadfix.StandIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** aadfix run against a stand-in PowerShell: real child processes, real audit files. */
@DisabledOnOs(OS.WINDOWS)
class RunCommandTest {
  @TempDir Path dir;
  StandIn pwsh;
  Path audit;
  Path actions = Fixtures.shippedKnowledge().resolve("actions");

  @BeforeEach
  void setUp() {
    pwsh = new StandIn(dir.resolve("standin"));
    audit = dir.resolve("audit.jsonl");
  }

  /** One run with the given stdin; {@code interactive} says whether a person is typing. */
  private Run run(String stdin, boolean interactive, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--knowledge", Fixtures.shippedKnowledge().toString(), "--audit-log", audit.toString()));
    if (!all.contains("--shell")) {
      all.addAll(List.of("--shell", pwsh.program().toString()));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), interactive, false);
    int code = Main.run(console, new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  private List<JsonNode> auditLines() throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(audit)) {
      nodes.add(new ObjectMapper().readTree(line));
    }
    return nodes;
  }

  @Test
  void exactArgumentListsForPreflightAndRun() throws Exception {
    Run r = run("", false, "run", "start-sync-cycle", "--param", "PolicyType=Initial", "--yes");
    assertEquals(0, r.exit(), r.err());
    List<List<String>> calls = pwsh.calls();
    assertEquals(2, calls.size(), calls.toString());
    assertEquals(List.of("-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-File",
        actions.resolve("runtime/preflight.ps1").toString(), "ADSync", "true"), calls.get(0));
    assertEquals(List.of("-NoProfile", "-ExecutionPolicy", "Bypass", "-File",
        actions.resolve("runtime/invoke-cmdlet.ps1").toString(), "ADSync", "Start-ADSyncSyncCycle",
        "-PolicyType", "Initial"), calls.get(1));
    assertTrue(r.out().contains("stand-in output"), "output is streamed: " + r.out());
    JsonNode line = auditLines().get(0);
    assertEquals("succeeded", line.get("outcome").asString());
    assertEquals("Initial", line.get("parameters").get("PolicyType").asString());
    assertEquals(0, line.get("child_exit_code").asInt());
  }

  @Test
  void scriptActionsRunTheirBundledScriptWithWhatIf() {
    Run r = run("", false, "run", "reset-aad-connector-account", "--what-if");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("-NoProfile", "-ExecutionPolicy", "Bypass", "-File",
        actions.resolve("reset-aad-connector-account.ps1").toString(), "-WhatIf"), pwsh.calls().get(1));
  }

  @Test
  void whatIfIsRefusedWhereTheCmdletLacksIt() {
    Run r = run("", false, "run", "start-sync-cycle", "--what-if", "--yes");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("does not support -WhatIf"), r.err());
    assertTrue(pwsh.calls().isEmpty());
  }

  @Test
  void hostileParameterValuesAreRefusedAndNothingRuns() throws Exception {
    String[] hostile = {"; rm -rf /", "$(Remove-Item C:\\ -Recurse)", "`whoami`", "Delta\nInitial", "Delta' ; x '",
        "\"Delta\"", "D".repeat(10_000), "Delta -Force", ""};
    for (String value : hostile) {
      Run r = run("", false, "run", "start-sync-cycle", "--param", "PolicyType=" + value, "--yes");
      assertEquals(2, r.exit(), value);
      assertEquals(1, r.err().lines().count(), r.err());
      assertFalse(r.err().contains("\n" + "Initial"), "a refused value is shown on one line");
    }
    Run unknown = run("", false, "run", "start-sync-cycle", "--param", "Command=Get-Process", "--yes");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("has no parameter 'Command'"), unknown.err());
    Run connector = run("", false, "run", "reset-adds-connector-account", "--param", "ConnectorName=contoso.com;calc",
        "--yes");
    assertEquals(2, connector.exit());
    assertTrue(pwsh.calls().isEmpty(), "nothing ran: " + pwsh.calls());
    List<JsonNode> lines = auditLines();
    assertEquals(hostile.length + 2, lines.size());
    assertTrue(lines.stream().allMatch(l -> l.get("outcome").asString().equals("refused")));
  }

  @Test
  void dryRunRunsNothing() throws Exception {
    Run r = run("", false, "run", "reset-aad-connector-account", "--dry-run");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("Add-ADSyncAADServiceAccount -AADCredential $credential"), r.out());
    assertTrue(r.out().contains("Command:   " + pwsh.program() + " -NoProfile -ExecutionPolicy Bypass -File"), r.out());
    assertTrue(r.out().contains("Asks for:  Global Administrator"), r.out());
    assertTrue(pwsh.calls().isEmpty());
    assertTrue(auditLines().get(0).get("dry_run").asBoolean());
  }

  @Test
  void confirmationInProportionToTheRisk() throws Exception {
    // A credential rotation needs the action id typed back; "yes" is not enough.
    Run declined = run("yes\n", true, "run", "reset-aad-connector-account");
    assertEquals(5, declined.exit());
    assertEquals(1, pwsh.calls().size(), "only the preflight ran");
    Run accepted = run("reset-aad-connector-account\n", true, "run", "reset-aad-connector-account");
    assertEquals(0, accepted.exit(), accepted.err());
    assertEquals(3, pwsh.calls().size());
    // A configuration change needs "yes".
    Run no = run("no\n", true, "run", "enable-sync-scheduler");
    assertEquals(5, no.exit());
    Run yes = run("yes\n", true, "run", "enable-sync-scheduler");
    assertEquals(0, yes.exit(), yes.err());
    assertEquals(List.of("-SyncCycleEnabled", "true"), pwsh.calls().get(pwsh.calls().size() - 1).subList(7, 9));
    // A read-only diagnostic asks nothing.
    Run diag = run("", true, "run", "diagnose-password-hash-sync");
    assertEquals(0, diag.exit(), diag.err());
    List<String> outcomes = auditLines().stream().map(l -> l.get("outcome").asString()).toList();
    assertEquals(List.of("declined", "succeeded", "declined", "succeeded", "succeeded"), outcomes);
  }

  @Test
  void nonTerminalWithoutYesIsRefused() throws Exception {
    Run r = run("reset-aad-connector-account\n", false, "run", "reset-aad-connector-account");
    assertEquals(5, r.exit());
    assertTrue(r.err().contains("rerun with --yes"), r.err());
    assertEquals(1, pwsh.calls().size(), "only the preflight ran");
    assertEquals("refused", auditLines().get(0).get("outcome").asString());
  }

  @Test
  void childExitCodeIsReportedAndMapped() throws Exception {
    pwsh.set("exit", "3");
    Run r = run("", false, "run", "start-sync-cycle", "--yes");
    assertEquals(6, r.exit());
    assertTrue(r.err().contains("PowerShell exited with code 3"), r.err());
    JsonNode line = auditLines().get(0);
    assertEquals("failed", line.get("outcome").asString());
    assertEquals(3, line.get("child_exit_code").asInt());
  }

  @Test
  void timeoutEndsTheChild() throws Exception {
    pwsh.set("sleep", "60");
    long t0 = System.nanoTime();
    Run r = run("", false, "run", "start-sync-cycle", "--yes", "--timeout", "1");
    long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
    assertEquals(7, r.exit(), r.err());
    assertTrue(seconds < 30, "ended after " + seconds + " s");
    assertEquals("timed-out", auditLines().get(0).get("outcome").asString());
  }

  @Test
  void missingModuleOrElevationIsOneClearSentence() throws Exception {
    pwsh.set("preflight-exit", "11");
    Run r = run("", false, "run", "start-sync-cycle", "--yes");
    assertEquals(4, r.exit());
    assertEquals("aadfix: the PowerShell module ADSync is not installed here: run it on the Azure AD Connect"
        + " (Microsoft Entra Connect Sync) server, in an elevated PowerShell (Run as administrator)\n", r.err());
    pwsh.set("preflight-exit", "12");
    Run r2 = run("", false, "run", "start-sync-cycle", "--yes");
    assertEquals(4, r2.exit());
    assertTrue(r2.err().contains("needs an elevated session"), r2.err());
    assertEquals(2, pwsh.calls().size(), "only the two preflights ran");
  }

  @Test
  void missingInterpreterSaysWhereToRunItAndLeavesAnAuditLine() throws Exception {
    Run r = run("", false, "run", "reset-aad-connector-account", "--shell", dir.resolve("no-pwsh").toString());
    assertEquals(4, r.exit());
    assertTrue(r.err().contains("run 'reset-aad-connector-account' on the Azure AD Connect"), r.err());
    assertEquals("preflight-failed", auditLines().get(0).get("outcome").asString());
  }

  @Test
  void auditLinesAreWellFormedAndHoldNoOutput() throws Exception {
    run("", false, "run", "start-sync-cycle", "--yes");
    run("", false, "run", "reset-aad-connector-account", "--dry-run");
    String raw = Files.readString(audit);
    assertFalse(raw.contains("SECRET-OUTPUT-LINE"), "the child's output never reaches the audit log");
    for (JsonNode line : auditLines()) {
      for (String field : List.of("time", "user", "host", "action", "parameters", "suggested_by", "dry_run",
          "what_if", "command", "outcome", "child_exit_code", "exit_code", "duration_ms")) {
        assertTrue(line.has(field), "missing " + field + " in " + line);
      }
    }
  }

  @Test
  void queryRunGoesEndToEnd() throws Exception {
    String[] args = {"query", Fixtures.FOUNDING_PASTE, "--run", "--index", dir.resolve("index").toString()};
    Run r = run("reset-aad-connector-account\n", true, args);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("1. Azure AD Connector account password"), r.out());
    assertTrue(r.out().contains("Action:    reset-aad-connector-account"), r.out());
    assertTrue(r.err().contains("Type the action id 'reset-aad-connector-account' to run it"), r.err());
    assertTrue(r.out().contains("'reset-aad-connector-account' finished: PowerShell exited with code 0."), r.out());
    assertEquals(2, pwsh.calls().size());
    JsonNode line = auditLines().get(0);
    assertEquals("succeeded", line.get("outcome").asString());
    assertEquals(Fixtures.FOUNDING_ID, line.get("suggested_by").asString());
  }

  @Test
  void queryRunRefusesUnderYesWhenSeveralAnswersArePlausible() {
    // Event 6900 alone fits three causes equally well.
    String[] args = {"query", "Event ID: 6900", "--run", "--yes", "--index", dir.resolve("index").toString()};
    Run r = run("", false, args);
    assertEquals(5, r.exit(), r.err());
    assertTrue(r.err().contains("more than one plausible answer"), r.err());
    assertTrue(pwsh.calls().isEmpty());
  }

  @Test
  void queryRunRefusesJsonOutput() {
    Run r = run("", false, "query", Fixtures.FOUNDING_PASTE, "--run", "--format", "json", "--index",
        dir.resolve("index").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--run cannot be combined with --format json"), r.err());
    assertTrue(pwsh.calls().isEmpty());
  }

  @Test
  void unknownActionIsAUsageError() {
    Run r = run("", false, "run", "format-c-drive", "--yes");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no action 'format-c-drive' in the catalog"), r.err());
  }
}

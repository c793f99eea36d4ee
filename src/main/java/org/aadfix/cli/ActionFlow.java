package org.aadfix.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aadfix.actions.ActionException;
import org.aadfix.actions.AuditLog;
import org.aadfix.actions.AuditRecord;
import org.aadfix.actions.Interpreter;
import org.aadfix.actions.Plan;
import org.aadfix.actions.Planner;
import org.aadfix.actions.Preflight;
import org.aadfix.actions.ProcessSeam;
import org.aadfix.model.Action;

/**
 * Preview, preflight, confirmation in proportion to the risk, the run itself, and an audit line for every outcome.
 */
final class ActionFlow {
  private final Console console;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ProcessSeam seam = new ProcessSeam();

  ActionFlow(Console console, PrintWriter out, PrintWriter err) {
    this.console = console;
    this.out = out;
    this.err = err;
  }

  int launch(Action action, Path actionsDir, RunOptions options, String suggestedBy) {
    long t0 = System.nanoTime();
    AuditLog audit = new AuditLog(options.auditLog != null ? options.auditLog : AuditLog.defaultFile());
    Map<String, String> given = options.parameters();
    Optional<Path> interpreter = Interpreter.find(options.shell, System.getenv("PATH"));
    String program = interpreter.map(Path::toString)
        .orElse(options.shell != null ? options.shell.toString() : Interpreter.defaultName());
    Plan plan;
    try {
      plan = new Planner(actionsDir).plan(action, given, options.whatIf, program);
    } catch (ActionException e) {
      record(audit, action, given, suggestedBy, options, List.of(), "refused", e.getMessage(), null,
          ExitCodes.USAGE, t0);
      throw new UserException(e.getMessage());
    }
    preview(plan);
    if (options.dryRun) {
      out.println();
      out.println("Dry run: nothing was started.");
      out.flush();
      return record(audit, plan, suggestedBy, options, "dry-run", null, null, ExitCodes.FOUND, t0);
    }
    if (interpreter.isEmpty()) {
      String why = options.shell != null
          ? "the PowerShell given with --shell (" + options.shell + ") is not an executable file"
          : "PowerShell (" + Interpreter.defaultName() + ") is not on this machine";
      return refuse(audit, plan, suggestedBy, options, "preflight-failed", why + ": run '" + action.id() + "' on "
          + action.runsOn() + (Boolean.TRUE.equals(action.elevated()) ? ", in an elevated PowerShell" : "")
          + ", with aadfix there or by running the script shown above", ExitCodes.CANNOT_RUN, t0);
    }
    try {
      audit.ensureWritable();
    } catch (UncheckedIOException e) {
      err.println("aadfix: " + e.getMessage());
      err.flush();
      return ExitCodes.CANNOT_RUN;
    }
    Optional<String> problem = new Preflight(seam, actionsDir).check(interpreter.get(), action);
    if (problem.isPresent()) {
      return refuse(audit, plan, suggestedBy, options, "preflight-failed", problem.get(), ExitCodes.CANNOT_RUN, t0);
    }
    String confirmation = confirmationFor(action, options);
    if (confirmation != null) {
      if (!console.interactive()) {
        return refuse(audit, plan, suggestedBy, options, "refused",
            "standard input is not a terminal, so nobody can confirm; rerun with --yes to confirm an unattended run",
            ExitCodes.NOT_CONFIRMED, t0);
      }
      if (!confirmed(confirmation)) {
        return refuse(audit, plan, suggestedBy, options, "declined", "not confirmed; nothing was started",
            ExitCodes.NOT_CONFIRMED, t0);
      }
    }
    out.println();
    out.println("Running " + action.id() + (plan.whatIf() ? " with -WhatIf" : "") + "...");
    out.flush();
    ProcessSeam.Result r = console.inheritable()
        ? seam.run(plan.argv(), options.timeout(), null, null)
        : seam.run(plan.argv(), options.timeout(), out, err);
    if (r.timedOut()) {
      err.println("aadfix: '" + action.id() + "' did not finish within " + options.timeout().toSeconds()
          + " s and was ended");
      err.flush();
      return record(audit, plan, suggestedBy, options, "timed-out", null, null, ExitCodes.TIMED_OUT, t0);
    }
    if (r.exitCode() != 0) {
      err.println("aadfix: '" + action.id() + "' failed: PowerShell exited with code " + r.exitCode());
      err.flush();
      return record(audit, plan, suggestedBy, options, "failed", null, r.exitCode(), ExitCodes.ACTION_FAILED, t0);
    }
    out.println("'" + action.id() + "' finished: PowerShell exited with code 0.");
    if (action.verify() != null) {
      out.println("To check that it worked: " + action.verify());
    }
    out.flush();
    return record(audit, plan, suggestedBy, options, "succeeded", null, 0, ExitCodes.FOUND, t0);
  }

  private void preview(Plan plan) {
    Action a = plan.action();
    out.println("Action:    " + a.id() + " - " + a.title());
    out.println("Risk:      " + a.risk() + " (" + confirmationDescription(a) + ")");
    out.println("Runs on:   " + a.runsOn() + (Boolean.TRUE.equals(a.elevated()) ? ", elevated (Run as administrator)" : ""));
    out.println("Needs:     the PowerShell module " + a.module());
    out.println("Changes:   " + a.changes().strip());
    out.println("Asks for:  " + (a.prompts().isEmpty() ? "nothing" : String.join("; ", a.prompts())));
    if (a.verify() != null) {
      out.println("Check:     " + a.verify());
    }
    if (!plan.parameters().isEmpty()) {
      out.println("Parameters: " + plan.parameters().entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
    }
    out.println("Command:   " + display(plan.argv()));
    out.println("Script " + plan.script() + ":");
    plan.scriptText().lines().forEach(l -> out.println("  | " + l));
    out.flush();
  }

  private static String confirmationDescription(Action a) {
    return switch (a.risk()) {
      case "read-only" -> "runs without asking";
      case "changes-configuration" -> "you will type yes to confirm";
      default -> "you will type the action id to confirm";
    };
  }

  /** What the operator must type, or null when no confirmation is needed. */
  private static String confirmationFor(Action action, RunOptions options) {
    if (options.yes || options.whatIf || "read-only".equals(action.risk())) {
      return null;
    }
    return "changes-configuration".equals(action.risk()) ? "yes" : action.id();
  }

  private boolean confirmed(String expected) {
    err.println();
    err.print("Type " + (expected.equals("yes") ? "yes" : "the action id '" + expected + "'")
        + " to run it, anything else to cancel: ");
    err.flush();
    try {
      String line = console.reader().readLine();
      return line != null && line.strip().equals(expected);
    } catch (IOException e) {
      return false;
    }
  }

  private int refuse(AuditLog audit, Plan plan, String suggestedBy, RunOptions options, String outcome, String reason,
      int exit, long t0) {
    err.println("aadfix: " + reason);
    err.flush();
    return record(audit, plan, suggestedBy, options, outcome, reason, null, exit, t0);
  }

  private int record(AuditLog audit, Plan plan, String suggestedBy, RunOptions options, String outcome, String reason,
      Integer childExit, int exit, long t0) {
    return record(audit, plan.action(), plan.parameters(), suggestedBy, options, plan.argv(), outcome, reason,
        childExit, exit, t0);
  }

  private int record(AuditLog audit, Action action, Map<String, String> parameters, String suggestedBy,
      RunOptions options, List<String> command, String outcome, String reason, Integer childExit, int exit, long t0) {
    AuditRecord r = new AuditRecord(Instant.now(), System.getProperty("user.name"), hostName(), action.id(),
        parameters, suggestedBy, options.dryRun, options.whatIf, command, outcome, reason, childExit, exit,
        (System.nanoTime() - t0) / 1_000_000);
    try {
      audit.append(r);
    } catch (UncheckedIOException e) {
      err.println("aadfix: " + e.getMessage() + " (use --audit-log FILE)");
      err.flush();
    }
    return exit;
  }

  /** Display form of an argument list: each argument that needs it in single quotes, as PowerShell reads them. */
  static String display(List<String> argv) {
    return argv.stream()
        .map(a -> a.isEmpty() || a.matches(".*[\\s'\"`$;&|<>(){}\\[\\]#,].*") ? "'" + a.replace("'", "''") + "'" : a)
        .collect(Collectors.joining(" "));
  }

  private static String hostName() {
    for (String var : List.of("COMPUTERNAME", "HOSTNAME")) {
      String v = System.getenv(var);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    try {
      Path etc = Path.of("/etc/hostname");
      if (Files.isReadable(etc)) {
        String v = Files.readString(etc).strip();
        if (!v.isEmpty()) {
          return v;
        }
      }
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }
}

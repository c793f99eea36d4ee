package org.aadfix.actions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One line of the audit log. Holds what was asked and what happened; never a credential and never the child's
 * output (credentials are prompted for inside PowerShell and never pass through aadfix).
 *
 * @param outcome previewed, dry-run, refused, declined, preflight-failed, succeeded, failed or timed-out
 * @param childExit the interpreter's exit code, or null when nothing ran
 */
public record AuditRecord(
    Instant time,
    String user,
    String host,
    String action,
    Map<String, String> parameters,
    String suggestedBy,
    boolean dryRun,
    boolean whatIf,
    List<String> command,
    String outcome,
    String reason,
    Integer childExit,
    int exitCode,
    long durationMs) {
  public AuditRecord {
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    command = command == null ? List.of() : List.copyOf(command);
  }
}

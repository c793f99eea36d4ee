package org.aadfix.actions;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * An append-only JSON Lines file. Each record is one line written in a single locked append, so lines stay whole
 * when several aadfix processes write at once.
 */
public final class AuditLog {
  private final Path file;

  public AuditLog(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** The default location: the user's configuration folder. */
  public static Path defaultFile() {
    String appData = System.getenv("APPDATA");
    if (Interpreter.onWindows() && appData != null && !appData.isBlank()) {
      return Path.of(appData, "aadfix", "audit.jsonl");
    }
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("aadfix").resolve("audit.jsonl");
  }

  /** Fails unless a record can be appended; checked before anything runs, so that no run goes unrecorded. */
  public void ensureWritable() {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        // Opening for append is the check.
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit log " + file + " (use --audit-log FILE)", e);
    }
  }

  public void append(AuditRecord r) {
    byte[] line = (toJson(r) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
          FileLock lock = ch.lock()) {
        ByteBuffer buf = ByteBuffer.wrap(line);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit log " + file, e);
    }
  }

  static String toJson(AuditRecord r) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(ObjectWriteContext.empty(), w)) {
      g.writeStartObject();
      g.writeStringProperty("time", r.time().toString());
      g.writeStringProperty("user", r.user());
      g.writeStringProperty("host", r.host());
      g.writeStringProperty("action", r.action());
      g.writeName("parameters");
      g.writeStartObject();
      for (Map.Entry<String, String> e : new TreeMap<>(r.parameters()).entrySet()) {
        g.writeStringProperty(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      if (r.suggestedBy() == null) {
        g.writeNullProperty("suggested_by");
      } else {
        g.writeStringProperty("suggested_by", r.suggestedBy());
      }
      g.writeBooleanProperty("dry_run", r.dryRun());
      g.writeBooleanProperty("what_if", r.whatIf());
      g.writeArrayPropertyStart("command");
      for (String a : r.command()) {
        g.writeString(a);
      }
      g.writeEndArray();
      g.writeStringProperty("outcome", r.outcome());
      if (r.reason() != null) {
        g.writeStringProperty("reason", r.reason());
      }
      if (r.childExit() == null) {
        g.writeNullProperty("child_exit_code");
      } else {
        g.writeNumberProperty("child_exit_code", r.childExit());
      }
      g.writeNumberProperty("exit_code", r.exitCode());
      g.writeNumberProperty("duration_ms", r.durationMs());
      g.writeEndObject();
    }
    return w.toString();
  }
}

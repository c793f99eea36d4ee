package org.aadfix.actions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The one place where aadfix starts another program. It takes an argument list, never a command line to be split
 * or interpreted; it enforces a timeout and ends the whole process tree when it expires.
 */
public final class ProcessSeam {
  /** How a child ended. {@code exitCode} is -1 when it timed out. */
  public record Result(int exitCode, boolean timedOut, Duration duration) {}

  /**
   * Runs {@code argv} with standard input inherited, so that prompts (Get-Credential) reach the operator. With
   * {@code out} and {@code err} null the console is inherited too; otherwise output is streamed there line by line.
   */
  public Result run(List<String> argv, Duration timeout, PrintWriter out, PrintWriter err) {
    ProcessBuilder pb = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.INHERIT);
    if (out == null) {
      pb.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
    }
    return start(pb, timeout, out, err);
  }

  /** Runs a check silently: no input, output discarded. */
  public Result check(List<String> argv, Duration timeout) {
    ProcessBuilder pb = new ProcessBuilder(argv)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    return start(pb, timeout, null, null);
  }

  private Result start(ProcessBuilder pb, Duration timeout, PrintWriter out, PrintWriter err) {
    long t0 = System.nanoTime();
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + pb.command().get(0), e);
    }
    if (pb.redirectInput() == ProcessBuilder.Redirect.PIPE) {
      try {
        p.getOutputStream().close();
      } catch (IOException ignored) {
        // A child that exited at once has nothing to read anyway.
      }
    }
    Thread o = out == null || pb.redirectOutput() != ProcessBuilder.Redirect.PIPE ? null : pump(p.getInputStream(), out);
    Thread e = err == null || pb.redirectError() != ProcessBuilder.Redirect.PIPE ? null : pump(p.getErrorStream(), err);
    try {
      boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!done) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
      join(o);
      join(e);
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      return done ? new Result(p.exitValue(), false, took) : new Result(-1, true, took);
    } catch (InterruptedException ex) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      return new Result(-1, true, Duration.ofNanos(System.nanoTime() - t0));
    }
  }

  private static Thread pump(InputStream in, PrintWriter to) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()))) {
        String line;
        while ((line = r.readLine()) != null) {
          synchronized (to) {
            to.println(line);
            to.flush();
          }
        }
      } catch (IOException ignored) {
        // The child closed its end; nothing more to copy.
      }
    }, "aadfix-output");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void join(Thread t) throws InterruptedException {
    if (t != null) {
      t.join(5000);
    }
  }
}

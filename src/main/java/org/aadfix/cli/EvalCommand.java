package org.aadfix.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aadfix.eval.EvalCase;
import org.aadfix.eval.EvalReport;
import org.aadfix.eval.EvalSet;
import org.aadfix.eval.Evaluator;
import org.aadfix.index.KnowledgeIndex;
import org.aadfix.search.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

@Command(
    name = "eval",
    description = {
      "Measure ranking on labelled cases: hit@1, hit@3 and MRR@10, overall and per kind, then every miss.",
      "A FILE is a YAML list of {id, kind: paste|description, text, expect_codes, expect_events}; a folder means its"
          + " *.yaml files. A result is a hit when its entry lists the first expected code among its symptoms (or,"
          + " with no codes, any expected event).",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every check passed",
      "1:a figure is below --min-hit1 or below the --expected figures",
      "2:usage error or a malformed eval file",
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOptions indexOptions;

  @Mixin OutputOptions output;

  @Option(names = "--min-hit1", paramLabel = "X", description = "Exit 1 when overall hit@1 is below X.")
  Double minHit1;

  @Option(names = "--expected", paramLabel = "FILE",
      description = "Compare with committed figures (kind -> metric -> value) and print OK or FAIL per figure.")
  Path expected;

  @Option(names = "--misses", paramLabel = "N", defaultValue = "1000", description = "Show at most N misses.")
  int maxMisses;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Eval files or folders.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<EvalCase> cases = EvalSet.load(files);
    EvalReport report;
    try (KnowledgeIndex index = indexOptions.open(spec.commandLine().getErr())) {
      report = new Evaluator(new Lookup(index)).run(cases);
    }
    boolean ok = true;
    if (output.json()) {
      json(out, report);
    } else {
      text(out, report);
    }
    if (expected != null) {
      Map<String, Map<String, Double>> want = EvalSet.expected(expected);
      if (!output.json()) {
        out.println();
        out.println("Against " + expected + ":");
      }
      for (var kind : want.entrySet()) {
        for (var metric : kind.getValue().entrySet()) {
          Double got = report.metrics().getOrDefault(kind.getKey(), Map.of()).get(metric.getKey());
          boolean pass = got != null && got + 1e-9 >= metric.getValue();
          ok &= pass;
          if (!output.json()) {
            out.println(String.format(Locale.ROOT, "  %-4s %-12s %-9s %.4f (expected >= %.4f)", pass ? "OK" : "FAIL",
                kind.getKey(), metric.getKey(), got == null ? Double.NaN : got, metric.getValue()));
          }
        }
      }
    }
    if (minHit1 != null && report.metrics().get("overall").get("hit1") < minHit1) {
      ok = false;
      if (!output.json()) {
        out.println(String.format(Locale.ROOT, "FAIL overall hit@1 %.4f is below %.4f",
            report.metrics().get("overall").get("hit1"), minHit1));
      }
    }
    out.flush();
    return ok ? ExitCodes.FOUND : ExitCodes.NOT_FOUND;
  }

  private void text(PrintWriter out, EvalReport r) {
    out.println(String.format(Locale.ROOT, "%-12s %6s %7s %7s %8s %10s", "kind", "cases", "hit@1", "hit@3", "MRR@10",
        "confident"));
    r.metrics().forEach((kind, m) -> out.println(String.format(Locale.ROOT, "%-12s %6d %7.4f %7.4f %8.4f %10.4f",
        kind, m.get("cases").intValue(), m.get("hit1"), m.get("hit3"), m.get("mrr10"), m.get("confident"))));
    out.println(String.format(Locale.ROOT, "%d cases in %.2f s", r.metrics().get("overall").get("cases").intValue(),
        r.millis() / 1000.0));
    if (!r.misses().isEmpty()) {
      out.println();
      out.println("Misses (rank of the first right entry; 0 = not in the top ten):");
      r.misses().stream().limit(maxMisses).forEach(m -> out.println(String.format(Locale.ROOT,
          "  %-10s %-11s rank %-2d top: %s  | %s", m.id(), m.kind(), m.rank(), String.join(", ", m.top()),
          oneLine(m.text()))));
    }
  }

  private static void json(PrintWriter out, EvalReport r) {
    try (JsonGenerator g = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeName("metrics");
      g.writeStartObject();
      for (var kind : r.metrics().entrySet()) {
        g.writeName(kind.getKey());
        g.writeStartObject();
        for (var m : kind.getValue().entrySet()) {
          g.writeNumberProperty(m.getKey(), m.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeArrayPropertyStart("misses");
      for (EvalReport.Miss m : r.misses()) {
        g.writeStartObject();
        g.writeStringProperty("id", m.id());
        g.writeStringProperty("kind", m.kind());
        g.writeNumberProperty("rank", m.rank());
        g.writeArrayPropertyStart("top");
        for (String id : m.top()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberProperty("millis", r.millis());
      g.writeEndObject();
    }
    out.println();
  }

  private static String oneLine(String s) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() > 90 ? flat.substring(0, 90) + "..." : flat;
  }
}

package org.aadfix.cli;

import java.io.PrintWriter;
import java.util.List;
import org.aadfix.model.ActionSummary;
import org.aadfix.model.CodeSymptom;
import org.aadfix.model.Entry;
import org.aadfix.model.EventSymptom;
import org.aadfix.model.Reference;
import org.aadfix.search.Hit;
import org.aadfix.search.Paste;
import org.aadfix.search.Reason;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The JSON shape documented in the README, written with Jackson's streaming generator (no data binding, which keeps
 * start-up short). Field names and nesting are a stable interface: add fields, never rename or remove them.
 */
final class JsonRenderer {
  static final int SCHEMA_VERSION = 1;

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private final PrintWriter out;

  JsonRenderer(PrintWriter out) {
    this.out = out;
  }

  /** {@code {"schema":1,"command":...,"input":{...},"confident":...,"results":[...]}}. */
  void results(String command, Paste input, Boolean confident, List<Hit> hits, boolean explain) {
    try (JsonGenerator g = new JsonFactory().createGenerator(PRETTY, out)) {
      g.writeStartObject();
      g.writeNumberProperty("schema", SCHEMA_VERSION);
      g.writeStringProperty("command", command);
      if (input != null) {
        g.writeName("input");
        g.writeStartObject();
        strings(g, "codes", input.codes());
        strings(g, "probable_codes", input.probableCodes());
        g.writeArrayPropertyStart("events");
        for (Integer e : input.events()) {
          g.writeNumber(e);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      if (confident != null) {
        g.writeBooleanProperty("confident", confident);
      }
      g.writeArrayPropertyStart("results");
      int rank = 1;
      for (Hit h : hits) {
        result(g, rank++, h, explain);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private static void result(JsonGenerator g, int rank, Hit h, boolean explain) {
    Entry e = h.entry();
    g.writeStartObject();
    g.writeNumberProperty("rank", rank);
    g.writeNumberProperty("score", Math.round(h.score() * 1000) / 1000.0);
    g.writeStringProperty("id", e.id());
    g.writeStringProperty("title", e.title());
    g.writeStringProperty("product", e.product());
    g.writeStringProperty("component", e.component());
    g.writeStringProperty("kind", e.kind());
    strings(g, "actors", e.actors());
    g.writeStringProperty("prevalence", e.prevalenceOrDefault());
    g.writeArrayPropertyStart("matched");
    for (Reason r : h.reasons()) {
      g.writeStartObject();
      g.writeStringProperty("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringProperty("value", r.value());
      if (!r.fields().isEmpty()) {
        strings(g, "fields", r.fields());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("symptoms");
    g.writeStartObject();
    g.writeArrayPropertyStart("events");
    for (EventSymptom ev : e.symptoms().events()) {
      g.writeStartObject();
      g.writeNumberProperty("id", ev.id());
      strings(g, "sources", ev.sources());
      if (ev.log() != null) {
        g.writeStringProperty("log", ev.log());
      }
      g.writeStringProperty("message", ev.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("codes");
    for (CodeSymptom c : e.symptoms().codes()) {
      g.writeStartObject();
      g.writeStringProperty("code", c.code());
      if (c.name() != null) {
        g.writeStringProperty("name", c.name());
      }
      strings(g, "messages", c.messages());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "messages", e.symptoms().messages());
    strings(g, "error_names", e.symptoms().errorNames());
    g.writeEndObject();
    strings(g, "phrasings", e.phrasings());
    g.writeStringProperty("cause", e.cause().strip());
    g.writeName("fix");
    g.writeStartObject();
    g.writeStringProperty("summary", e.fix().summary().strip());
    strings(g, "steps", e.fix().steps());
    g.writeEndObject();
    ActionSummary a = h.action();
    if (a == null) {
      g.writeNullProperty("action");
    } else {
      g.writeName("action");
      g.writeStartObject();
      g.writeStringProperty("id", a.id());
      g.writeStringProperty("title", a.title());
      g.writeStringProperty("risk", a.risk());
      g.writeStringProperty("command", "aadfix run " + a.id());
      g.writeEndObject();
    }
    g.writeName("related");
    g.writeStartObject();
    strings(g, "codes", e.related().codes());
    strings(g, "entries", e.related().entries());
    g.writeEndObject();
    g.writeArrayPropertyStart("references");
    for (Reference r : e.references()) {
      g.writeStartObject();
      g.writeStringProperty("title", r.title());
      g.writeStringProperty("url", r.url());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "tags", e.tags());
    g.writeBooleanProperty("community", e.isCommunity());
    g.writeStringProperty("reviewed", e.reviewed());
    if (explain && h.explanation() != null) {
      g.writeStringProperty("explanation", h.explanation());
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeArrayPropertyStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}

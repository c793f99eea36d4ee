package org.aadfix.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aadfix.model.ActionSummary;
import org.aadfix.model.CodeSymptom;
import org.aadfix.model.Entry;
import org.aadfix.model.EventSymptom;
import org.aadfix.model.Reference;
import org.aadfix.search.Hit;
import org.aadfix.search.Reason;

/** Plain-text output for people: the best answer in full, the others in a line each. */
final class TextRenderer {
  private final PrintWriter out;
  private final Style style;

  TextRenderer(PrintWriter out, boolean color) {
    this.out = out;
    this.style = new Style(color);
  }

  /** The entry in full: title, why it matched, symptoms, cause, fix, action and references. */
  void full(int rank, Hit hit, boolean showExplanation) {
    Entry e = hit.entry();
    String prefix = rank > 0 ? rank + ". " : "";
    out.println(style.bold(prefix + e.title()) + "  " + style.dim("[" + e.id() + "]"));
    String indent = " ".repeat(prefix.length());
    out.println(indent + style.dim(e.product() + " · " + e.component() + " · " + e.kind()
        + (e.actors().isEmpty() ? "" : " · to act: " + String.join(", ", e.actors()))
        + (e.isCommunity() ? " · community-sourced" : "")));
    String why = reasons(hit.reasons());
    if (!why.isEmpty()) {
      out.println(indent + style.green("Matched: ") + why);
    }
    symptoms(indent, e);
    out.println(indent + style.bold("Cause: ") + e.cause().strip());
    out.println(indent + style.bold("Fix: ") + e.fix().summary().strip());
    int n = 1;
    for (String step : e.fix().steps()) {
      out.println(indent + "  " + n++ + ". " + step.strip());
    }
    ActionSummary a = hit.action();
    if (a != null) {
      out.println(indent + style.bold("Action: ") + style.cyan("aadfix run " + a.id()) + "  " + a.title()
          + style.dim(" (" + a.risk() + ")"));
    }
    if (!e.related().codes().isEmpty() || !e.related().entries().isEmpty()) {
      List<String> rel = new ArrayList<>(e.related().codes());
      rel.addAll(e.related().entries());
      out.println(indent + style.bold("Related: ") + String.join(", ", rel));
    }
    out.println(indent + style.bold("References:"));
    for (Reference r : e.references()) {
      out.println(indent + "  - " + r.title() + " <" + r.url() + ">");
    }
    if (showExplanation && hit.explanation() != null) {
      out.println(indent + style.bold("Score explanation:"));
      hit.explanation().lines().forEach(l -> out.println(indent + "  " + l));
    }
  }

  /** One line: rank, title, id and why it matched. */
  void brief(int rank, Hit hit) {
    Entry e = hit.entry();
    String why = reasons(hit.reasons());
    out.println((rank > 0 ? rank + ". " : "") + e.title() + "  " + style.dim("[" + e.id() + "]")
        + (why.isEmpty() ? "" : style.dim("  matched: " + why)));
  }

  /** Entries for one event ID, grouped under the event source each lists first for that event. */
  void byEventSource(int eventId, List<Hit> hits) {
    Map<String, List<Hit>> groups = new LinkedHashMap<>();
    for (Hit h : hits) {
      String source = "(unknown source)";
      for (EventSymptom ev : h.entry().symptoms().events()) {
        if (ev.id() == eventId) {
          source = String.join(" / ", ev.sources());
          break;
        }
      }
      List<Hit> group = groups.get(source);
      if (group == null) {
        group = new ArrayList<>();
        groups.put(source, group);
      }
      group.add(h);
    }
    boolean first = true;
    int rank = 1;
    for (var g : groups.entrySet()) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println(style.yellow("== Event " + eventId + " from " + g.getKey() + " =="));
      for (Hit h : g.getValue()) {
        out.println();
        full(rank++, h, false);
      }
    }
  }

  private void symptoms(String indent, Entry e) {
    for (EventSymptom ev : e.symptoms().events()) {
      out.println(indent + style.bold("Event " + ev.id()) + " (" + String.join(" / ", ev.sources()) + "): "
          + quote(ev.message()));
    }
    for (CodeSymptom c : e.symptoms().codes()) {
      String msg = c.messages().isEmpty() ? "" : ": " + quote(c.messages().get(0));
      out.println(indent + style.bold(c.code()) + (c.name() == null ? "" : " (" + c.name() + ")") + msg);
    }
    if (!e.symptoms().errorNames().isEmpty()) {
      out.println(indent + style.bold("Error names: ") + String.join(", ", e.symptoms().errorNames()));
    }
  }

  private static final Comparator<String> LONGEST_FIRST = new Comparator<>() {
    @Override
    public int compare(String a, String b) {
      return Integer.compare(b.length(), a.length());
    }
  };

  private static boolean insideAny(String phrase, List<String> longer) {
    for (String l : longer) {
      if (l.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  private static String quoted(List<String> values) {
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      sb.append(sb.length() == 0 ? "" : ", ").append('"').append(v).append('"');
    }
    return sb.toString();
  }

  static String reasons(List<Reason> reasons) {
    List<String> parts = new ArrayList<>();
    for (Reason r : reasons) {
      switch (r.kind()) {
        case CODE -> parts.add("code " + r.value());
        case EVENT -> parts.add("event " + r.value());
        case ERROR_NAME -> parts.add("error " + r.value());
        case RELATED_CODE -> parts.add("related code " + r.value());
        default -> { }
      }
    }
    // Loops rather than streams: a code or event lookup prints this, and needs no lambda otherwise.
    List<String> phrases = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (Reason r : reasons) {
      if (r.kind() == Reason.Kind.PHRASE) {
        phrases.add(r.value());
      } else if (r.kind() == Reason.Kind.WORDS && !words.contains(r.value()) && words.size() < 12) {
        words.add(r.value());
      }
    }
    phrases.sort(LONGEST_FIRST);
    List<String> shown = new ArrayList<>();
    for (String p : phrases) {
      // "password is used" says all that "password is" would.
      if (shown.size() < 3 && !insideAny(p, shown)) {
        shown.add(p);
      }
    }
    if (!shown.isEmpty()) {
      parts.add("phrases " + quoted(shown));
    }
    if (!words.isEmpty()) {
      parts.add("words " + quoted(words));
    }
    return String.join("; ", parts);
  }

  private static String quote(String s) {
    return "\"" + s.strip() + "\"";
  }
}

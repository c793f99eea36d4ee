package org.aadfix.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aadfix.model.ActionSummary;
import org.aadfix.model.CodeSymptom;
import org.aadfix.model.Entry;
import org.aadfix.model.EventSymptom;
import org.aadfix.model.Fix;
import org.aadfix.model.Reference;
import org.aadfix.model.Related;
import org.aadfix.model.Symptoms;

/**
 * A compact binary form of an entry for the index's stored payload. Decoding it is plain stream reading: no YAML, no
 * reflection, which keeps a lookup's start-up short. The format belongs to the index format version.
 */
final class EntryCodec {
  private EntryCodec() {}

  record Stored(Entry entry, ActionSummary action) {}

  static byte[] encode(Entry e, ActionSummary action) {
    var bytes = new ByteArrayOutputStream(2048);
    try (var out = new DataOutputStream(bytes)) {
      str(out, e.id());
      str(out, e.title());
      str(out, e.product());
      str(out, e.component());
      str(out, e.kind());
      strs(out, e.actors());
      str(out, e.prevalence());
      Symptoms s = e.symptoms();
      out.writeInt(s.events().size());
      for (EventSymptom ev : s.events()) {
        out.writeInt(ev.id());
        strs(out, ev.sources());
        str(out, ev.log());
        str(out, ev.message());
      }
      out.writeInt(s.codes().size());
      for (CodeSymptom c : s.codes()) {
        str(out, c.code());
        str(out, c.name());
        strs(out, c.messages());
      }
      strs(out, s.messages());
      strs(out, s.errorNames());
      strs(out, e.phrasings());
      str(out, e.cause());
      str(out, e.fix().summary());
      strs(out, e.fix().steps());
      str(out, e.action());
      strs(out, e.related().codes());
      strs(out, e.related().entries());
      out.writeInt(e.references().size());
      for (Reference r : e.references()) {
        str(out, r.title());
        str(out, r.url());
      }
      strs(out, e.tags());
      out.writeBoolean(e.isCommunity());
      str(out, e.reviewed());
      out.writeBoolean(action != null);
      if (action != null) {
        str(out, action.id());
        str(out, action.title());
        str(out, action.risk());
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return bytes.toByteArray();
  }

  static Stored decode(byte[] bytes, int offset, int length) {
    try (var in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length))) {
      String id = str(in);
      String title = str(in);
      String product = str(in);
      String component = str(in);
      String kind = str(in);
      List<String> actors = strs(in);
      String prevalence = str(in);
      int n = in.readInt();
      List<EventSymptom> events = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        events.add(new EventSymptom(in.readInt(), strs(in), str(in), str(in)));
      }
      n = in.readInt();
      List<CodeSymptom> codes = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        codes.add(new CodeSymptom(str(in), str(in), strs(in)));
      }
      Symptoms symptoms = new Symptoms(events, codes, strs(in), strs(in));
      List<String> phrasings = strs(in);
      String cause = str(in);
      Fix fix = new Fix(str(in), strs(in));
      String action = str(in);
      Related related = new Related(strs(in), strs(in));
      n = in.readInt();
      List<Reference> refs = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        refs.add(new Reference(str(in), str(in)));
      }
      List<String> tags = strs(in);
      boolean community = in.readBoolean();
      String reviewed = str(in);
      ActionSummary summary = in.readBoolean() ? new ActionSummary(str(in), str(in), str(in)) : null;
      Entry e = new Entry(id, title, product, component, kind, actors, prevalence, symptoms, phrasings, cause, fix,
          action, related, refs, tags, community, reviewed);
      return new Stored(e, summary);
    } catch (IOException ex) {
      throw new UncheckedIOException("corrupt entry payload", ex);
    }
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static void strs(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      str(out, s);
    }
  }

  private static String str(DataInputStream in) throws IOException {
    int len = in.readInt();
    if (len < 0) {
      return null;
    }
    byte[] b = in.readNBytes(len);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static List<String> strs(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(str(in));
    }
    return list;
  }
}

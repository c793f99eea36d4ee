package org.aadfix.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.aadfix.model.Action;
import org.aadfix.model.ActionParameter;
import org.aadfix.model.CodeSymptom;
import org.aadfix.model.Codes;
import org.aadfix.model.Entry;
import org.aadfix.model.EventSymptom;
import org.aadfix.model.Reference;

/**
 * The rules a knowledge file must follow. Errors make the file unusable (it is skipped at lookup time); warnings are
 * quality gates that {@code lint --strict} enforces.
 */
final class Validator {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ERROR_NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");
  private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern CMDLET = Pattern.compile("[A-Za-z]+-[A-Za-z0-9]+");
  private static final Pattern SCRIPT = Pattern.compile("[a-z0-9-]+\\.ps1");
  private static final Pattern MODULE = Pattern.compile("[A-Za-z0-9.]+");
  static final int MIN_PHRASINGS = 2;
  // Same names as in the actions package, which this stage does not depend on.
  private static final String RUNTIME = "runtime";
  private static final String PREFLIGHT = "preflight.ps1";
  private static final String INVOKE_CMDLET = "invoke-cmdlet.ps1";

  private Validator() {}

  private record Ctx(Path file, Positions pos, List<Problem> problems) {
    void error(String pointer, String message) {
      problems.add(new Problem(file, pos.line(pointer), Problem.Severity.ERROR, message));
    }

    void warn(String pointer, String message) {
      problems.add(new Problem(file, pos.line(pointer), Problem.Severity.WARNING, message));
    }

    boolean require(String pointer, String value, String name) {
      if (value == null || value.isBlank()) {
        error(parent(pointer), "missing required field '" + name + "'");
        return false;
      }
      return true;
    }
  }

  static void validateEntry(Path file, Entry e, Positions pos, Set<String> actionIds, List<Problem> problems) {
    Ctx c = new Ctx(file, pos, problems);
    checkId(c, e.id());
    c.require("/title", e.title(), "title");
    c.require("/product", e.product(), "product");
    if (c.require("/component", e.component(), "component") && !SLUG.matcher(e.component()).matches()) {
      c.error("/component", "component '" + e.component() + "' must be lower-case words joined by hyphens");
    }
    if (c.require("/kind", e.kind(), "kind") && !Entry.KINDS.contains(e.kind())) {
      c.error("/kind", "kind must be one of " + Entry.KINDS + ", not '" + e.kind() + "'");
    }
    for (int i = 0; i < e.actors().size(); i++) {
      if (!Entry.ACTORS.contains(e.actors().get(i))) {
        c.error("/actors/" + i, "actor must be one of " + Entry.ACTORS + ", not '" + e.actors().get(i) + "'");
      }
    }
    if (e.prevalence() != null && !Entry.PREVALENCES.contains(e.prevalence())) {
      c.error("/prevalence", "prevalence must be one of " + Entry.PREVALENCES + ", not '" + e.prevalence() + "'");
    }
    validateSymptoms(c, e);
    if (e.phrasings().size() < MIN_PHRASINGS) {
      c.warn("/phrasings", "needs at least " + MIN_PHRASINGS + " phrasings in users' words (has "
          + e.phrasings().size() + ")");
    }
    checkStrings(c, "/phrasings", e.phrasings(), "phrasing");
    c.require("/cause", e.cause(), "cause");
    if (e.fix() == null) {
      c.error("", "missing required field 'fix'");
    } else {
      c.require("/fix/summary", e.fix().summary(), "summary");
      if (e.fix().steps().isEmpty()) {
        c.error("/fix", "fix needs at least one step");
      }
      checkStrings(c, "/fix/steps", e.fix().steps(), "step");
    }
    if (e.action() != null && !actionIds.contains(e.action())) {
      c.error("/action", "action '" + e.action() + "' does not exist in actions/");
    }
    for (int i = 0; i < e.related().codes().size(); i++) {
      String code = e.related().codes().get(i);
      if (!Codes.isCanonical(code)) {
        c.error("/related/codes/" + i, "malformed code '" + code + "': expected AADSTS followed by digits");
      }
    }
    if (e.references().isEmpty()) {
      c.error("", "missing required field 'references' (at least one public source)");
    }
    for (int i = 0; i < e.references().size(); i++) {
      Reference r = e.references().get(i);
      String at = "/references/" + i;
      if (r == null) {
        c.error(at, "empty reference");
        continue;
      }
      c.require(at + "/title", r.title(), "title");
      if (c.require(at + "/url", r.url(), "url")) {
        checkUrl(c, at + "/url", r.url());
      }
    }
    for (int i = 0; i < e.tags().size(); i++) {
      String tag = e.tags().get(i);
      if (tag == null || !SLUG.matcher(tag).matches()) {
        c.error("/tags/" + i, "tag '" + tag + "' must be lower-case words joined by hyphens");
      }
    }
    if (c.require("/reviewed", e.reviewed(), "reviewed")) {
      try {
        LocalDate.parse(e.reviewed());
      } catch (DateTimeParseException ex) {
        c.error("/reviewed", "reviewed must be a date like 2026-11-26, not '" + e.reviewed() + "'");
      }
    }
    if (Entry.KIND_CODE.equals(e.kind()) && e.symptoms() != null && e.symptoms().codes().size() != 1) {
      c.warn("/symptoms", "a code entry should list exactly one code among its symptoms");
    }
  }

  private static void validateSymptoms(Ctx c, Entry e) {
    if (e.symptoms() == null) {
      c.error("", "missing required field 'symptoms'");
      return;
    }
    if (e.symptoms().isEmpty()) {
      c.error("/symptoms", "symptoms needs at least one event, code, message or error name");
    }
    List<EventSymptom> events = e.symptoms().events();
    for (int i = 0; i < events.size(); i++) {
      EventSymptom ev = events.get(i);
      String at = "/symptoms/events/" + i;
      if (ev == null) {
        c.error(at, "empty event");
        continue;
      }
      if (ev.id() == null) {
        c.error(at, "missing required field 'id' (the event ID)");
      } else if (ev.id() < 0 || ev.id() > 65535) {
        c.error(at + "/id", "event ID " + ev.id() + " is outside 0-65535");
      }
      if (ev.sources().isEmpty()) {
        c.error(at, "missing required field 'sources' (the event source names)");
      }
      checkStrings(c, at + "/sources", ev.sources(), "source");
      c.require(at + "/message", ev.message(), "message");
    }
    List<CodeSymptom> codes = e.symptoms().codes();
    for (int i = 0; i < codes.size(); i++) {
      CodeSymptom code = codes.get(i);
      String at = "/symptoms/codes/" + i;
      if (code == null) {
        c.error(at, "empty code");
        continue;
      }
      if (c.require(at + "/code", code.code(), "code") && !Codes.isCanonical(code.code())) {
        c.error(at + "/code", "malformed code '" + code.code() + "': expected AADSTS followed by digits");
      }
      checkStrings(c, at + "/messages", code.messages(), "message");
    }
    checkStrings(c, "/symptoms/messages", e.symptoms().messages(), "message");
    List<String> names = e.symptoms().errorNames();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i) == null || !ERROR_NAME.matcher(names.get(i)).matches()) {
        c.error("/symptoms/error_names/" + i, "error name '" + names.get(i) + "' may hold only A-Z a-z 0-9 _ . -");
      }
    }
  }

  static void validateAction(Path file, Action a, Positions pos, List<Problem> problems) {
    Ctx c = new Ctx(file, pos, problems);
    checkId(c, a.id());
    c.require("/title", a.title(), "title");
    if (c.require("/risk", a.risk(), "risk") && !Action.RISKS.contains(a.risk())) {
      c.error("/risk", "risk must be one of " + Action.RISKS + ", not '" + a.risk() + "'");
    }
    c.require("/runs_on", a.runsOn(), "runs_on");
    if (c.require("/module", a.module(), "module") && !MODULE.matcher(a.module()).matches()) {
      c.error("/module", "module '" + a.module() + "' is not a PowerShell module name");
    }
    c.require("/changes", a.changes(), "changes");
    if (c.require("/reference", a.reference(), "reference")) {
      checkUrl(c, "/reference", a.reference());
    }
    boolean hasCmdlet = a.cmdlet() != null;
    boolean hasScript = a.script() != null;
    if (hasCmdlet == hasScript) {
      c.error("", "an action needs exactly one of 'cmdlet' or 'script'");
    } else if (hasCmdlet && !CMDLET.matcher(a.cmdlet()).matches()) {
      c.error("/cmdlet", "cmdlet '" + a.cmdlet() + "' must be a Verb-Noun name");
    } else if (hasScript) {
      if (!SCRIPT.matcher(a.script()).matches()) {
        c.error("/script", "script '" + a.script() + "' must be a .ps1 file name beside the YAML");
      } else if (!Files.isRegularFile(file.resolveSibling(a.script()))) {
        c.error("/script", "script '" + a.script() + "' does not exist beside " + file.getFileName());
      }
    }
    // The helpers every run needs ship beside the catalog; a copy without them cannot run anything.
    for (String helper : hasCmdlet ? List.of(PREFLIGHT, INVOKE_CMDLET) : List.of(PREFLIGHT)) {
      if (!Files.isRegularFile(file.resolveSibling(RUNTIME).resolve(helper))) {
        c.error("", "the bundled helper " + RUNTIME + "/" + helper + " is missing beside " + file.getFileName());
      }
    }
    Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < a.parameters().size(); i++) {
      ActionParameter p = a.parameters().get(i);
      String at = "/parameters/" + i;
      if (p == null) {
        c.error(at, "empty parameter");
        continue;
      }
      if (c.require(at + "/name", p.name(), "name")) {
        if (!PARAM_NAME.matcher(p.name()).matches()) {
          c.error(at + "/name", "parameter name '" + p.name() + "' must be letters and digits");
        } else if (!seen.add(p.name())) {
          c.error(at + "/name", "parameter '" + p.name() + "' is declared twice");
        }
      }
      c.require(at + "/description", p.description(), "description");
      if (c.require(at + "/pattern", p.pattern(), "pattern")) {
        try {
          Pattern pattern = Pattern.compile(p.pattern());
          if (p.defaultValue() != null && !pattern.matcher(p.defaultValue()).matches()) {
            c.error(at + "/default", "default '" + p.defaultValue() + "' does not match the pattern");
          }
        } catch (PatternSyntaxException ex) {
          c.error(at + "/pattern", "pattern is not a valid regular expression: " + ex.getDescription());
        }
      }
    }
  }

  /** Checks across valid entries: shared titles and identical symptom sets are warnings. */
  static List<Entry> crossCheck(List<KnowledgeLoader.Parsed<Entry>> parsed, List<Problem> problems) {
    Map<String, Path> titles = new HashMap<>();
    Map<Set<String>, Path> symptomSets = new HashMap<>();
    List<Entry> valid = new ArrayList<>();
    for (var p : parsed) {
      Entry e = p.value();
      valid.add(e);
      Path sameTitle = titles.putIfAbsent(e.title().strip().toLowerCase(java.util.Locale.ROOT), p.file());
      if (sameTitle != null) {
        problems.add(new Problem(p.file(), p.positions().line("/title"), Problem.Severity.WARNING,
            "title is also used by " + sameTitle.getFileName()));
      }
      Path sameSymptoms = symptomSets.putIfAbsent(symptomKey(e), p.file());
      if (sameSymptoms != null) {
        problems.add(new Problem(p.file(), p.positions().line("/symptoms"), Problem.Severity.WARNING,
            "same symptoms as " + sameSymptoms.getFileName() + "; add the message that tells them apart"));
      }
    }
    Map<String, Boolean> known = new HashMap<>();
    valid.forEach(e -> known.put(e.id(), true));
    for (var p : parsed) {
      List<String> rel = p.value().related().entries();
      for (int i = 0; i < rel.size(); i++) {
        if (rel.get(i) == null || !known.containsKey(rel.get(i))) {
          problems.add(new Problem(p.file(), p.positions().line("/related/entries/" + i),
              Problem.Severity.WARNING, "related entry '" + rel.get(i) + "' does not exist"));
        }
      }
    }
    return valid;
  }

  private static Set<String> symptomKey(Entry e) {
    Set<String> key = new TreeSet<>();
    for (EventSymptom ev : e.symptoms().events()) {
      key.add("event:" + ev.id() + ":" + Codes.key(ev.message()));
    }
    for (CodeSymptom code : e.symptoms().codes()) {
      key.add("code:" + code.code());
    }
    e.symptoms().messages().forEach(m -> key.add("message:" + Codes.key(m)));
    e.symptoms().errorNames().forEach(n -> key.add("name:" + Codes.key(n)));
    return key;
  }

  /** Entries and actions alike: a slug id that names the file. */
  private static void checkId(Ctx c, String id) {
    if (c.require("/id", id, "id")) {
      if (!SLUG.matcher(id).matches()) {
        c.error("/id", "id '" + id + "' must be lower-case words joined by hyphens");
      } else if (!c.file().getFileName().toString().equals(id + ".yaml")) {
        c.error("/id", "id '" + id + "' does not match the file name (expected " + id + ".yaml)");
      }
    }
  }

  private static void checkStrings(Ctx c, String pointer, List<String> values, String what) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null || values.get(i).isBlank()) {
        c.error(pointer + "/" + i, "empty " + what);
      }
    }
  }

  private static void checkUrl(Ctx c, String pointer, String url) {
    try {
      URI uri = new URI(url);
      if (!"https".equals(uri.getScheme()) || uri.getHost() == null || !uri.getHost().contains(".")) {
        c.error(pointer, "'" + url + "' is not a well-formed https URL");
      }
    } catch (URISyntaxException ex) {
      c.error(pointer, "'" + url + "' is not a well-formed URL: " + ex.getReason());
    }
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}

package org.aadfix.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds identifiers in a paste: AADSTS codes (with the prefix, or without it where the context says it is one, as in
 * {@code "error_codes":[50126]}), event IDs written the ways Event Viewer and its exports write them, and error names.
 * The paste is data: it is only ever matched against these fixed patterns.
 */
public final class PasteParser {
  /** Identifiers beyond this many of a kind add nothing but query clauses. */
  static final int MAX_IDENTIFIERS = 64;

  /** Names are matched exactly against a keyword field, so candidates are cheap; still, keep the query bounded. */
  static final int MAX_NAMES = 256;

  private static final Pattern CODE = Pattern.compile("(?i)(?<![A-Za-z0-9])AADSTS\\s?([0-9]{4,8})(?![0-9])");

  /** error_codes arrays in JSON bodies, and code-like keys followed by a bare number. */
  private static final Pattern CODE_ARRAY =
      Pattern.compile("(?i)[\"']?error_?codes[\"']?\\s*+[:=]\\s*+\\[([0-9,\\s\"']{1,400})\\]");

  private static final Pattern CODE_KEY = Pattern.compile(
      "(?i)(?:error_?codes?|errorcode|suberror_?code|sts_?error(?:_?code)?|aad_?error(?:_?code)?|error\\s+code)"
          + "[\"']?\\s*+[:=#]?\\s*+[\"']?([0-9]{5,8})(?![0-9])");

  private static final Pattern EVENT = Pattern.compile(
      "(?i)(?<![A-Za-z0-9])event(?:\\s*+(?:id|code))?\\s*+(?:[:#=]|no\\.?|number)?\\s*+\\(?\\s*+([0-9]{1,5})(?![0-9])");

  private static final Pattern EVENT_XML = Pattern.compile("(?i)<EventID(?:\\s[^>]*)?>\\s*([0-9]{1,5})\\s*</EventID>");

  private static final Pattern NUMBER_ONLY = Pattern.compile("\\s*+([0-9]{1,8})\\s*+");

  /** Bare 5-8 digit numbers: maybe a code someone typed without its prefix. */
  private static final Pattern BARE_NUMBER = Pattern.compile("(?<![0-9A-Za-z.:/_-])([0-9]{5,8})(?![0-9A-Za-z:/_-])");

  /**
   * OAuth error values, exception names and other dotted or snake_case identifiers. Matches start only at the start
   * of a word and quantifiers are possessive, so a megabyte of letters costs one pass, not a quadratic search.
   */
  private static final Pattern NAME = Pattern.compile(
      "(?<![A-Za-z0-9_.])(?:[A-Za-z][A-Za-z0-9]*+(?:[_.][A-Za-z0-9]++)++|[A-Za-z]{1,64}Exception)");

  public Paste parse(String raw) {
    String text = TextNormalizer.normalize(raw);
    Set<String> codes = new LinkedHashSet<>();
    Set<String> probableCodes = new LinkedHashSet<>();
    Set<Integer> events = new LinkedHashSet<>();
    Set<Integer> probableEvents = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();

    Matcher m = NUMBER_ONLY.matcher(text);
    if (m.matches()) {
      // A lone number: "50054" is a code, "6900" an event; try both, the index decides.
      String digits = stripZeros(m.group(1));
      if (digits.length() >= 4) {
        probableCodes.add("AADSTS" + digits);
      }
      if (digits.length() <= 5) {
        probableEvents.add(Integer.parseInt(digits));
      }
      return new Paste(List.of(), List.copyOf(probableCodes), List.of(), List.copyOf(probableEvents), List.of(), text);
    }

    addAll(CODE.matcher(text), codes, d -> "AADSTS" + d);
    Matcher arrays = CODE_ARRAY.matcher(text);
    while (arrays.find() && codes.size() < MAX_IDENTIFIERS) {
      for (String part : arrays.group(1).split("[,\\s\"']+")) {
        if (part.matches("[0-9]{4,8}")) {
          codes.add("AADSTS" + stripZeros(part));
        }
      }
    }
    addAll(CODE_KEY.matcher(text), codes, d -> "AADSTS" + d);
    addAll(EVENT.matcher(text), events, Integer::parseInt);
    addAll(EVENT_XML.matcher(text), events, Integer::parseInt);
    events.removeIf(e -> e > 65535);
    addAll(BARE_NUMBER.matcher(text), probableCodes, d -> "AADSTS" + d);
    probableCodes.removeAll(codes);

    Matcher n = NAME.matcher(text);
    while (n.find() && names.size() < MAX_NAMES) {
      String name = n.group().toLowerCase(Locale.ROOT);
      names.add(name);
      int dot = name.lastIndexOf('.');
      if (dot > 0 && dot < name.length() - 1) {
        names.add(name.substring(dot + 1));
      }
    }
    return new Paste(List.copyOf(codes), List.copyOf(probableCodes), List.copyOf(events),
        List.copyOf(probableEvents), List.copyOf(names), text);
  }

  private static <T> void addAll(Matcher m, Set<T> into, java.util.function.Function<String, T> f) {
    while (m.find() && into.size() < MAX_IDENTIFIERS) {
      into.add(f.apply(stripZeros(m.group(1))));
    }
  }

  private static String stripZeros(String digits) {
    return digits.replaceFirst("^0+(?=[0-9])", "");
  }
}

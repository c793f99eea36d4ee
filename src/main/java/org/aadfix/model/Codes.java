package org.aadfix.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The canonical spelling of AADSTS codes: upper-case prefix and digits, as the service prints them. Parsed by hand
 * rather than with a regular expression: a code lookup runs this in a cold JVM, where compiling a pattern costs more
 * than the rest of the parsing.
 */
public final class Codes {
  private static final String PREFIX = "AADSTS";

  /** AADSTS codes published so far have 5 to 7 digits; allow a little room either side. */
  private static final int MIN_DIGITS = 4;

  private static final int MAX_DIGITS = 8;

  private Codes() {}

  /** {@code AADSTS50054}, {@code aadsts50054} and {@code 50054} all give {@code AADSTS50054}. */
  public static Optional<String> normalize(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    int at = t.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) ? PREFIX.length() : 0;
    if (at > 0) {
      // "AADSTS 50054": white space may separate the prefix from the digits.
      while (at < t.length() && Character.isWhitespace(t.charAt(at))) {
        at++;
      }
    }
    String digits = t.substring(at);
    return digits(digits) ? Optional.of(PREFIX + digits) : Optional.empty();
  }

  /** {@code AADSTS} and 4 to 8 digits, exactly. */
  public static boolean isCanonical(String code) {
    return code != null && code.startsWith(PREFIX) && digits(code.substring(PREFIX.length()));
  }

  private static boolean digits(String s) {
    if (s.length() < MIN_DIGITS || s.length() > MAX_DIGITS) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Lower-case form used for case-insensitive keys such as error names and event sources. */
  public static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}

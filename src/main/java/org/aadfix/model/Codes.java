package org.aadfix.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The canonical spelling of AADSTS codes: upper-case prefix and digits, as the service prints them. */
public final class Codes {
  /** AADSTS codes published so far have 5 to 7 digits; allow a little room either side. */
  public static final Pattern CANONICAL = Pattern.compile("AADSTS[0-9]{4,8}");

  private static final Pattern LENIENT = Pattern.compile("(?i)(?:AADSTS)?\\s*([0-9]{4,8})");

  private Codes() {}

  /** {@code AADSTS50054}, {@code aadsts50054} and {@code 50054} all give {@code AADSTS50054}. */
  public static Optional<String> normalize(String text) {
    if (text == null) {
      return Optional.empty();
    }
    var m = LENIENT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of("AADSTS" + m.group(1));
  }

  public static boolean isCanonical(String code) {
    return code != null && CANONICAL.matcher(code).matches();
  }

  /** Lower-case form used for case-insensitive keys such as error names and event sources. */
  public static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}

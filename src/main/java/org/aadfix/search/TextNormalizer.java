package org.aadfix.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the encodings errors arrive in: percent-encoding from redirect URLs and form posts, JSON string escapes from
 * response bodies and logs, and control characters from binary junk. Lenient by design: malformed input passes
 * through unchanged rather than failing.
 */
final class TextNormalizer {
  private static final Pattern PERCENT = Pattern.compile("%[0-9A-Fa-f]{2}");
  private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\(?:u([0-9A-Fa-f]{4})|([nrt\"'/\\\\]))");

  private TextNormalizer() {}

  static String normalize(String raw) {
    String text = stripControls(raw);
    if (PERCENT.matcher(text).find()) {
      text = percentDecode(text);
    }
    if (text.indexOf('\\') >= 0) {
      text = jsonUnescape(text);
    }
    return stripControls(text);
  }

  /** NUL and other control characters become spaces; line breaks and tabs stay. */
  private static String stripControls(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f || c == '\uFFFD';
      if (control) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
        sb.append(' ');
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Decodes %XX runs as UTF-8 and '+' as a space (form encoding); invalid sequences stay as they are. */
  private static String percentDecode(String s) {
    StringBuilder out = new StringBuilder(s.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1))
          && isHex(s.charAt(i + 2))) {
        bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 3;
        continue;
      }
      if (bytes.size() > 0) {
        out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
        bytes.reset();
      }
      out.append(c == '+' ? ' ' : c);
      i++;
    }
    if (bytes.size() > 0) {
      out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static String jsonUnescape(String s) {
    Matcher m = JSON_ESCAPE.matcher(s);
    StringBuilder sb = new StringBuilder(s.length());
    while (m.find()) {
      String replacement;
      if (m.group(1) != null) {
        replacement = String.valueOf((char) Integer.parseInt(m.group(1), 16));
      } else {
        replacement = switch (m.group(2).charAt(0)) {
          case 'n' -> "\n";
          case 'r' -> "\r";
          case 't' -> "\t";
          default -> m.group(2);
        };
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}

package org.aadfix.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.aadfix.Fixtures;
import org.aadfix.ShippedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A generator-based property test of paste parsing and query building: pastes assembled at random from the pieces
 * that break naive parsers (query syntax, broken encodings, lone surrogates, NULs, endless runs of one character,
 * identifiers by the thousand). No input may throw, and none may take longer than the stated bounds. The seed is
 * fixed, so a failure replays; the failing input's seed and index are in the message.
 */
class PasteFuzzTest {
  /** A paste of up to 64 KiB must be answered within this many milliseconds. */
  static final long BOUND_MS = 2_000;

  /** Long degenerate pastes (1 MiB runs) get this bound. */
  static final long LONG_BOUND_MS = 10_000;

  static final long SEED = 20261126L;
  static final int CASES = 1_500;

  @RegisterExtension static final ShippedIndex SHIPPED = new ShippedIndex();

  static final List<String> PIECES = List.of(
      ":", "(", ")", "[", "]", "{", "}", "\"", "*", "?", "~", "^", "\\", "/", " AND ", " OR ", " NOT ", "&&", "||",
      "AADSTS", "AADSTS50126", "aadsts700016:", "AADSTS 50054", "AADSTS0000000000000", "Event ID: ", "EventID ",
      "<EventID Qualifiers=\"0\">", "</EventID>", "<EventID>659</EventID>", "\"error_codes\":[", "50126,", "]",
      "error_description=AADSTS50105%3a+The+user", "%", "%G1", "%E2%82", "%ZZ", "%00", "+", "\\u00", "\\uZZZZ",
      "\\u0027", "\\\\\\", "\\r\\n", "\u0000", "\u0007", "\uFFFD", "\uD800", "\uDC00", "\uD83D\uDE00", "\u202E",
      "пароль", "パスワード", "كلمة المرور", "密码错误", "é", "https://login.microsoftonline.com/common/oauth2/v2.0/token?x=1",
      "Microsoft.IdentityModel.Clients.ActiveDirectory.AdalServiceException", "Sync_HOST_1a2b3c", "0x8023134A",
      "1b7d3c2e-9f1a-4b8c-a2d3-e4f5a6b7c8d9", "2025-03-14T02:31:07.123Z", "   ", "\n", "\t", "title:", "id:*",
      "invalid_grant", "at Microsoft.Identity.Client.Internal.Requests.RequestBase.RunAsync()", "-", "--", "'", "`",
      "$(", "${", "<script>", "0", "99999999", "6900", "event", "Event 0");


  private static String paste(Random r) {
    StringBuilder sb = new StringBuilder();
    int pieces = r.nextInt(r.nextInt(10) == 0 ? 2_000 : 40) + 1;
    for (int i = 0; i < pieces && sb.length() < 64 * 1024; i++) {
      switch (r.nextInt(6)) {
        case 0 -> sb.append((char) r.nextInt(0x10000));
        case 1 -> sb.append(Integer.toString(r.nextInt(10_000_000)));
        case 2 -> sb.append(String.valueOf((char) ('a' + r.nextInt(26))).repeat(r.nextInt(200)));
        default -> sb.append(PIECES.get(r.nextInt(PIECES.size())));
      }
    }
    return sb.toString();
  }

  private static void answerWithin(String text, long boundMs, String label) {
    long t0 = System.nanoTime();
    try {
      Answer a = SHIPPED.lookup().query(text, 5, false);
      assertTrue(a.hits().size() <= 5);
    } catch (RuntimeException e) {
      throw new AssertionError(label + " threw on input of " + text.length() + " chars: " + e, e);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms <= boundMs, label + " took " + ms + " ms (bound " + boundMs + " ms)");
  }

  @Test
  void randomPastesNeverThrowAndStayWithinTheBound() {
    Random r = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      answerWithin(paste(r), BOUND_MS, "seed " + SEED + " case " + i);
    }
  }

  @Test
  void degenerateLongPastesStayWithinTheBound() {
    int mib = 1024 * 1024;
    answerWithin("a".repeat(mib), LONG_BOUND_MS, "letters");
    answerWithin("event" + " ".repeat(mib) + "x", LONG_BOUND_MS, "event and spaces");
    answerWithin("error_codes" + " ".repeat(mib) + ":", LONG_BOUND_MS, "error_codes and spaces");
    answerWithin("a_".repeat(mib / 2), LONG_BOUND_MS, "snake case run");
    answerWithin("%".repeat(mib), LONG_BOUND_MS, "percent signs");
    answerWithin("\\u".repeat(mib / 2), LONG_BOUND_MS, "broken escapes");
    answerWithin("1".repeat(mib), LONG_BOUND_MS, "digits");
    answerWithin("AADSTS50126 ".repeat(mib / 12), LONG_BOUND_MS, "one code repeated");
    answerWithin(" ".repeat(mib) + "7", LONG_BOUND_MS, "spaces then a number");
  }

  @Test
  void parserAloneIsTotal() {
    PasteParser parser = new PasteParser();
    Random r = new Random(SEED + 1);
    for (int i = 0; i < CASES * 2; i++) {
      String text = paste(r);
      try {
        Paste p = parser.parse(text);
        assertTrue(p.codes().size() <= PasteParser.MAX_IDENTIFIERS);
        assertTrue(p.names().size() <= PasteParser.MAX_NAMES * 2);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + (SEED + 1) + " case " + i + " threw: " + e, e);
      }
    }
  }
}

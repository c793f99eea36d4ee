package org.aadfix.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aadfix.Fixtures;
import org.aadfix.ShippedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ranking on the shipped knowledge, through a real index in a temporary folder. */
class LookupTest {
  @RegisterExtension static final ShippedIndex SHIPPED = new ShippedIndex();


  private static String top(String paste) {
    Answer a = SHIPPED.lookup().query(paste, 5, false);
    assertFalse(a.hits().isEmpty(), "no hits for " + paste);
    return a.hits().get(0).entry().id();
  }

  @Test
  void foundingPastePutsTheFoundingEntryAboveTheGenericCodeEntries() {
    Answer a = SHIPPED.lookup().query(Fixtures.FOUNDING_PASTE, 10, false);
    List<String> ids = a.hits().stream().map(h -> h.entry().id()).toList();
    assertEquals(Fixtures.FOUNDING_ID, ids.get(0), ids.toString());
    assertTrue(ids.indexOf("aadsts70002") > 0 && ids.indexOf("aadsts50054") > 0, ids.toString());
    assertTrue(a.confident());
    List<String> why = a.hits().get(0).reasons().stream()
        .filter(Reason::isIdentifier).map(Reason::value).toList();
    assertEquals(List.of("AADSTS70002", "AADSTS50054"), why);
  }

  @Test
  void eventViewerTextOf6900RanksTheFoundingEntryFirst() {
    String paste = """
        Log Name:      Application
        Source:        ADSync
        Date:          3/14/2025 2:31:07 AM
        Event ID:      6900
        Task Category: None
        Level:         Error
        Keywords:      Classic
        User:          N/A
        Computer:      AADC01.corp.contoso.com
        Description:
        The server encountered an unexpected error while processing a password change notification:
        AADSTS70002: Error validating credentials. AADSTS50054: Old password is used for authentication.
        Trace ID: 0f5c1d2e-7a1b-4c3d-9e8f-123456789abc
        Correlation ID: 9a8b7c6d-5e4f-3a2b-1c0d-abcdef012345
        Timestamp: 2025-03-14 02:31:07Z
        """;
    assertEquals(Fixtures.FOUNDING_ID, top(paste));
  }

  @Test
  void eventViewerXmlOf659RanksTheFoundingEntryFirst() {
    String paste = "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System>"
        + "<Provider Name=\"Directory Synchronization\" /><EventID Qualifiers=\"0\">659</EventID><Level>2</Level>"
        + "<TimeCreated SystemTime=\"2025-03-14T02:31:07.000Z\" /></System><EventData><Data>Error while retrieving"
        + " password policy sync configuration. AADSTS70002: Error validating credentials. AADSTS50054: Old"
        + " password is used for authentication.</Data></EventData></Event>";
    assertEquals(Fixtures.FOUNDING_ID, top(paste));
  }

  @Test
  void codeAndEventLookupsRankTheFoundingEntryFirst() {
    assertEquals(Fixtures.FOUNDING_ID, SHIPPED.lookup().byCode("50054").get(0).entry().id());
    assertEquals(Fixtures.FOUNDING_ID, SHIPPED.lookup().byEvent(6900, null).get(0).entry().id());
    assertEquals(Fixtures.FOUNDING_ID, SHIPPED.lookup().byEvent(659, null).get(0).entry().id());
    assertTrue(SHIPPED.lookup().byEvent(6900, null).size() >= 3, "6900 has several causes");
  }

  @Test
  void eventSourceFilters() {
    assertFalse(SHIPPED.lookup().byEvent(659, "Directory Synchronization").isEmpty());
    assertTrue(SHIPPED.lookup().byEvent(659, "No Such Source").isEmpty());
  }

  @Test
  void jsonBodyWithCodesWithoutPrefix() {
    String body = "{\"error\":\"invalid_grant\",\"error_description\":\"...\",\"error_codes\":[50126],"
        + "\"timestamp\":\"2024-05-01 10:00:00Z\",\"trace_id\":\"c1c2\",\"correlation_id\":\"d3d4\"}";
    assertEquals("aadsts50126", top(body));
  }

  @Test
  void hostilePastesAnswerNormally() {
    String[] pastes = {
      "AADSTS50126: (\"unbalanced [ { AND OR NOT * ? ~ ^ \\ / :",
      "AND",
      "\"",
      "title:foo AND (bar OR",
      "https://login.microsoftonline.com/common/oauth2/authorize?error=x&y=[1]",
      "{\"a\":[{\"b\":null}]}",
      "ошибка входа пароль неверный 登录失败 AADSTS50126",
      "\u0000\u0001\u0002\uFFFD\uFFFD",
    };
    for (String p : pastes) {
      Answer a = SHIPPED.lookup().query(p, 3, false);
      assertTrue(a.hits().size() <= 3, p);
    }
    assertEquals("aadsts50126", top(pastes[0]));
    assertEquals("aadsts50126", top(pastes[6]));
  }

  @Test
  void hugePasteStaysBelowTheClauseLimit() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      sb.append(i).append(" word").append(i).append(" token").append(i * 7).append(" AADSTS").append(100000 + i)
          .append(" Event ").append(i % 60000).append(" some_name_").append(i).append('\n');
    }
    sb.append(Fixtures.FOUNDING_PASTE);
    Answer a = SHIPPED.lookup().query(sb.toString(), 3, false);
    assertTrue(a.paste().codes().size() <= PasteParser.MAX_IDENTIFIERS);
  }

  @Test
  void oversizedPasteIsRefused() {
    String huge = "x".repeat(Lookup.MAX_PASTE_CHARS + 1);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SHIPPED.lookup().query(huge, 3, false));
    assertTrue(e.getMessage().contains("limit"));
  }

  @Test
  void nonsenseIsNotAConfidentAnswer() {
    Answer a = SHIPPED.lookup().query("zzqx blorf wibble", 3, false);
    assertFalse(a.confident());
  }

  @Test
  void showAndList() {
    assertEquals(Fixtures.FOUNDING_ID, SHIPPED.lookup().show(Fixtures.FOUNDING_ID).orElseThrow().entry().id());
    assertTrue(SHIPPED.lookup().show("no-such-entry").isEmpty());
    List<Hit> all = SHIPPED.lookup().list(null, null);
    assertEquals(SHIPPED.index().entryCount(), all.size());
    List<String> ids = all.stream().map(h -> h.entry().id()).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
    assertTrue(SHIPPED.lookup().list("connector-accounts", null).stream()
        .anyMatch(h -> h.entry().id().equals(Fixtures.FOUNDING_ID)));
    assertTrue(SHIPPED.lookup().list(null, "founding").stream().allMatch(h -> h.entry().tags().contains("founding")));
  }

  @Test
  void explanationIsLucenes() {
    Answer a = SHIPPED.lookup().query(Fixtures.FOUNDING_PASTE, 1, true);
    assertTrue(a.hits().get(0).explanation().contains("sum of:"), a.hits().get(0).explanation());
  }

  /**
   * Pruning on a large knowledge, forced here with budgets far below the shipped knowledge's postings: the first
   * pass then takes only the rarest words, yet every hit it keeps carries the whole query's score for that entry,
   * and identifiers still decide.
   */
  @Test
  void prunedLookupsScoreTheirHitsByTheWholeQuery() {
    Lookup exhaustive = new Lookup(SHIPPED.index(), Lookup.Pruning.NEVER);
    Lookup pruned = new Lookup(SHIPPED.index(), new Lookup.Pruning(0, 200, 20));
    int all = SHIPPED.index().entryCount();
    List<String> descriptions = List.of(
        "password sync stopped after someone reset the Sync_ account password in the cloud",
        "users get asked for MFA again and again when they open Outlook on their phones, even on the office network",
        "the app registration secret expired over the weekend and now the web app cannot sign anybody in",
        "synchronization service manager shows export errors to the Azure AD connector after we changed a proxy");
    int differing = 0;
    for (String text : descriptions) {
      java.util.Map<String, Float> full = new java.util.HashMap<>();
      exhaustive.query(text, all, false).hits().forEach(h -> full.put(h.entry().id(), h.score()));
      List<Hit> hits = pruned.query(text, 10, false).hits();
      assertFalse(hits.isEmpty(), text);
      for (Hit h : hits) {
        float expected = full.get(h.entry().id());
        assertEquals(expected, h.score(), Math.abs(expected) * 1e-5f, h.entry().id() + " for: " + text);
      }
      List<String> prunedIds = hits.stream().map(h -> h.entry().id()).toList();
      List<String> fullIds = exhaustive.query(text, 10, false).hits().stream().map(h -> h.entry().id()).toList();
      differing += prunedIds.equals(fullIds) ? 0 : 1;
    }
    assertTrue(differing > 0, "budgets this small prune some candidates away");
    Answer founding = pruned.query(Fixtures.FOUNDING_PASTE, 3, false);
    assertEquals(Fixtures.FOUNDING_ID, founding.hits().get(0).entry().id());
  }
}

package org.aadfix.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PasteParserTest {
  private final PasteParser parser = new PasteParser();

  @Test
  void codesInOrderOfAppearance() {
    Paste p = parser.parse("AADSTS70002: Error validating credentials. AADSTS50054: Old password is used.");
    assertEquals(List.of("AADSTS70002", "AADSTS50054"), p.codes());
  }

  @Test
  void codesWithoutPrefixFromJsonArrays() {
    Paste p = parser.parse("{\"error\":\"invalid_grant\",\"error_codes\":[50126, 50076],\"timestamp\":\"2024-01-01\"}");
    assertEquals(List.of("AADSTS50126", "AADSTS50076"), p.codes());
    assertTrue(p.names().contains("invalid_grant"));
  }

  @Test
  void lowerCaseAndUrlEncodedCodes() {
    Paste p = parser.parse("https://app/cb?error=access_denied&error_description=aadsts50105%3a+The+signed+in+user");
    assertEquals(List.of("AADSTS50105"), p.codes());
    assertTrue(p.text().contains("The signed in user"), p.text());
  }

  @Test
  void escapedJsonIsUnescaped() {
    Paste p = parser.parse("\"message\": \"AADSTS700016: Application with identifier \\u0027abc\\u0027 was not found\\r\\nTrace ID\"");
    assertEquals(List.of("AADSTS700016"), p.codes());
    assertTrue(p.text().contains("identifier 'abc'"), p.text());
  }

  static Stream<Arguments> eventSpellings() {
    return Stream.of(
        Arguments.of("Event 6900 logged by ADSync", 6900),
        Arguments.of("Event ID: 659", 659),
        Arguments.of("EventID 6900", 6900),
        Arguments.of("Event ID 611", 611),
        Arguments.of("<EventID>6900</EventID>", 6900),
        Arguments.of("<EventID Qualifiers=\"0\">659</EventID>", 659),
        Arguments.of("Log Name: Application\nSource: Directory Synchronization\nEvent ID:      611\nLevel: Error", 611),
        Arguments.of("EventCode=6329", 6329));
  }

  @ParameterizedTest
  @MethodSource("eventSpellings")
  void eventIdsAsEventViewerWritesThem(String text, int id) {
    assertEquals(List.of(id), parser.parse(text).events());
  }

  @Test
  void aLoneNumberIsTriedAsCodeAndEvent() {
    Paste p = parser.parse(" 50054 ");
    assertEquals(List.of("AADSTS50054"), p.probableCodes());
    Paste e = parser.parse("6900");
    assertEquals(List.of(6900), e.probableEvents());
  }

  @Test
  void dottedExceptionNamesYieldTheirLastPart() {
    Paste p = parser.parse("Microsoft.IdentityModel.Clients.ActiveDirectory.AdalServiceException: AADSTS50034");
    assertTrue(p.names().contains("adalserviceexception"), p.names().toString());
  }

  @Test
  void identifiersAreBounded() {
    StringBuilder sb = new StringBuilder();
    for (int i = 10000; i < 20000; i++) {
      sb.append("AADSTS").append(i).append(" event ").append(i % 9000).append(' ');
    }
    Paste p = parser.parse(sb.toString());
    assertEquals(PasteParser.MAX_IDENTIFIERS, p.codes().size());
    assertTrue(p.events().size() <= PasteParser.MAX_IDENTIFIERS);
  }

  @Test
  void controlCharactersAreNeutralised() {
    Paste p = parser.parse("AADSTS50126\u0000\u0001 invalid\u0007 password");
    assertEquals(List.of("AADSTS50126"), p.codes());
    assertTrue(p.text().chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'));
  }
}

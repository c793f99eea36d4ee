package org.aadfix.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodesTest {
  @Test
  void normalizeAcceptsTheSpellingsPeopleType() {
    for (String s : new String[] {"AADSTS50054", "aadsts50054", "50054", "  AADSTS50054\n", "AADSTS 50054",
        "AadSts\t50054"}) {
      assertEquals(Optional.of("AADSTS50054"), Codes.normalize(s), s);
    }
    assertEquals(Optional.of("AADSTS1234"), Codes.normalize("1234"));
    assertEquals(Optional.of("AADSTS12345678"), Codes.normalize("12345678"));
  }

  @Test
  void normalizeRefusesAnythingElse() {
    for (String s : new String[] {"", "AADSTS", "123", "123456789", "AADSTS50054x", "50 054", "x50054",
        "AADSTS-50054", "\u0665\u0660\u0660\u0665\u0664", "AADST50054", "AADSTSAADSTS50054"}) {
      assertEquals(Optional.empty(), Codes.normalize(s), s);
    }
    assertEquals(Optional.empty(), Codes.normalize(null));
  }

  @Test
  void canonicalIsThePrefixAndFourToEightDigits() {
    assertTrue(Codes.isCanonical("AADSTS50054"));
    assertFalse(Codes.isCanonical("aadsts50054"));
    assertFalse(Codes.isCanonical("AADSTS 50054"));
    assertFalse(Codes.isCanonical("AADSTS123"));
    assertFalse(Codes.isCanonical(null));
  }
}

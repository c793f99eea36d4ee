package org.aadfix.search;

import java.util.List;

/** Why an entry matched: an identifier it lists, or words of the paste found in its fields. */
public record Reason(Kind kind, String value, List<String> fields) {
  public enum Kind {
    CODE,
    EVENT,
    ERROR_NAME,
    RELATED_CODE,
    /** Words of the paste found in the entry's fields. */
    WORDS,
    /** A run of two or three words of the paste found as such in a literal message. */
    PHRASE
  }

  public Reason {
    fields = List.copyOf(fields);
  }

  public boolean isIdentifier() {
    return kind == Kind.CODE || kind == Kind.EVENT || kind == Kind.ERROR_NAME;
  }
}

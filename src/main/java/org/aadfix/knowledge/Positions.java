package org.aadfix.knowledge;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.ObjectMapper;

/**
 * Line numbers of every key and list item in a YAML document, by JSON Pointer ({@code /symptoms/codes/0/code}).
 * Jackson binds the document to records without keeping positions, so the validator looks them up here.
 */
final class Positions {
  private final Map<String, Integer> lines;

  private Positions(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Reads the whole document; a syntax error surfaces as Jackson's exception, with its location. */
  static Positions scan(ObjectMapper mapper, byte[] yaml) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = mapper.createParser(yaml)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        TokenStreamContext ctx = p.streamReadContext();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          // The context is already the new container; its position is its parent's current slot.
          ctx = ctx.getParent();
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY || ctx == null) {
          continue;
        }
        String pointer = ctx.pathAsPointer().toString();
        lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
      }
    }
    return new Positions(lines);
  }

  /** The line of {@code pointer}, or of its nearest ancestor that has one, or 1. */
  int line(String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null && line > 0) {
        return line;
      }
      int slash = p.lastIndexOf('/');
      if (slash <= 0) {
        return 1;
      }
      p = p.substring(0, slash);
    }
  }
}

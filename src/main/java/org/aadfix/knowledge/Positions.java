package org.aadfix.knowledge;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.ObjectMapper;

/**
 * Line numbers of every key and list item in a YAML document, by JSON Pointer ({@code /symptoms/codes/0/code}).
 * Jackson binds the document to records without keeping positions, so the validator and the binding errors look
 * them up here. They are computed on first use, by a second read of the document: only a file with a problem pays
 * for it, which keeps a build of thousands of clean files fast.
 */
final class Positions {
  private final ObjectMapper mapper;
  private final byte[] yaml;
  private Map<String, Integer> lines;

  Positions(ObjectMapper mapper, byte[] yaml) {
    this.mapper = mapper;
    this.yaml = yaml;
  }

  /** The line of {@code pointer}, or of its nearest ancestor that has one, or 1. */
  int line(String pointer) {
    Map<String, Integer> known = lines();
    String p = pointer;
    while (true) {
      Integer line = known.get(p);
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

  private Map<String, Integer> lines() {
    if (lines == null) {
      lines = scan();
    }
    return lines;
  }

  private Map<String, Integer> scan() {
    Map<String, Integer> found = new HashMap<>();
    try (JsonParser p = mapper.createParser(yaml)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        TokenStreamContext ctx = p.streamReadContext();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          // The context is already the new container; its position is its parent's current slot.
          ctx = ctx.getParent();
        }
        if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY && ctx != null) {
          found.putIfAbsent(ctx.pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
        }
      }
    } catch (JacksonException e) {
      // Only files that parsed once are scanned; keep what was found before any surprise.
    }
    return found;
  }
}

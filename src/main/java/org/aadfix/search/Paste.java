package org.aadfix.search;

import java.util.List;

/**
 * What was found in a pasted text: identifiers in the order they appear (the first code is usually the root cause),
 * candidates that are only probably identifiers, and the text to take words from.
 */
public record Paste(
    List<String> codes,
    List<String> probableCodes,
    List<Integer> events,
    List<Integer> probableEvents,
    List<String> names,
    String text) {

  public Paste {
    codes = List.copyOf(codes);
    probableCodes = List.copyOf(probableCodes);
    events = List.copyOf(events);
    probableEvents = List.copyOf(probableEvents);
    names = List.copyOf(names);
  }

  public boolean hasIdentifiers() {
    return !codes.isEmpty() || !events.isEmpty();
  }
}

package org.aadfix.model;

import java.util.List;

/** What the administrator sees: event log entries, AADSTS codes, other literal messages and error names. */
public record Symptoms(
    List<EventSymptom> events,
    List<CodeSymptom> codes,
    List<String> messages,
    List<String> errorNames) {

  public Symptoms {
    events = Lists.copy(events);
    codes = Lists.copy(codes);
    messages = Lists.copy(messages);
    errorNames = Lists.copy(errorNames);
  }

  public boolean isEmpty() {
    return events.isEmpty() && codes.isEmpty() && messages.isEmpty() && errorNames.isEmpty();
  }
}

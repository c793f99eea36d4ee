package org.aadfix.model;

import java.util.List;

/** A Windows event: its ID, the source names it has been logged under, and its literal message. */
public record EventSymptom(Integer id, List<String> sources, String log, String message) {
  public EventSymptom {
    sources = Lists.copy(sources);
  }
}

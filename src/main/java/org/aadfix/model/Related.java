package org.aadfix.model;

import java.util.List;

/** Cross-links: codes worth knowing that are not symptoms, and related entries by id. */
public record Related(List<String> codes, List<String> entries) {
  public static final Related NONE = new Related(List.of(), List.of());

  public Related {
    codes = Lists.copy(codes);
    entries = Lists.copy(entries);
  }
}

package org.aadfix.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Null-tolerant immutable copies for record components (YAML may omit a list or hold a null item). */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    // List.copyOf rejects null items; a YAML "- " line yields one, and the validator wants to see it.
    return Collections.unmodifiableList(new ArrayList<>(list));
  }
}

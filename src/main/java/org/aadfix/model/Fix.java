package org.aadfix.model;

import java.util.List;

/** The remedy: a one-line summary and the steps in order. */
public record Fix(String summary, List<String> steps) {
  public Fix {
    steps = Lists.copy(steps);
  }
}

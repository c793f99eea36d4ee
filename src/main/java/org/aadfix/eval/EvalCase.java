package org.aadfix.eval;

import java.util.List;

/**
 * One labelled input. The first expected code is the root cause; with no codes, any expected event identifies the
 * case. Other fields of the file (where the pattern was seen, its tag) are documentation and ignored here.
 */
public record EvalCase(String id, String kind, String text, List<String> expectCodes, List<Integer> expectEvents) {
  public EvalCase {
    expectCodes = expectCodes == null ? List.of() : List.copyOf(expectCodes);
    expectEvents = expectEvents == null ? List.of() : List.copyOf(expectEvents);
  }
}

package org.aadfix.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures for a run over a set of cases.
 *
 * @param metrics per kind, and "overall": hit1, hit3, mrr10, confident (share answered confidently), cases
 * @param misses cases whose expected entry was not ranked first
 */
public record EvalReport(Map<String, Map<String, Double>> metrics, List<Miss> misses, long millis) {
  /** A case that missed, with the top three entry ids and the rank of the first right one (0: not in the top ten). */
  public record Miss(String id, String kind, int rank, List<String> top, String text) {}

  public EvalReport {
    // Keep the order: kinds alphabetically, then overall.
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    misses = List.copyOf(misses);
  }
}

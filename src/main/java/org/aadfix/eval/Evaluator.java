package org.aadfix.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aadfix.model.Entry;
import org.aadfix.search.Answer;
import org.aadfix.search.Lookup;

/** Runs every case through the real query path and scores the ranking. */
public final class Evaluator {
  static final int DEPTH = 10;

  private final Lookup lookup;

  public Evaluator(Lookup lookup) {
    this.lookup = lookup;
  }

  public EvalReport run(List<EvalCase> cases) {
    long t0 = System.nanoTime();
    Map<String, Tally> tallies = new TreeMap<>();
    Tally overall = new Tally();
    List<EvalReport.Miss> misses = new ArrayList<>();
    for (EvalCase c : cases) {
      Answer a = lookup.query(c.text(), DEPTH, false);
      int rank = 0;
      for (int i = 0; i < a.hits().size(); i++) {
        if (isHit(c, a.hits().get(i).entry())) {
          rank = i + 1;
          break;
        }
      }
      tallies.computeIfAbsent(c.kind(), k -> new Tally()).add(rank, a.confident());
      overall.add(rank, a.confident());
      if (rank != 1) {
        List<String> top = a.hits().stream().limit(3).map(h -> h.entry().id()).toList();
        misses.add(new EvalReport.Miss(c.id(), c.kind(), rank, top, c.text()));
      }
    }
    Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
    tallies.forEach((kind, t) -> metrics.put(kind, t.metrics()));
    metrics.put("overall", overall.metrics());
    return new EvalReport(metrics, misses, (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * The entry answers the case when it lists the root-cause code among its own symptoms (a related code does not
   * count); with no expected codes, when it lists any expected event.
   */
  static boolean isHit(EvalCase c, Entry e) {
    if (!c.expectCodes().isEmpty()) {
      String root = c.expectCodes().get(0);
      return e.symptoms().codes().stream().anyMatch(s -> root.equals(s.code()));
    }
    return e.symptoms().events().stream().anyMatch(ev -> c.expectEvents().contains(ev.id()));
  }

  /** Running sums for one group of cases. */
  private static final class Tally {
    int cases;
    int hit1;
    int hit3;
    int confident;
    double reciprocal;

    void add(int rank, boolean wasConfident) {
      cases++;
      if (rank == 1) {
        hit1++;
      }
      if (rank >= 1 && rank <= 3) {
        hit3++;
      }
      if (rank >= 1) {
        reciprocal += 1.0 / rank;
      }
      if (wasConfident) {
        confident++;
      }
    }

    Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("hit1", ratio(hit1));
      m.put("hit3", ratio(hit3));
      m.put("mrr10", cases == 0 ? 0 : Math.round(reciprocal / cases * 10000) / 10000.0);
      m.put("confident", ratio(confident));
      m.put("cases", (double) cases);
      return m;
    }

    private double ratio(int n) {
      return cases == 0 ? 0 : Math.round((double) n / cases * 10000) / 10000.0;
    }
  }
}

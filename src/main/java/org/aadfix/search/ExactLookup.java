package org.aadfix.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.aadfix.index.ExactAnswers;

/**
 * Code and event lookups answered from the answers worked out at build time ({@link ExactAnswers}), as {@link Lookup}
 * ranks and scores them: the same hits, reasons and scores, without starting Lucene.
 */
public final class ExactLookup {
  private ExactLookup() {}

  /** As {@link Lookup#byCode}, for a canonical code. */
  public static List<Hit> byCode(ExactAnswers answers, String canonical) throws IOException {
    return hits(answers.byCode(canonical), new Reason(Reason.Kind.CODE, canonical, List.of()));
  }

  /** As {@link Lookup#byEvent} without a source. */
  public static List<Hit> byEvent(ExactAnswers answers, int id) throws IOException {
    return hits(answers.byEvent(id), new Reason(Reason.Kind.EVENT, Integer.toString(id), List.of()));
  }

  private static List<Hit> hits(List<ExactAnswers.Answer> answers, Reason reason) {
    List<Hit> hits = new ArrayList<>(answers.size());
    for (ExactAnswers.Answer a : answers) {
      // Lookup's score for an exact match: 1 for the match, plus the prevalence prior.
      hits.add(new Hit(a.entry(), a.action(), Lookup.EXACT_MATCH + Lookup.W_PREVALENCE * a.prevalence(),
          List.of(reason), null));
    }
    return hits;
  }
}

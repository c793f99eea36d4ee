package org.aadfix.search;

import java.util.List;

/**
 * The result of a lookup: ranked hits, what was recognised in the input, and whether the best hit is a confident
 * answer (an identifier matched, or enough of the informative words did) or only the closest weak guess.
 */
public record Answer(Paste paste, List<Hit> hits, boolean confident) {
  public Answer {
    hits = List.copyOf(hits);
  }
}

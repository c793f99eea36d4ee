package org.aadfix.search;

import java.util.List;
import org.aadfix.model.ActionSummary;
import org.aadfix.model.Entry;

/**
 * One ranked entry with why it matched.
 *
 * @param explanation Lucene's explanation of the score, when asked for; otherwise null
 */
public record Hit(
    Entry entry, ActionSummary action, float score, List<Reason> reasons, String explanation) {
  public Hit {
    reasons = List.copyOf(reasons);
  }
}

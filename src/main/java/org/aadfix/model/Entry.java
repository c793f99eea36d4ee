package org.aadfix.model;

import java.util.List;

/**
 * One troubleshooting entry: what the administrator sees, why it happens and what to do about it.
 *
 * <p>Lists are never null; optional objects ({@code related}) are replaced by empty ones so that callers need no null
 * checks. Required fields may still be null straight after loading; the validator reports them.
 */
public record Entry(
    String id,
    String title,
    String product,
    String component,
    String kind,
    List<String> actors,
    String prevalence,
    Symptoms symptoms,
    List<String> phrasings,
    String cause,
    Fix fix,
    String action,
    Related related,
    List<Reference> references,
    List<String> tags,
    Boolean community,
    String reviewed) {

  public static final String KIND_CODE = "code";
  public static final String KIND_SCENARIO = "scenario";
  public static final List<String> KINDS = List.of(KIND_CODE, KIND_SCENARIO);
  public static final List<String> ACTORS = List.of("user", "developer", "admin");
  public static final List<String> PREVALENCES = List.of("common", "occasional", "rare");

  public Entry {
    actors = Lists.copy(actors);
    phrasings = Lists.copy(phrasings);
    references = Lists.copy(references);
    tags = Lists.copy(tags);
    related = related == null ? Related.NONE : related;
  }

  /** Prevalence with its default applied. */
  public String prevalenceOrDefault() {
    return prevalence == null ? "occasional" : prevalence;
  }

  public boolean isCommunity() {
    return Boolean.TRUE.equals(community);
  }
}

package org.aadfix.index;

/** Index field names, each with the reason for its type. */
public final class Fields {
  private Fields() {}

  /** Entry id: stored keyword, the identity used to update a document in place. */
  public static final String ID = "id";

  /** AADSTS codes among the symptoms (canonical, upper case): keyword, exact match weighs most. */
  public static final String CODE = "code";

  /** Codes named only as related: keyword, a weak hint that never counts as the entry's own symptom. */
  public static final String RELATED_CODE = "related_code";

  /** Event IDs among the symptoms, as decimal text: keyword for exact match. */
  public static final String EVENT = "event";

  /** Event source names, lower case: keyword, for {@code event --source}. */
  public static final String EVENT_SOURCE = "event_source";

  /** Error names such as invalid_grant, lower case: keyword for exact match. */
  public static final String ERROR_NAME = "error_name";

  /** Component and tags, for {@code list --component/--tag}: keywords. */
  public static final String COMPONENT = "component";

  public static final String TAG = "tag";

  public static final String KIND = "kind";

  /** Title: analyzed text, short and descriptive, so a match here means a lot. */
  public static final String TITLE = "title";

  /** Literal event and error messages: analyzed text with positions, so that phrases match. */
  public static final String MESSAGE = "message";

  /** Word pairs and triples of the literal messages: a paste's wording matches here as a phrase. */
  public static final String MESSAGE_PHRASES = "message_phrases";

  /** Users' own descriptions of the problem: analyzed text, what plain-language questions match. */
  public static final String PHRASING = "phrasing";

  /** Cause and fix prose: analyzed text, weighted least. */
  public static final String BODY = "body";

  /** The whole entry, serialized: stored only, so a lookup never parses YAML. */
  public static final String PAYLOAD = "payload";

  /** Static rank features (prevalence): FeatureField, a small prior that breaks ties. */
  public static final String FEATURES = "features";

  /**
   * Prevalence weight (4 common, 2 occasional, 1 rare): the feature of {@link #FEATURES} for exact look-ups, and a
   * doc value of the same name for adding the prior to a paste's candidates.
   */
  public static final String PREVALENCE = "prevalence";

  /** Sort key for stable listing order. */
  public static final String SORT_ID = "sort_id";

  /** The analyzed text fields, in the order of their weight. */
  public static final String[] TEXT_FIELDS = {TITLE, MESSAGE, PHRASING, BODY};
}

package org.aadfix.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.aadfix.index.Fields;
import org.aadfix.index.KnowledgeIndex;
import org.aadfix.model.CodeSymptom;
import org.aadfix.model.Codes;
import org.aadfix.model.Entry;
import org.aadfix.model.EventSymptom;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Answers lookups against an open index. Queries are built from the paste's identifiers and analyzed terms, never by
 * parsing the paste as query syntax, and stay far below Lucene's clause limit whatever the paste's size.
 */
public final class Lookup {
  /** Pastes longer than this are refused: far beyond any real log excerpt, and memory must stay small. */
  public static final int MAX_PASTE_CHARS = 16 * 1024 * 1024;

  /** Words are taken from the first megabyte; identifiers from the whole paste. */
  static final int MAX_WORD_CHARS = 1024 * 1024;

  /** The most informative terms kept from a paste, as Lucene's MoreLikeThis keeps its top terms. */
  static final int MAX_TERMS = 32;

  /** The rarest word pairs and triples of a paste that occur in some literal message. */
  static final int MAX_PHRASES = 24;

  /** Terms and phrases kept when the paste carries a code or an event: measured to rank the same, far faster. */
  static final int MAX_TERMS_WITH_IDENTIFIERS = 12;

  static final int MAX_PHRASES_WITH_IDENTIFIERS = 8;

  // Identifier matches are constant scores, so that they outweigh any amount of word overlap.
  static final float W_CODE = 100f;
  static final float W_EVENT = 60f;
  static final float W_PROBABLE_CODE = 50f;
  static final float W_PROBABLE_EVENT = 40f;
  static final float W_NAME = 10f;
  static final float W_RELATED_CODE = 2f;
  static final float W_PREVALENCE = 0.25f;

  /**
   * The score of an exact code or event match before the prior: every match counts the same, however often the
   * entry lists it, so that the order is the prior's and then the id's, which {@link ExactLookup} reproduces.
   */
  static final float EXACT_MATCH = 1f;

  /** Extra documents fetched so that equal scores at the cut are ordered by id. */
  static final int TIE_MARGIN = 32;

  /** Fraction of the paste's informative weight that a words-only match must cover to count as an answer. */
  static final double MIN_WORD_COVERAGE = 0.3;

  private static final Map<String, Float> FIELD_BOOSTS = Map.of(
      Fields.TITLE, 2.0f, Fields.MESSAGE, 2.0f, Fields.PHRASING, 1.5f, Fields.BODY, 0.6f, Fields.MESSAGE_PHRASES, 1.0f);

  /** Equal scores are ordered by entry id, so that a ranking never depends on the order of indexing. */
  private static final Sort BY_SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(Fields.SORT_ID, SortField.Type.STRING));

  /**
   * When a paste's terms have more postings than {@code exhaustivePostings}, they are not all scored over every
   * entry: the entries matching the rarest terms (together at most {@code firstPassPostings} postings) are ranked by
   * those, and the best {@code depth} of them are scored by the whole query. Below the threshold (always, at the
   * shipped knowledge's size) every matching entry is scored by the whole query.
   */
  public record Pruning(long exhaustivePostings, long firstPassPostings, int depth) {
    /**
     * Measured on 100,000 entries (the shipped ones among generated ones): query p99 38 ms to 10 ms, the dev and
     * held-out descriptions' hit@1 0.638 to 0.631 and hit@3 0.881 to 0.875 against scoring every entry; pastes
     * unchanged. 100,000 postings cost about 2 ms to score in full.
     */
    public static final Pruning DEFAULT = new Pruning(100_000, 40_000, 500);

    /** Every matching entry scored by the whole query, whatever the cost. */
    public static final Pruning NEVER = new Pruning(Long.MAX_VALUE, 0, 0);
  }

  private final KnowledgeIndex index;
  private final IndexSearcher searcher;
  private final PasteParser parser = new PasteParser();
  private final Pruning pruning;

  public Lookup(KnowledgeIndex index) {
    this(index, Pruning.DEFAULT);
  }

  public Lookup(KnowledgeIndex index, Pruning pruning) {
    this.index = index;
    this.pruning = pruning;
    this.searcher = index.searcher();
    // A one-shot lookup never repeats a query; caching would only cost.
    this.searcher.setQueryCache(null);
  }

  /**
   * A selected term: its analyzed text, as written in the paste, the text fields it occurs in, its weight, and its
   * postings (summed document frequencies over those fields: what scoring it costs). {@code states}, when known,
   * holds per field where the term sits in each segment's dictionary, found once when the term was weighed: the
   * query's clauses, its rescoring and the reasons then read postings without looking the term up again.
   */
  private record WeightedTerm(String text, String surface, List<String> fields, double weight, long postings,
      List<TermStates> states) {
    WeightedTerm {
      if (states != null && states.size() != fields.size()) {
        throw new IllegalArgumentException("one term state per field");
      }
    }

    /** The term's dictionary entries in {@code fields().get(i)}, or null when they were not recorded. */
    TermStates states(int i) {
      return states == null ? null : states.get(i);
    }
  }

  /** Ranks entries for a pasted text. */
  public Answer query(String text, int limit, boolean explain) {
    if (text.length() > MAX_PASTE_CHARS) {
      throw new IllegalArgumentException("the paste has " + text.length() + " characters; the limit is "
          + MAX_PASTE_CHARS + " (16 MiB): paste the error and a few lines around it");
    }
    Paste paste = parser.parse(text);
    List<Query> identifierClauses = new ArrayList<>();
    paste.codes().forEach(c -> identifierClauses.add(constant(Fields.CODE, c, W_CODE)));
    paste.codes().forEach(c -> identifierClauses.add(constant(Fields.RELATED_CODE, c, W_RELATED_CODE)));
    paste.probableCodes().forEach(c -> identifierClauses.add(constant(Fields.CODE, c, W_PROBABLE_CODE)));
    paste.events().forEach(e -> identifierClauses.add(constant(Fields.EVENT, e.toString(), W_EVENT)));
    paste.probableEvents().forEach(e -> identifierClauses.add(constant(Fields.EVENT, e.toString(), W_PROBABLE_EVENT)));
    paste.names().forEach(n -> identifierClauses.add(constant(Fields.ERROR_NAME, n, W_NAME)));
    // With a code or an event in the paste, words only order the entries that share it: fewer of them do.
    boolean ids = paste.hasIdentifiers();
    int maxTerms = ids ? MAX_TERMS_WITH_IDENTIFIERS : MAX_TERMS;
    int maxPhrases = ids ? MAX_PHRASES_WITH_IDENTIFIERS : MAX_PHRASES;
    Set<String> identifiers = identifierTerms(paste);
    List<WeightedTerm> terms = new ArrayList<>(informativeTerms(paste.text(), identifiers, maxTerms));
    terms.addAll(phrases(paste.text(), identifiers, maxPhrases));
    BooleanQuery query = disjunction(identifierClauses, terms);
    if (query.clauses().isEmpty()) {
      return new Answer(paste, List.of(), false);
    }
    long postings = terms.stream().mapToLong(WeightedTerm::postings).sum();
    Query firstPass = postings <= pruning.exhaustivePostings() ? null
        : disjunction(identifierClauses, rarest(terms, pruning.firstPassPostings()));
    List<Hit> hits = new ArrayList<>();
    try {
      // Lucene sizes its queue by the count asked for: never more than there are entries.
      int wanted = Math.max(1, Math.min(limit, searcher.getIndexReader().maxDoc()));
      List<Scored> top = topWithPrior(query, firstPass, wanted);
      Map<Integer, Map<String, Set<String>>> matched = matchedTerms(top.stream().map(Scored::doc).toList(), terms);
      for (Scored sd : top) {
        KnowledgeIndex.StoredEntry stored = index.stored(sd.doc());
        List<Reason> reasons = identifierReasons(stored.entry(), paste);
        reasons.addAll(wordReasons(matched.getOrDefault(sd.doc(), Map.of()), terms));
        String explanation = explain
            ? searcher.explain(query, sd.doc()) + String.format(Locale.ROOT, "+ %.4f prevalence prior (%s)%n",
                sd.prior(), stored.entry().prevalenceOrDefault())
            : null;
        hits.add(new Hit(stored.entry(), stored.action(), sd.score(), reasons, explanation));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
    boolean confident = !hits.isEmpty() && isConfident(hits.get(0), terms);
    return new Answer(paste, hits, confident);
  }

  /**
   * Ranks entries for an expression in Lucene's classic query syntax ({@code query --lucene}), for someone searching
   * the knowledge on purpose; a paste never comes here. Invalid syntax is an {@link IllegalArgumentException} with a
   * one-line message. Every hit counts as an answer: the expression says exactly what was asked for.
   */
  public Answer syntax(String expression, int limit, boolean explain) {
    Query parsed = SyntaxQuery.parse(expression, index.analyzer(), FIELD_BOOSTS);
    Set<Term> used = new HashSet<>();
    parsed.visit(org.apache.lucene.search.QueryVisitor.termCollector(used));
    List<String> codes = new ArrayList<>();
    List<Integer> events = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Map<String, List<String>> fieldsByWord = new java.util.TreeMap<>();
    for (Term t : used) {
      switch (t.field()) {
        case Fields.CODE -> codes.add(t.text());
        case Fields.EVENT -> events.add(Integer.parseInt(t.text()));
        case Fields.ERROR_NAME -> names.add(t.text());
        default -> {
          if (java.util.Arrays.asList(Fields.TEXT_FIELDS).contains(t.field())) {
            fieldsByWord.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(t.field());
          }
        }
      }
    }
    // Reasons show the words as the expression wrote them, not their stems.
    Map<String, String> written = new HashMap<>();
    try (TokenStream ts = index.analyzer().tokenStream(Fields.BODY, expression)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String surface = expression.substring(offset.startOffset(), offset.endOffset());
        // The shortest spelling: word-delimiter parts also carry their whole token (message:credentials).
        written.merge(term.toString(), surface.toLowerCase(Locale.ROOT),
            (a, b) -> b.length() < a.length() ? b : a);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<WeightedTerm> words = new ArrayList<>();
    fieldsByWord.forEach((w, f) ->
        words.add(new WeightedTerm(w, written.getOrDefault(w, w), List.copyOf(new TreeSet<>(f)), 1, 0, null)));
    Paste asked = new Paste(codes, List.of(), events, List.of(), names, expression);
    List<Hit> hits = new ArrayList<>();
    try {
      Query query = searcher.rewrite(parsed);
      int wanted = Math.max(1, Math.min(limit, searcher.getIndexReader().maxDoc()));
      List<Scored> top = topWithPrior(query, null, wanted);
      Map<Integer, Map<String, Set<String>>> matched = matchedTerms(top.stream().map(Scored::doc).toList(), words);
      for (Scored sd : top) {
        KnowledgeIndex.StoredEntry stored = index.stored(sd.doc());
        List<Reason> reasons = identifierReasons(stored.entry(), asked);
        reasons.addAll(wordReasons(matched.getOrDefault(sd.doc(), Map.of()), words));
        String explanation = explain ? searcher.explain(query, sd.doc()).toString() : null;
        hits.add(new Hit(stored.entry(), stored.action(), sd.score(), reasons, explanation));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    } catch (RuntimeException e) {
      // Expansions Lucene refuses (too many clauses, a regular expression too complex): the expression's fault.
      throw new IllegalArgumentException("cannot run this Lucene query: " + e.getMessage());
    }
    return new Answer(asked, hits, !hits.isEmpty());
  }

  /** Every entry that lists {@code code} among its symptoms, most likely first. */
  public List<Hit> byCode(String code) {
    String canonical = Codes.normalize(code)
        .orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not an AADSTS code (e.g. AADSTS50054 or 50054)"));
    Query q = new TermQuery(new Term(Fields.CODE, canonical));
    return ranked(new BoostQuery(new ConstantScoreQuery(q), EXACT_MATCH),
        e -> List.of(new Reason(Reason.Kind.CODE, canonical, List.of())));
  }

  /** Every entry that lists event {@code id}, optionally only for one event source. */
  public List<Hit> byEvent(int id, String source) {
    BooleanQuery.Builder q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.EVENT, Integer.toString(id))), Occur.MUST);
    if (source != null && !source.isBlank()) {
      q.add(new TermQuery(new Term(Fields.EVENT_SOURCE, Codes.key(source))), Occur.FILTER);
    }
    return ranked(new BoostQuery(new ConstantScoreQuery(q.build()), EXACT_MATCH),
        e -> List.of(new Reason(Reason.Kind.EVENT, Integer.toString(id), List.of())));
  }

  public Optional<Hit> show(String id) {
    List<Hit> hits = ranked(new TermQuery(new Term(Fields.ID, id)), e -> List.of());
    return hits.stream().findFirst();
  }

  /** All entries, optionally filtered by component and tag, in id order. */
  public List<Hit> list(String component, String tag) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
    if (component != null) {
      q.add(new TermQuery(new Term(Fields.COMPONENT, component)), Occur.FILTER);
    }
    if (tag != null) {
      q.add(new TermQuery(new Term(Fields.TAG, tag)), Occur.FILTER);
    }
    try {
      int n = Math.max(1, searcher.getIndexReader().maxDoc());
      TopDocs top = searcher.search(q.build(), n, new Sort(new SortField(Fields.SORT_ID, SortField.Type.STRING)));
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        KnowledgeIndex.StoredEntry s = index.stored(sd.doc);
        hits.add(new Hit(s.entry(), s.action(), 0f, List.of(), null));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  private List<Hit> ranked(Query q, java.util.function.Function<Entry, List<Reason>> reasons) {
    try {
      Query query = withPrior(q);
      int n = Math.max(1, searcher.getIndexReader().maxDoc());
      TopDocs top = searcher.search(query, n, BY_SCORE_THEN_ID, true);
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        KnowledgeIndex.StoredEntry s = index.stored(sd.doc);
        hits.add(new Hit(s.entry(), s.action(), sd.score, reasons.apply(s.entry()), null));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /** Rescoring that keeps only the second pass's score: the whole query's, as if it had run alone. */
  private static final java.util.function.Function<Query, QueryRescorer> WHOLE_QUERY_SCORE = q -> new QueryRescorer(q) {
    @Override
    protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
      return secondPassMatches ? secondPassScore : 0f;
    }
  };

  /** One clause per identifier, and per term a disjunction over the fields it occurs in, each a top-level SHOULD. */
  private static BooleanQuery disjunction(List<Query> identifierClauses, List<WeightedTerm> terms) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    identifierClauses.forEach(q -> b.add(q, Occur.SHOULD));
    for (WeightedTerm t : terms) {
      List<Query> perField = new ArrayList<>();
      for (int i = 0; i < t.fields().size(); i++) {
        String f = t.fields().get(i);
        TermStates states = t.states(i);
        Term term = new Term(f, t.text());
        perField.add(new BoostQuery(states == null ? new TermQuery(term) : new TermQuery(term, states),
            FIELD_BOOSTS.get(f)));
      }
      b.add(new DisjunctionMaxQuery(perField, 0.1f), Occur.SHOULD);
    }
    return b.build();
  }

  /** The rarest terms whose postings together stay within {@code budget}, and always the rarest one. */
  private static List<WeightedTerm> rarest(List<WeightedTerm> terms, long budget) {
    List<WeightedTerm> byRarity = new ArrayList<>(terms);
    byRarity.sort(Comparator.comparingLong(WeightedTerm::postings).thenComparing(WeightedTerm::text));
    List<WeightedTerm> kept = new ArrayList<>();
    long used = 0;
    for (WeightedTerm t : byRarity) {
      if (!kept.isEmpty() && used + t.postings() > budget) {
        break;
      }
      kept.add(t);
      used += t.postings();
    }
    return kept;
  }

  /** Adds the prevalence prior: a small static score that orders entries sharing the same symptoms. */
  private static Query withPrior(Query q) {
    return new BooleanQuery.Builder()
        .add(q, Occur.MUST)
        .add(FeatureField.newLinearQuery(Fields.FEATURES, Fields.PREVALENCE, W_PREVALENCE), Occur.SHOULD)
        .build();
  }

  private static Query constant(String field, String value, float weight) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), weight);
  }

  /**
   * The paste's most informative terms: analyzed with the index's analyzer, weighted by (1 + ln tf) times the best
   * idf across the text fields, terms absent from the index dropped. Noise such as GUIDs, timestamps and stack frames
   * occurs in no entry and so never reaches the query.
   */
  private List<WeightedTerm> informativeTerms(String text, Set<String> skip, int max) {
    return select(text, Fields.BODY, Fields.TEXT_FIELDS, skip, max);
  }

  /**
   * The paste's word pairs and triples that occur in some literal message, rarest first. The analysis keeps only
   * phrases of two content words ({@code ContentPhraseFilter}); here, those holding an identifier are left out.
   */
  private List<WeightedTerm> phrases(String text, Set<String> identifiers, int max) {
    List<WeightedTerm> all = select(text, Fields.MESSAGE_PHRASES, new String[] {Fields.MESSAGE_PHRASES}, Set.of(),
        Integer.MAX_VALUE);
    List<WeightedTerm> kept = new ArrayList<>();
    for (WeightedTerm t : all) {
      boolean identifier = false;
      for (String word : t.text().split(" ")) {
        identifier |= identifiers.contains(word);
      }
      // A code inside a phrase is scored as the code already.
      if (!identifier && kept.size() < max) {
        kept.add(t);
      }
    }
    return kept;
  }

  private List<WeightedTerm> select(String text, String analyzeAs, String[] fieldsToCount, Set<String> skip, int max) {
    String sample = text.length() > MAX_WORD_CHARS ? text.substring(0, MAX_WORD_CHARS) : text;
    Map<String, Integer> tf = new HashMap<>();
    Map<String, String> surface = new HashMap<>();
    try (TokenStream ts = index.analyzer().tokenStream(analyzeAs, sample)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (skip.contains(t)) {
          continue;
        }
        if (tf.merge(t, 1, Integer::sum) == 1) {
          // Reasons show the word as written, not its stem.
          String written = sample.substring(offset.startOffset(), offset.endOffset());
          surface.put(t, written.length() <= 80 ? written.toLowerCase(Locale.ROOT) : t);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    IndexReader reader = searcher.getIndexReader();
    int n = Math.max(1, reader.numDocs());
    // Document frequencies, one reused terms enumerator per field and segment, terms in sorted order: a long
    // paste has hundreds of distinct terms, and a fresh enumerator per look-up costs more than the look-up.
    List<String> candidates = new ArrayList<>(tf.keySet());
    candidates.sort(Comparator.naturalOrder());
    // Where each term was found is kept (TermStates), so that it is never looked up again.
    TermStates[][] states = new TermStates[fieldsToCount.length][candidates.size()];
    IndexReaderContext top = reader.getContext();
    try {
      for (int f = 0; f < fieldsToCount.length; f++) {
        for (LeafReaderContext leaf : reader.leaves()) {
          Terms terms = leaf.reader().terms(fieldsToCount[f]);
          if (terms == null) {
            continue;
          }
          TermsEnum te = terms.iterator();
          BytesRefBuilder bytes = new BytesRefBuilder();
          for (int i = 0; i < candidates.size(); i++) {
            bytes.copyChars(candidates.get(i));
            if (te.seekExact(bytes.get())) {
              if (states[f][i] == null) {
                states[f][i] = new TermStates(top);
              }
              states[f][i].register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<WeightedTerm> weighted = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      double best = 0;
      long postings = 0;
      List<String> fields = new ArrayList<>(4);
      List<TermStates> found = new ArrayList<>(4);
      for (int f = 0; f < fieldsToCount.length; f++) {
        TermStates st = states[f][i];
        if (st != null && st.docFreq() > 0) {
          int df = st.docFreq();
          postings += df;
          fields.add(fieldsToCount[f]);
          found.add(st);
          best = Math.max(best, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
        }
      }
      if (!fields.isEmpty()) {
        String t = candidates.get(i);
        weighted.add(new WeightedTerm(t, surface.get(t), fields, (1 + Math.log(tf.get(t))) * best, postings,
            found));
      }
    }
    weighted.sort(Comparator.comparingDouble(WeightedTerm::weight).reversed().thenComparing(WeightedTerm::text));
    return weighted.size() > max ? weighted.subList(0, max) : weighted;
  }

  /**
   * The analyzed forms of the identifiers already recognised (AADSTS50054 gives {@code aadsts50054}, its stem
   * {@code aadst}, {@code 50054}): their own clauses score them, and as words they would favour entries that merely
   * mention a code in their title over entries that list it among their symptoms.
   */
  private Set<String> identifierTerms(Paste paste) {
    StringBuilder ids = new StringBuilder("AADSTS");
    paste.codes().forEach(c -> ids.append(' ').append(c));
    paste.probableCodes().forEach(c -> ids.append(' ').append(c));
    if (!paste.events().isEmpty()) {
      // "Event ID: 6900" is identifier syntax, not words.
      ids.append(" Event ID EventID");
    }
    paste.events().forEach(e -> ids.append(' ').append(e));
    paste.probableEvents().forEach(e -> ids.append(' ').append(e));
    Set<String> skip = new HashSet<>();
    try (TokenStream ts = index.analyzer().tokenStream(Fields.BODY, ids.toString())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        skip.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return skip;
  }

  private static List<Reason> identifierReasons(Entry e, Paste paste) {
    List<Reason> reasons = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>(paste.codes());
    codes.addAll(paste.probableCodes());
    for (CodeSymptom c : e.symptoms().codes()) {
      if (codes.contains(c.code())) {
        reasons.add(new Reason(Reason.Kind.CODE, c.code(), List.of()));
      }
    }
    Set<Integer> events = new LinkedHashSet<>(paste.events());
    events.addAll(paste.probableEvents());
    Set<Integer> seen = new TreeSet<>();
    for (EventSymptom ev : e.symptoms().events()) {
      if (events.contains(ev.id()) && seen.add(ev.id())) {
        reasons.add(new Reason(Reason.Kind.EVENT, ev.id().toString(), List.of()));
      }
    }
    Set<String> names = new LinkedHashSet<>(paste.names());
    for (String name : e.symptoms().errorNames()) {
      if (names.contains(name.toLowerCase(Locale.ROOT))) {
        reasons.add(new Reason(Reason.Kind.ERROR_NAME, name, List.of()));
      }
    }
    for (String code : e.related().codes()) {
      if (paste.codes().contains(code)) {
        reasons.add(new Reason(Reason.Kind.RELATED_CODE, code, List.of()));
      }
    }
    return reasons;
  }

  /** A document with its final score: Lucene's, plus the prevalence prior. */
  private record Scored(int doc, float score, float prior, String id) {}

  /**
   * The best {@code limit} documents by Lucene's score plus the prevalence prior, equal scores ordered by entry id.
   * The prior (at most {@value #W_PREVALENCE} times the largest weight) is added to the candidates Lucene returns,
   * with a margin of extra candidates so that it can reorder near-ties; as a query clause it would wrap the
   * disjunction in another level and defeat Lucene's skipping. Ordering ties by id keeps a ranking independent of
   * the order documents were indexed in.
   */
  private List<Scored> topWithPrior(Query query, Query firstPass, int limit) throws IOException {
    // Exhaustive scoring: with dozens of frequent words, Lucene's window-at-a-time disjunction scorer beats
    // block-max skipping, whose bookkeeping over nested clauses cost more than it saved (measured on 100,000 entries).
    int n = Math.max(1, Math.min(limit + TIE_MARGIN, searcher.getIndexReader().maxDoc()));
    ScoreDoc[] found;
    if (firstPass == null) {
      found = searcher.search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, false)).scoreDocs;
    } else {
      // The candidates by the rarest terms, then each scored by the whole query: its final score, exactly.
      TopDocs candidates = searcher.search(firstPass,
          new TopScoreDocCollectorManager(Math.max(n, pruning.depth()), null, Integer.MAX_VALUE, false));
      found = WHOLE_QUERY_SCORE.apply(query).rescore(searcher, candidates, n).scoreDocs;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Scored> scored = new ArrayList<>(found.length);
    for (ScoreDoc sd : found) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      int local = sd.doc - leaf.docBase;
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.SORT_ID);
      String id = ids.advanceExact(local) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
      NumericDocValues weights = DocValues.getNumeric(leaf.reader(), Fields.PREVALENCE);
      float prior = weights.advanceExact(local) ? W_PREVALENCE * weights.longValue() : 0f;
      scored.add(new Scored(sd.doc, sd.score + prior, prior, id));
    }
    scored.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(Scored::id));
    return scored.size() > limit ? scored.subList(0, limit) : scored;
  }

  /**
   * For each hit, which selected terms occur in which of its fields: one postings walk per term and field over the
   * hits in document order, much cheaper than replaying the whole query per hit.
   */
  private Map<Integer, Map<String, Set<String>>> matchedTerms(List<Integer> hits, List<WeightedTerm> terms)
      throws IOException {
    Map<Integer, Map<String, Set<String>>> matched = new HashMap<>();
    if (hits.isEmpty() || terms.isEmpty()) {
      return matched;
    }
    int[] docs = hits.stream().mapToInt(Integer::intValue).sorted().toArray();
    Set<String> fields = new TreeSet<>();
    terms.forEach(t -> fields.addAll(t.fields()));
    BytesRefBuilder bytes = new BytesRefBuilder();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int end = leaf.docBase + leaf.reader().maxDoc();
      for (String field : fields) {
        Terms indexed = leaf.reader().terms(field);
        if (indexed == null) {
          continue;
        }
        TermsEnum te = indexed.iterator();
        for (WeightedTerm t : terms) {
          int at = t.fields().indexOf(field);
          if (at < 0) {
            continue;
          }
          TermStates states = t.states(at);
          bytes.copyChars(t.text());
          if (states != null) {
            TermState state = states.get(leaf);
            if (state == null) {
              continue;
            }
            te.seekExact(bytes.get(), state);
          } else if (!te.seekExact(bytes.get())) {
            continue;
          }
          PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
          for (int doc : docs) {
            if (doc < leaf.docBase || doc >= end) {
              continue;
            }
            int local = doc - leaf.docBase;
            int next = postings.docID() < local ? postings.advance(local) : postings.docID();
            if (next == DocIdSetIterator.NO_MORE_DOCS) {
              break;
            }
            if (next == local) {
              matched.computeIfAbsent(doc, d -> new HashMap<>())
                  .computeIfAbsent(t.text(), k -> new TreeSet<>()).add(field);
            }
          }
        }
      }
    }
    return matched;
  }

  /** The paste's terms found in this entry, in the order of their weight, with the fields they were found in. */
  private static List<Reason> wordReasons(Map<String, Set<String>> fieldsByTerm, List<WeightedTerm> terms) {
    List<Reason> reasons = new ArrayList<>();
    for (WeightedTerm t : terms) {
      Set<String> fields = fieldsByTerm.get(t.text());
      if (fields != null) {
        Reason.Kind kind = fields.contains(Fields.MESSAGE_PHRASES) ? Reason.Kind.PHRASE : Reason.Kind.WORDS;
        reasons.add(new Reason(kind, t.surface(), List.copyOf(fields)));
      }
    }
    return reasons;
  }

  private static boolean isConfident(Hit top, List<WeightedTerm> terms) {
    if (top.reasons().stream().anyMatch(Reason::isIdentifier)) {
      return true;
    }
    double total = terms.stream().mapToDouble(WeightedTerm::weight).sum();
    if (total <= 0) {
      return false;
    }
    Set<String> matched = new TreeSet<>();
    top.reasons().stream()
        .filter(r -> r.kind() == Reason.Kind.WORDS || r.kind() == Reason.Kind.PHRASE)
        .forEach(r -> matched.add(r.value()));
    double covered = terms.stream().filter(t -> matched.contains(t.surface())).mapToDouble(WeightedTerm::weight).sum();
    return covered / total >= MIN_WORD_COVERAGE;
  }
}

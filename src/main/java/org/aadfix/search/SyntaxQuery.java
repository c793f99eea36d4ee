package org.aadfix.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aadfix.index.Fields;
import org.aadfix.model.Codes;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The opt-in Lucene-syntax mode ({@code query --lucene}): classic query syntax over the text fields, for someone
 * searching the knowledge on purpose. A paste never comes here. Keyword fields take the spellings people type
 * ({@code code:50054}, {@code error_name:invalid_grant}); a quoted phrase in a text field needs all its words, since
 * the text fields keep no word positions.
 */
final class SyntaxQuery {
  private SyntaxQuery() {}

  /** The fields a word without a field name is looked up in, and their weights (as for pastes). */
  static final String[] DEFAULT_FIELDS = Fields.TEXT_FIELDS;

  static Query parse(String expression, Analyzer analyzer, Map<String, Float> boosts) {
    Parser parser = new Parser(analyzer, boosts);
    try {
      return parser.parse(expression);
    } catch (ParseException | RuntimeException e) {
      // ParseException messages run over several lines and name the parser's internals; the first line says what.
      String first = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException("not valid Lucene query syntax: " + first
          + " (query --lucene takes syntax such as: message:credentials AND code:50054)");
    }
  }

  private static final class Parser extends MultiFieldQueryParser {
    Parser(Analyzer analyzer, Map<String, Float> boosts) {
      super(DEFAULT_FIELDS, analyzer, boosts);
      setDefaultOperator(OR_OPERATOR);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
      if (field == null) {
        Query q = super.getFieldQuery(field, text, quoted);
        return quoted ? allWords(q) : q;
      }
      switch (field) {
        case Fields.CODE, Fields.RELATED_CODE -> {
          Optional<String> code = Codes.normalize(text);
          return code.<Query>map(c -> new TermQuery(new Term(field, c))).orElseGet(MatchNoDocsQuery::new);
        }
        case Fields.EVENT -> {
          return text.strip().matches("[0-9]{1,5}")
              ? new TermQuery(new Term(field, Integer.toString(Integer.parseInt(text.strip()))))
              : new MatchNoDocsQuery();
        }
        case Fields.ERROR_NAME, Fields.EVENT_SOURCE -> {
          return new TermQuery(new Term(field, Codes.key(text)));
        }
        case Fields.COMPONENT, Fields.TAG, Fields.KIND, Fields.ID -> {
          return new TermQuery(new Term(field, text.strip()));
        }
        default -> {
          Query q = super.getFieldQuery(field, text, quoted);
          return quoted ? allWords(q) : q;
        }
      }
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
      return getFieldQuery(field, text, true);
    }

    /** A phrase query (which needs positions the index does not keep) as the conjunction of its words. */
    private static Query allWords(Query q) {
      if (q instanceof org.apache.lucene.search.PhraseQuery phrase) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Term t : phrase.getTerms()) {
          all.add(new TermQuery(t), Occur.MUST);
        }
        return all.build();
      }
      if (q instanceof org.apache.lucene.search.MultiPhraseQuery multi) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Term[] position : multi.getTermArrays()) {
          BooleanQuery.Builder any = new BooleanQuery.Builder();
          for (Term t : position) {
            any.add(new TermQuery(t), Occur.SHOULD);
          }
          all.add(any.build(), Occur.MUST);
        }
        return all.build();
      }
      if (q instanceof BooleanQuery b) {
        // The multi-field parser wraps each field's phrase in a disjunction over the fields.
        BooleanQuery.Builder rebuilt = new BooleanQuery.Builder();
        List<Query> parts = new ArrayList<>();
        b.clauses().forEach(c -> parts.add(allWords(c.getQuery())));
        for (int i = 0; i < parts.size(); i++) {
          rebuilt.add(parts.get(i), b.clauses().get(i).getOccur());
        }
        return rebuilt.build();
      }
      if (q instanceof org.apache.lucene.search.BoostQuery boost) {
        return new org.apache.lucene.search.BoostQuery(allWords(boost.getQuery()), boost.getBoost());
      }
      return q;
    }
  }
}

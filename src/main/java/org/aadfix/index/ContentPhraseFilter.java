package org.aadfix.index;

import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps the word pairs and triples of a shingle stream that hold at least two content words (words that are not
 * English stop words), and drops the rest. Most of a message's pairs and triples are of the dropped kind ("is used
 * for", "of the"), and a phrase field holds most of an index's distinct terms: it is the same rule a lookup applies
 * to the phrases it asks for, applied once, at analysis.
 */
public final class ContentPhraseFilter extends FilteringTokenFilter {
  private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ContentPhraseFilter(TokenStream in) {
    super(in);
  }

  @Override
  protected boolean accept() {
    char[] buf = term.buffer();
    int len = term.length();
    int content = 0;
    int start = 0;
    for (int i = 0; i <= len; i++) {
      if (i == len || buf[i] == ' ') {
        if (i > start && !STOP.contains(buf, start, i - start)) {
          content++;
          if (content == 2) {
            return true;
          }
        }
        start = i + 1;
      }
    }
    return false;
  }

  /** For {@link org.apache.lucene.analysis.custom.CustomAnalyzer}. */
  public static final class Factory extends TokenFilterFactory {
    public static final String NAME = "aadfixContentPhrase";

    public Factory(Map<String, String> args) {
      super(args);
      if (!args.isEmpty()) {
        throw new IllegalArgumentException("unknown parameters: " + args);
      }
    }

    /** For SPI; never used. */
    public Factory() {
      throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
      return new ContentPhraseFilter(input);
    }
  }
}

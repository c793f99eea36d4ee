package org.aadfix.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilterFactory;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;

/** The one analyzer used both to index entries and to analyze pastes. */
public final class Analysis {
  private Analysis() {}

  /**
   * Standard tokenization, then word-delimiter splitting that keeps the original token: {@code AADSTS50054} gives
   * {@code aadsts50054}, {@code aadsts}, {@code 50054}; {@code Microsoft.IdentityModel...AdalServiceException} and
   * {@code Sync_HOST_1a2b3c} give their parts; camel case splits. Then lower case, accents folded, English stop
   * words dropped, Porter stemming so that "syncing" meets "synced".
   */
  public static Analyzer create() {
    return new PerFieldAnalyzerWrapper(text(), Map.of(Fields.MESSAGE_PHRASES, phrases()));
  }

  /**
   * Word pairs and triples of literal messages ("old password", "password is used"), so that the wording of an
   * error matches as a phrase even when its code is missing. No stemming and no stop words: the exact wording is the
   * point. Only pairs and triples with two content words are kept ("old password", "password is used", not "is
   * used for"): the others occur in every kind of message and say nothing about which one.
   */
  static Analyzer phrases() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer(StandardTokenizerFactory.class)
          .withPositionIncrementGap(100)
          .addTokenFilter(LowerCaseFilterFactory.class)
          .addTokenFilter(ASCIIFoldingFilterFactory.class)
          .addTokenFilter(ShingleFilterFactory.class,
              "minShingleSize", "2", "maxShingleSize", "3", "outputUnigrams", "false")
          .addTokenFilter(ContentPhraseFilter.Factory.class)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the phrase analyzer", e);
    }
  }

  static Analyzer text() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer(StandardTokenizerFactory.class)
          // A phrase must not run from one message into the next.
          .withPositionIncrementGap(100)
          .addTokenFilter(
              WordDelimiterGraphFilterFactory.class,
              "generateWordParts", "1",
              "generateNumberParts", "1",
              "splitOnCaseChange", "1",
              "splitOnNumerics", "1",
              "preserveOriginal", "1",
              "stemEnglishPossessive", "1")
          // Word-delimiter output is a token graph. The text fields keep no positions (see IndexStore), so the
          // graph's shape is never stored and there is nothing to flatten: the filter that would do it was most of
          // the analysis time of a build.
          .addTokenFilter(LowerCaseFilterFactory.class)
          .addTokenFilter(ASCIIFoldingFilterFactory.class)
          .addTokenFilter(StopFilterFactory.class, "ignoreCase", "true")
          .addTokenFilter(PorterStemFilterFactory.class)
          .addTokenFilter(RemoveDuplicatesTokenFilterFactory.class)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the analyzer", e);
    }
  }
}

package org.aadfix.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class AnalysisTest {
  private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void messagePhrasesAreThePairsAndTriplesWithTwoContentWords() throws IOException {
    List<String> phrases = tokens(Analysis.create(), Fields.MESSAGE_PHRASES, "Old password is used for authentication.");
    // "password is", "is used", "used for", "for authentication", "is used for" each hold one content word at most.
    assertEquals(List.of("old password", "old password is", "password is used", "used for authentication"), phrases);
  }

  @Test
  void stopWordsAloneNeverMakeAPhrase() throws IOException {
    assertEquals(List.of(), tokens(Analysis.create(), Fields.MESSAGE_PHRASES, "it is not in the"));
    assertEquals(List.of("the user account", "user account", "user account is", "account is disabled"),
        tokens(Analysis.create(), Fields.MESSAGE_PHRASES, "The user account is disabled"));
  }

  @Test
  void identifiersAreSplitAndKeptWhole() throws IOException {
    List<String> words = tokens(Analysis.create(), Fields.BODY, "AADSTS50054 EventID 6900");
    assertEquals(List.of("aadsts50054", "aadst", "50054", "eventid", "event", "id", "6900"), words);
  }
}

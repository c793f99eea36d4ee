package org.aadfix.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

/** Standard input and what aadfix may assume about it. */
final class Console {
  private final InputStream in;
  private final boolean interactive;
  private final boolean inheritable;
  private BufferedReader reader;

  /**
   * @param interactive a person is typing: prompts may be shown and answered
   * @param inheritable the process's own console: a launched action inherits it so that its prompts reach the person
   */
  Console(InputStream in, boolean interactive, boolean inheritable) {
    this.in = in;
    this.interactive = interactive;
    this.inheritable = inheritable;
  }

  InputStream in() {
    return in;
  }

  boolean interactive() {
    return interactive;
  }

  boolean inheritable() {
    return inheritable;
  }

  /**
   * One line reader over standard input, shared by the paste prompt and the confirmation prompt so that neither
   * swallows what the other should read.
   */
  BufferedReader reader() {
    if (reader == null) {
      reader = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()));
    }
    return reader;
  }
}

package org.aadfix.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.aadfix.search.Lookup;

/** Reads a paste from standard input: all of it when piped, up to an empty line when typed at a terminal. */
final class PasteReader {
  private PasteReader() {}

  static String read(Console console, PrintWriter err) {
    try {
      if (console.interactive()) {
        err.println("Paste the error text, then press Enter on an empty line (or end input with Ctrl-D / Ctrl-Z):");
        err.flush();
        BufferedReader reader = console.reader();
        StringBuilder sb = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null && !line.isBlank()) {
          sb.append(line).append('\n');
          if (sb.length() > Lookup.MAX_PASTE_CHARS) {
            break;
          }
        }
        return sb.toString();
      }
      // Enough bytes to tell an oversized paste from one at the limit, never the whole of an endless stream.
      byte[] bytes = console.in().readNBytes(Lookup.MAX_PASTE_CHARS * 4 + 4);
      return decode(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }

  /**
   * UTF-8 unless a byte-order mark says UTF-16 (Windows PowerShell pipes it); malformed bytes become U+FFFD rather
   * than failing, since a paste is whatever the clipboard held.
   */
  static String decode(byte[] bytes) {
    Charset cs = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      skip = 3;
    }
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }
}

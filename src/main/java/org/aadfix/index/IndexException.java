package org.aadfix.index;

/** The index cannot be built or opened; the message names the folder. */
public class IndexException extends RuntimeException {
  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.aadfix.knowledge;

/** A knowledge folder that cannot be read at all; the message names the folder or file. */
public class KnowledgeException extends RuntimeException {
  public KnowledgeException(String message) {
    super(message);
  }

  public KnowledgeException(String message, Throwable cause) {
    super(message, cause);
  }
}

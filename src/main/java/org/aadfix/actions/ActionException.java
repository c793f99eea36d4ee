package org.aadfix.actions;

/** Something about an action request that the user must change: an unknown parameter, a value that fails its pattern. */
public class ActionException extends RuntimeException {
  public ActionException(String message) {
    super(message);
  }
}

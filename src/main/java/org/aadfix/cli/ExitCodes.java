package org.aadfix.cli;

/** aadfix's exit codes, as grep has them for lookups, plus one for failures of aadfix itself. */
final class ExitCodes {
  private ExitCodes() {}

  static final int FOUND = 0;
  static final int NOT_FOUND = 1;
  static final int USAGE = 2;
  static final int FAILURE = 3;

}

package org.aadfix.cli;

/** aadfix's exit codes, as grep has them for lookups, plus one for failures of aadfix itself. */
final class ExitCodes {
  private ExitCodes() {}

  static final int FOUND = 0;
  static final int NOT_FOUND = 1;
  static final int USAGE = 2;
  static final int FAILURE = 3;

  /** aadfix run: the action cannot run here (no PowerShell, module missing, not elevated, no audit log). */
  static final int CANNOT_RUN = 4;

  /** aadfix run: not confirmed, declined or refused; nothing ran. */
  static final int NOT_CONFIRMED = 5;

  /** aadfix run: the action ran and PowerShell reported failure. */
  static final int ACTION_FAILED = 6;

  /** aadfix run: the action did not finish in time and was ended. */
  static final int TIMED_OUT = 7;

}

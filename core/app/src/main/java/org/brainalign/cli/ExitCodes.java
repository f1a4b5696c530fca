package org.brainalign.cli;

/** The exit codes of every brainalign command. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** An internal error: a defect or an environment failure (stack trace with --debug). */
  public static final int INTERNAL = 1;
  /** Bad input or usage: a file, option or id that cannot be used; the message says how to fix it. */
  public static final int BAD_INPUT = 2;
  /**
   * Interrupted (Ctrl-C, or SIGTERM during a study); finished results stay, partial files are
   * removed.
   */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}

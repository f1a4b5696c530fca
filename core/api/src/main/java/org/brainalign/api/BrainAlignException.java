package org.brainalign.api;

/**
 * Root of every error brainalign raises on purpose.
 *
 * <p>Subclasses say whose fault it is: {@link InvalidInputException} for a user's file, option or
 * command (the CLI exits with code 2 and prints only the message), anything else for a defect or an
 * environment failure (exit code 1). Messages follow one shape: what must hold, what was found, how to
 * fix it.
 */
public class BrainAlignException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BrainAlignException(String message) {
    super(message);
  }

  public BrainAlignException(String message, Throwable cause) {
    super(message, cause);
  }
}

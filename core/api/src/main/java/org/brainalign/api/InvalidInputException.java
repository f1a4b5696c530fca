package org.brainalign.api;

/**
 * A user mistake: a file, option, identifier or command line that cannot be used as given.
 *
 * <p>The message names the culprit (file, option, row), the expectation, what was found and the fix.
 * The CLI prints it without a stack trace and exits with code 2.
 */
public class InvalidInputException extends BrainAlignException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Builds the message in the project's standard shape.
   *
   * @param subject what is wrong (a file, an option), e.g. {@code "x.npy"}
   * @param expected the constraint that must hold
   * @param found what was found instead
   * @param remedy how to fix it
   */
  public static InvalidInputException of(String subject, String expected, String found, String remedy) {
    return new InvalidInputException(
        subject + ": expected " + expected + ", found " + found + ". " + remedy);
  }
}

package org.brainalign.api.extension;

import org.brainalign.api.InvalidInputException;

/** An extension spec or option that cannot be used: unknown key, malformed or out-of-range value. */
public class InvalidOptionException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public InvalidOptionException(String message) {
    super(message);
  }
}

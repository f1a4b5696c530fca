package org.brainalign.api;

import java.nio.file.Path;

/** A file whose bytes do not follow its format: truncated, corrupt, or of an unsupported kind. */
public class DataFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public DataFormatException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public DataFormatException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  /** The offending file. */
  public Path file() {
    return file;
  }
}

package org.brainalign.api;

/** A plugin that cannot be loaded: a broken jar, a missing class, or one built against another API. */
public class PluginLoadException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public PluginLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}

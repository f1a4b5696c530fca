package org.brainalign.api.extension.kind;

import java.util.Collection;
import org.brainalign.api.InvalidInputException;

/** An extension id that no loaded plugin provides. The message lists the known ids. */
public class UnknownExtensionException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public UnknownExtensionException(ExtensionKind<?> kind, String id, Collection<String> known) {
    super("unknown " + kind.label() + " '" + id + "'; known " + kind.label() + "s: "
        + (known.isEmpty() ? "(none loaded)" : String.join(", ", known))
        + ". Run 'brainalign plugins' to list them, or add a plugin with --plugins-dir.");
  }
}

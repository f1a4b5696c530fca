package org.brainalign.api.extension;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * A factory for one kind of extension, found by PF4J and built with its no-arg constructor.
 *
 * <p>A provider is stateless: it names the extension, documents its options and creates a working,
 * immutable object from validated {@link Options}. Data-independent checks (ranges, combinations)
 * belong in {@link #create}; data-dependent ones where the data arrives.
 *
 * @param <T> the type of object created
 */
public interface ExtensionProvider<T> extends ExtensionPoint {

  /** Stable kebab-case id, e.g. {@code cross-decomposition}. */
  String id();

  /** One sentence describing what the extension does. */
  String description();

  /**
   * The options this extension accepts, in the order they are documented. Declare each as a
   * constant ({@code static final OptionSpec<Long> FOLDS = OptionSpec.integer(...)}), list the
   * constants here and read the values through them with {@link Options#get(OptionSpec)}.
   */
  List<OptionSpec<?>> options();

  /**
   * Builds the extension.
   *
   * @param options values already checked against {@link #options()} for keys and types
   * @throws InvalidOptionException when a value is out of range or values contradict each other
   */
  T create(Options options);
}

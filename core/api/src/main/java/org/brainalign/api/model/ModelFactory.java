package org.brainalign.api.model;

import org.brainalign.api.InvalidInputException;
import org.brainalign.api.run.RunContext;

/**
 * Models created by the host from any installed model plugin, offered through a run context
 * ({@link RunContext#offered}) to extensions that need a network's activations themselves (a dataset
 * whose responses are read out from a layer, such as {@code surrogate}). They call
 * {@link VisionModel#layers()} and {@link VisionModel#extract} on it like the host does, so plugins
 * still depend only on the API.
 */
public interface ModelFactory {

  /**
   * A new model; the caller closes it.
   *
   * @param modelSpec a model spec as a study's {@code model.spec}, e.g.
   *     {@code resnet50:weights=random:1,resize=112,crop=112}
   * @throws InvalidInputException when the spec names no installed model or has bad options
   */
  VisionModel create(String modelSpec);

  /**
   * A new model from the factory {@code context} offers; the caller closes it.
   *
   * @throws InvalidInputException when the context offers no models (tests and embedding without
   *     plugins) or the spec names no installed model or has bad options
   */
  static VisionModel create(RunContext context, String modelSpec) {
    return context.offered(ModelFactory.class).orElseThrow(() -> new InvalidInputException(
        "model '" + modelSpec + "': this run context offers no models to extensions. Run through "
        + "the brainalign CLI (run, demo, responses), whose context creates them from the "
        + "installed model plugins.")).create(modelSpec);
  }
}

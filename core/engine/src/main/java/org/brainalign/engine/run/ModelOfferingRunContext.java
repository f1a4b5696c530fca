package org.brainalign.engine.run;

import java.util.Optional;
import org.brainalign.api.extension.kind.ExtensionKind;
import org.brainalign.api.model.ModelFactory;
import org.brainalign.api.run.ForwardingRunContext;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.plugins.ExtensionRegistry;

/**
 * A {@link RunContext} that also creates models from the loaded plugins (it offers a
 * {@link ModelFactory}), for
 * datasets read out from a network; everything else is the wrapped context's.
 */
public final class ModelOfferingRunContext extends ForwardingRunContext {
  private final ExtensionRegistry registry;

  /**
   * @param base threads, memory, scratch folder, progress, eigensolver and shared work come from here
   * @param registry where model specs are resolved (unknown ids list the known ones)
   */
  public ModelOfferingRunContext(RunContext base, ExtensionRegistry registry) {
    super(base);
    this.registry = registry;
  }

  @Override
  public <T> Optional<T> offered(Class<T> type) {
    if (type == ModelFactory.class) {
      ModelFactory models = spec -> registry.create(ExtensionKind.MODEL, spec).extension();
      return Optional.of(type.cast(models));
    }
    return super.offered(type);
  }
}

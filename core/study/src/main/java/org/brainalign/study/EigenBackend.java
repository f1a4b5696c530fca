package org.brainalign.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.extension.ExtensionSpec;
import org.brainalign.api.extension.kind.ExtensionKind;
import org.brainalign.api.extension.kind.UnknownExtensionException;
import org.brainalign.engine.plugins.ExtensionRegistry;

/**
 * The symmetric eigensolver chosen by {@code compute.eigen-backend} (study) or
 * {@code --eigen-backend} (compare): {@code lapack}, the default, leaves every metric with its own
 * (Smile/OpenBLAS dsyevd, float64); any other id is a plugin's {@code eigen-backend} extension (e.g.
 * {@code torch[:device=auto|cpu|gpu]}), offered to metrics through
 * {@code SymmetricEigenSolver.offeredBy(context)}.
 * Independent of the Gram backend: {@code gram-backend: torch} does not imply it.
 */
public final class EigenBackend {
  /** The id of the default: the metrics' own LAPACK. */
  public static final String LAPACK = "lapack";
  private final ExtensionRegistry.Resolved<SymmetricEigenSolver> resolved;

  private EigenBackend(ExtensionRegistry.Resolved<SymmetricEigenSolver> resolved) {
    this.resolved = resolved;
  }

  /** The default: no solver offered, the metrics decompose with LAPACK. */
  public static EigenBackend lapack() {
    return new EigenBackend(null);
  }

  /**
   * Resolves a spec against the loaded plugins (creating the solver, which may start libtorch).
   *
   * @param spec {@code lapack}, or an eigen-backend id with options; null means {@code lapack}
   * @param where names the setting in messages, e.g. {@code "compute.eigen-backend"}
   * @throws UnknownExtensionException for an unknown id, listing {@code lapack} and the loaded ones
   */
  public static EigenBackend resolve(ExtensionSpec spec, ExtensionRegistry registry,
      String where) {
    if (spec == null) {
      return lapack();
    }
    if (spec.id().equals(LAPACK)) {
      if (!spec.options().isEmpty()) {
        throw new InvalidInputException(where + ": '" + LAPACK + "' takes no options, found "
            + spec.options().keySet() + ". Write '" + LAPACK + "' alone.");
      }
      return lapack();
    }
    List<String> ids = registry.ids(ExtensionKind.EIGEN_BACKEND);
    if (!ids.contains(spec.id())) {
      List<String> known = new ArrayList<>(List.of(LAPACK));
      known.addAll(ids);
      throw new UnknownExtensionException(ExtensionKind.EIGEN_BACKEND, spec.id(), known);
    }
    return new EigenBackend(registry.create(ExtensionKind.EIGEN_BACKEND, spec));
  }

  /** The solver to offer metrics, empty for the default. */
  public Optional<SymmetricEigenSolver> solver() {
    return resolved == null ? Optional.empty() : Optional.of(resolved.extension());
  }

  /** Whether this is the default ({@code lapack}). */
  public boolean isDefault() {
    return resolved == null;
  }

  /** The spec with every option, e.g. {@code torch:device=auto}, or {@code lapack}. */
  public String spec() {
    return resolved == null ? LAPACK : resolved.options().toString();
  }

  /** One line saying what decomposes and where. */
  public String describe() {
    return resolved == null ? "lapack (each metric's own: OpenBLAS dsyevd through Smile, float64)"
        : resolved.extension().describe();
  }
}

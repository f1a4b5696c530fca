package org.brainalign.api.extension.kind;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.brainalign.api.compute.GramBackend;
import org.brainalign.api.compute.GramBackendProvider;
import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.compute.SymmetricEigenSolverProvider;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.BrainDatasetProvider;
import org.brainalign.api.extension.ExtensionProvider;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentMetricProvider;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.model.VisionModelProvider;
import org.brainalign.api.reducer.Reducer;
import org.brainalign.api.reducer.ReducerProvider;

/**
 * An extension point: its label, the provider interface plugins implement and the type of object
 * the providers create, declared once here. The host finds every kind's providers from
 * {@link #providerType()} and hands back created extensions typed as {@code T}, so a caller cannot
 * ask for a model from the metric kind.
 *
 * <p>The constants are the only instances; {@link #values()} lists them in the order listings use.
 *
 * @param <T> the type of the created extension, e.g. {@link VisionModel} for {@link #MODEL}
 */
public final class ExtensionKind<T> implements Comparable<ExtensionKind<?>> {
  public static final ExtensionKind<VisionModel> MODEL =
      new ExtensionKind<>(0, "model", VisionModelProvider.class, VisionModel.class);
  public static final ExtensionKind<BrainDataset> DATASET =
      new ExtensionKind<>(1, "dataset", BrainDatasetProvider.class, BrainDataset.class);
  public static final ExtensionKind<Reducer> REDUCER =
      new ExtensionKind<>(2, "reducer", ReducerProvider.class, Reducer.class);
  public static final ExtensionKind<AlignmentMetric> METRIC =
      new ExtensionKind<>(3, "metric", AlignmentMetricProvider.class, AlignmentMetric.class);
  /** Where centred Gram matrices are computed ({@link GramBackendProvider}). */
  public static final ExtensionKind<GramBackend> GRAM_BACKEND =
      new ExtensionKind<>(4, "gram-backend", GramBackendProvider.class, GramBackend.class);
  /** Where symmetric eigendecompositions run ({@link SymmetricEigenSolverProvider}). */
  public static final ExtensionKind<SymmetricEigenSolver> EIGEN_BACKEND = new ExtensionKind<>(5,
      "eigen-backend", SymmetricEigenSolverProvider.class, SymmetricEigenSolver.class);

  private static final List<ExtensionKind<?>> VALUES =
      List.of(MODEL, DATASET, REDUCER, METRIC, GRAM_BACKEND, EIGEN_BACKEND);

  private final int ordinal;
  private final String label;
  private final Class<? extends ExtensionProvider<T>> providerType;
  private final Class<T> extensionType;

  private ExtensionKind(int ordinal, String label,
      Class<? extends ExtensionProvider<T>> providerType, Class<T> extensionType) {
    this.ordinal = ordinal;
    this.label = Objects.requireNonNull(label, "label");
    this.providerType = Objects.requireNonNull(providerType, "providerType");
    this.extensionType = Objects.requireNonNull(extensionType, "extensionType");
  }

  /** Every kind, in the order listings use (model, dataset, reducer, metric, backends). */
  public static List<ExtensionKind<?>> values() {
    return VALUES;
  }

  /** The kind whose provider interface {@code provider} implements, if any. */
  public static Optional<ExtensionKind<?>> of(ExtensionProvider<?> provider) {
    return VALUES.stream().filter(k -> k.providerType.isInstance(provider)).findFirst();
  }

  /** The word used on the command line and in listings. */
  public String label() {
    return label;
  }

  /** The interface plugins implement for this kind, e.g. {@link VisionModelProvider}. */
  public Class<? extends ExtensionProvider<T>> providerType() {
    return providerType;
  }

  /** The type of object this kind's providers create, e.g. {@link VisionModel}. */
  public Class<T> extensionType() {
    return extensionType;
  }

  /**
   * {@code provider} as this kind's provider type.
   *
   * @throws ClassCastException when it does not implement {@link #providerType()}
   */
  public ExtensionProvider<T> cast(ExtensionProvider<?> provider) {
    return providerType.cast(provider);
  }

  /** The position in {@link #values()}. */
  public int ordinal() {
    return ordinal;
  }

  @Override
  public int compareTo(ExtensionKind<?> other) {
    return Integer.compare(ordinal, other.ordinal);
  }

  /** The constant's name, e.g. {@code GRAM_BACKEND}. */
  @Override
  public String toString() {
    return label.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
  }
}

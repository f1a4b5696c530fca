package org.brainalign.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.compute.GramBackend;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.extension.ExtensionSpec;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.kind.ExtensionKind;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.reducer.Reducer;
import org.brainalign.api.reducer.ReducerProvider;
import org.brainalign.api.reducer.ReducerSetting;
import org.brainalign.engine.gram.BlasGramBackend;
import org.brainalign.study.nonfinite.NonFinitePolicy;
import org.brainalign.engine.plugins.ExtensionRegistry;

/**
 * A study resolved against the loaded plugins: the created model, dataset, reducers and metrics, the
 * selected layers, subjects and ROIs, and the grid of cells. Holds the model and dataset: close it.
 */
public final class StudyPlan implements AutoCloseable {
  final StudyFile file;
  final ExtensionRegistry.Resolved<VisionModel> model;
  final List<LayerInfo> allLayers;
  final List<LayerInfo> layers;
  final ExtensionRegistry.Resolved<BrainDataset> dataset;
  final List<String> subjects;
  final Map<String, List<String>> rois;
  final List<ReducerVariant> reducers;
  final List<MetricVariant> metrics;
  final ExtensionRegistry.Resolved<GramBackend> gramBackend;
  final EigenBackend eigenBackend;
  final References references;

  private StudyPlan(StudyFile file, ExtensionRegistry.Resolved<VisionModel> model,
      List<LayerInfo> allLayers, List<LayerInfo> layers,
      ExtensionRegistry.Resolved<BrainDataset> dataset, List<String> subjects,
      Map<String, List<String>> rois, List<ReducerVariant> reducers, List<MetricVariant> metrics,
      ExtensionRegistry.Resolved<GramBackend> gramBackend, EigenBackend eigenBackend,
      References references) {
    this.file = file;
    this.model = model;
    this.allLayers = allLayers;
    this.layers = layers;
    this.dataset = dataset;
    this.subjects = subjects;
    this.rois = rois;
    this.reducers = reducers;
    this.metrics = metrics;
    this.gramBackend = gramBackend;
    this.eigenBackend = eigenBackend;
    this.references = references;
  }

  /** The option a reducer's provider declares for its target dimension, if any. */
  static Optional<OptionSpec<Long>> dimensionOption(ExtensionRegistry registry, String reducerId) {
    return registry.entry(ExtensionKind.REDUCER, reducerId).provider()
        instanceof ReducerProvider p ? p.dimensionOption() : Optional.empty();
  }

  /** Creates every extension the study names and checks layers, subjects and ROIs. */
  public static StudyPlan resolve(StudyFile file, ExtensionRegistry registry) {
    ExtensionRegistry.Resolved<GramBackend> gram = gramBackend(file, registry);
    EigenBackend eigen = EigenBackend.resolve(file.eigenBackend(), registry,
        "compute.eigen-backend");
    // Metrics get the backend's precision, so that they use its cached Gram matrix; unset (double)
    // stays unset, so that default specs read as before.
    String precision = file.gramPrecision() != null ? file.gramPrecision()
        : gram.extension().arithmetic() == GramPrecision.DOUBLE ? null
        : gram.extension().arithmetic().id();
    List<MetricVariant> metrics = new ArrayList<>();
    for (int i = 0; i < file.metrics().size(); i++) {
      ExtensionSpec spec = file.metrics().get(i);
      GridChecks.agreesWithCrossValidation(file, i, spec.options());
      ExtensionRegistry.Resolved<AlignmentMetric> m = registry.create(ExtensionKind.METRIC,
          withDefaults(registry, ExtensionKind.METRIC, spec, file, precision));
      metrics.add(new MetricVariant(m.entry().provider().id(), m.options().toString(),
          m.extension(), m.options()));
    }
    StudyChecks.distinctMetrics(file, metrics);
    List<ReducerVariant> reducers = new ArrayList<>();
    List<Integer> sweepOf = new ArrayList<>();
    for (StudyFile.ReducerSweep sweep : file.reducers()) {
      if (sweep.isNone()) {
        reducers.add(new ReducerVariant("none", "none", null, null, null, sweep.layers()));
        sweepOf.add(file.reducers().indexOf(sweep));
        continue;
      }
      List<ExtensionSpec> specs = new ArrayList<>();
      ExtensionSpec base = sweep.spec();
      if (sweep.dims().isEmpty()) {
        specs.add(base);
      } else {
        String key = dimensionOption(registry, base.id()).orElseThrow(() ->
            new InvalidInputException("reducers: '" + base.id() + "' declares no dimension to "
                + "sweep (ReducerProvider.dimensionOption), found dims " + sweep.dims()
                + ". Remove dims, or name a reducer that has one, e.g. sparse-random-projection."))
            .key();
        for (long d : sweep.dims()) {
          specs.add(base.with(key, Long.toString(d)));
        }
      }
      for (ExtensionSpec s : specs) {
        ExtensionRegistry.Resolved<Reducer> r =
            registry.create(ExtensionKind.REDUCER, s);
        ReducerSetting setting = r.extension().setting();
        reducers.add(new ReducerVariant(r.options().toString(), setting.axis(),
            setting.dimension(), r.extension(), r.options(), sweep.layers()));
        sweepOf.add(file.reducers().indexOf(sweep));
      }
    }
    ExtensionSpec datasetSpec = datasetSpec(registry, file);
    ExtensionRegistry.Resolved<BrainDataset> dataset =
        registry.create(ExtensionKind.DATASET, datasetSpec);
    ExtensionRegistry.Resolved<VisionModel> model = null;
    References references = null;
    try {
      List<String> subjects = StudyChecks.subjects(file, dataset.extension());
      Map<String, List<String>> rois = StudyChecks.rois(file, dataset.extension(), subjects);
      model = registry.create(ExtensionKind.MODEL, file.model().spec());
      List<LayerInfo> all = model.extension().layers();
      List<LayerInfo> layers = StudyChecks.layers(file, all, model.entry().provider().id());
      StudyChecks.reducerLayers(file, layers);
      StudyChecks.distinctReducers(file, reducers, sweepOf, layers);
      GridChecks.everyLayerHasACell(file, layers, reducers);
      GridChecks.dimsProject(file, registry, layers, reducers, sweepOf);
      references = References.resolve(file, registry, datasetSpec, dataset, subjects, rois,
          metrics, () -> withDefaults(registry, ExtensionKind.METRIC,
              new ExtensionSpec(References.METRIC, Map.of()), file, precision));
      return new StudyPlan(file, model, all, layers, dataset, subjects, rois, reducers, metrics,
          gram, eigen, references);
    } catch (RuntimeException e) {
      dataset.extension().close();
      if (references != null) {
        references.close();
      }
      if (model != null) {
        model.extension().close();
      }
      throw e;
    }
  }

  /**
   * The dataset spec, told to pass non-finite responses on ({@code non-finite=keep}, where the
   * dataset has that option and the spec does not set it) when the study drops non-finite columns
   * itself ({@code analysis: {non-finite: drop}}); a dataset refuses them by default, naming them in
   * its files.
   */
  private static ExtensionSpec datasetSpec(ExtensionRegistry registry, StudyFile file) {
    ExtensionSpec spec = file.dataset().spec();
    if (file.nonFinite() != NonFinitePolicy.DROP
        || !declares(registry, ExtensionKind.DATASET, spec, "non-finite")) {
      return spec;
    }
    return spec.withDefault("non-finite", "keep");
  }

  /**
   * Adds the study's folds, seed and Gram precision to a spec whose extension declares them and
   * leaves them unset (a metric's own folds or seed agree with the study's: {@link GridChecks}).
   */
  private static ExtensionSpec withDefaults(ExtensionRegistry registry, ExtensionKind<?> kind,
      ExtensionSpec spec, StudyFile file, String gramPrecision) {
    ExtensionSpec out = spec;
    if (file.folds() != null && declares(registry, kind, spec, "folds")) {
      out = out.withDefault("folds", file.folds().toString());
    }
    if (file.seed() != null && declares(registry, kind, spec, "seed")) {
      out = out.withDefault("seed", file.seed().toString());
    }
    if (gramPrecision != null && declares(registry, kind, spec, "gram-precision")) {
      // The same arithmetic as the cached Gram matrix, so that the metric uses it.
      out = out.withDefault("gram-precision", gramPrecision);
    }
    return out;
  }

  /** Whether the extension {@code spec} names declares the option {@code key}. */
  static boolean declares(ExtensionRegistry registry, ExtensionKind<?> kind, ExtensionSpec spec,
      String key) {
    return registry.entry(kind, spec.id()).provider().options().stream()
        .anyMatch(o -> o.key().equals(key));
  }

  /**
   * The Gram backend of {@code compute.gram-backend} ({@code blas} unless the study names another),
   * given {@code compute.gram-precision} as its {@code precision} option when it has one.
   *
   * @throws InvalidInputException when the backend's arithmetic contradicts gram-precision
   */
  private static ExtensionRegistry.Resolved<GramBackend> gramBackend(StudyFile file,
      ExtensionRegistry registry) {
    ExtensionSpec spec = file.gramBackend() == null
        ? new ExtensionSpec(BlasGramBackend.ID, Map.of()) : file.gramBackend();
    if (file.gramPrecision() != null
        && declares(registry, ExtensionKind.GRAM_BACKEND, spec, "precision")) {
      spec = spec.withDefault("precision", file.gramPrecision());
    }
    ExtensionRegistry.Resolved<GramBackend> b = registry.create(ExtensionKind.GRAM_BACKEND, spec);
    String actual = b.extension().arithmetic().id();
    if (file.gramPrecision() != null
        && GramPrecision.of(file.gramPrecision()) != b.extension().arithmetic()) {
      throw new InvalidInputException("compute.gram-precision: '" + file.gramPrecision()
          + "', but compute.gram-backend '" + spec.id() + "' computes in '" + actual
          + "' precision. Remove gram-precision, set it to '" + actual + "', or use "
          + "gram-backend: blas.");
    }
    return b;
  }

  /**
   * The arithmetic of the Gram matrices cached beside the features: the backend's
   * ({@code compute.gram-precision} for {@code blas}, double unless the study says single).
   */
  public GramPrecision gramPrecision() {
    return gramBackend.extension().arithmetic();
  }

  /** The id the study's Gram backend was selected by ({@code blas}, {@code torch}, ...). */
  public String gramBackendId() {
    return gramBackend.entry().provider().id();
  }

  /** The backend that computes the cached Gram matrices. */
  public GramBackend gramBackend() {
    return gramBackend.extension();
  }

  /** Every cell, in grid order: subject, ROI, layer, reducer, metric. */
  public List<GridCell> cells() {
    List<GridCell> out = new ArrayList<>();
    for (String s : subjects) {
      for (String roi : rois.get(s)) {
        for (LayerInfo layer : layers) {
          for (ReducerVariant r : reducers) {
            if (!r.appliesTo(layer.name())) {
              continue;
            }
            for (MetricVariant m : metrics) {
              out.add(new GridCell(s, roi, layer, allLayers.indexOf(layer), r, m));
            }
          }
        }
      }
    }
    return out;
  }

  /** Model and dataset specs with every option, and the settings that change a cell's numbers. */
  CellContext context() {
    return new CellContext(model.options().toString(), dataset.options().toString(),
        file.nonFinite() == NonFinitePolicy.DROP,
        gramBackendId().equals(BlasGramBackend.ID) ? null : gramBackend.options().toString(),
        eigenBackend.isDefault() ? null : eigenBackend.spec());
  }

  /** The study's name, as its file gives it. */
  public String name() {
    return file.name();
  }

  /** The eigensolver offered to the metrics ({@code lapack}: none, their own). */
  public EigenBackend eigenBackend() {
    return eigenBackend;
  }

  @Override
  public void close() {
    try {
      model.extension().close();
    } finally {
      try {
        references.close();
      } finally {
        dataset.extension().close();
      }
    }
  }
}

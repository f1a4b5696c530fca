package org.brainalign.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
      String spec = file.metrics().get(i);
      GridChecks.agreesWithCrossValidation(file, i, ExtensionSpec.parse(spec).options());
      String s = withDefaults(registry, ExtensionKind.METRIC, spec, file, precision);
      ExtensionRegistry.Resolved<AlignmentMetric> m =
          registry.create(ExtensionKind.METRIC, s);
      metrics.add(new MetricVariant(m.entry().provider().id(), m.options().toString(),
          m.extension(), m.options()));
    }
    StudyChecks.distinctMetrics(file, metrics);
    List<ReducerVariant> reducers = new ArrayList<>();
    List<Integer> sweepOf = new ArrayList<>();
    for (StudyFile.ReducerSweep sweep : file.reducers()) {
      if (sweep.spec().equals("none")) {
        reducers.add(new ReducerVariant("none", "none", null, null, null, sweep.layers()));
        sweepOf.add(file.reducers().indexOf(sweep));
        continue;
      }
      List<String> specs = new ArrayList<>();
      if (sweep.dims().isEmpty()) {
        specs.add(sweep.spec());
      } else {
        ExtensionSpec base = ExtensionSpec.parse(sweep.spec());
        String key = dimensionOption(registry, base.id()).orElseThrow(() ->
            new InvalidInputException("reducers: '" + base.id() + "' declares no dimension to "
                + "sweep (ReducerProvider.dimensionOption), found dims " + sweep.dims()
                + ". Remove dims, or name a reducer that has one, e.g. sparse-random-projection."))
            .key();
        for (long d : sweep.dims()) {
          Map<String, String> o = new LinkedHashMap<>(base.options());
          o.put(key, Long.toString(d));
          specs.add(new ExtensionSpec(base.id(), o).toString());
        }
      }
      for (String s : specs) {
        ExtensionRegistry.Resolved<Reducer> r =
            registry.create(ExtensionKind.REDUCER, s);
        ReducerSetting setting = r.extension().setting();
        reducers.add(new ReducerVariant(r.options().toString(), setting.axis(),
            setting.dimension(), r.extension(), r.options(), sweep.layers()));
        sweepOf.add(file.reducers().indexOf(sweep));
      }
    }
    String datasetSpec = datasetSpec(registry, file);
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
          metrics, () -> withDefaults(registry, ExtensionKind.METRIC, References.METRIC, file,
              precision));
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
   * Adds the study's folds, seed and Gram precision to a spec whose extension declares them and
   * leaves them unset (a metric's own folds or seed agree with the study's: {@link GridChecks}).
   */
  /**
   * The dataset spec, told to pass non-finite responses on ({@code non-finite=keep}, where the
   * dataset has that option and the spec does not set it) when the study drops non-finite columns
   * itself ({@code analysis: {non-finite: drop}}); a dataset refuses them by default, naming them in
   * its files.
   */
  private static String datasetSpec(ExtensionRegistry registry, StudyFile file) {
    String spec = file.dataset().spec();
    if (file.nonFinite() != org.brainalign.study.nonfinite.NonFinitePolicy.DROP) {
      return spec;
    }
    ExtensionSpec parsed = ExtensionSpec.parse(spec);
    boolean has = registry.entry(ExtensionKind.DATASET, parsed.id()).provider().options().stream()
        .anyMatch(o -> o.key().equals("non-finite"));
    if (!has || parsed.options().containsKey("non-finite")) {
      return spec;
    }
    Map<String, String> o = new LinkedHashMap<>(parsed.options());
    o.put("non-finite", "keep");
    return new ExtensionSpec(parsed.id(), o).toString();
  }

  private static String withDefaults(ExtensionRegistry registry, ExtensionKind<?> kind, String spec,
      StudyFile file, String gramPrecision) {
    ExtensionSpec parsed = ExtensionSpec.parse(spec);
    List<String> keys = registry.entry(kind, parsed.id()).provider().options().stream()
        .map(OptionSpec::key).toList();
    Map<String, String> o = new LinkedHashMap<>(parsed.options());
    if (file.folds() != null && keys.contains("folds")) {
      o.putIfAbsent("folds", file.folds().toString());
    }
    if (file.seed() != null && keys.contains("seed")) {
      o.putIfAbsent("seed", file.seed().toString());
    }
    if (gramPrecision != null && keys.contains("gram-precision")) {
      // The same arithmetic as the cached Gram matrix, so that the metric uses it.
      o.putIfAbsent("gram-precision", gramPrecision);
    }
    return new ExtensionSpec(parsed.id(), o).toString();
  }

  /**
   * The Gram backend of {@code compute.gram-backend} ({@code blas} unless the study names another),
   * given {@code compute.gram-precision} as its {@code precision} option when it has one.
   *
   * @throws InvalidInputException when the backend's arithmetic contradicts gram-precision
   */
  private static ExtensionRegistry.Resolved<GramBackend> gramBackend(StudyFile file,
      ExtensionRegistry registry) {
    ExtensionSpec parsed = ExtensionSpec.parse(file.gramBackend() == null ? BlasGramBackend.ID
        : file.gramBackend());
    Map<String, String> o = new LinkedHashMap<>(parsed.options());
    boolean hasPrecision = registry.entry(ExtensionKind.GRAM_BACKEND, parsed.id()).provider()
        .options().stream().anyMatch(spec -> spec.key().equals("precision"));
    if (file.gramPrecision() != null && hasPrecision) {
      o.putIfAbsent("precision", file.gramPrecision());
    }
    ExtensionRegistry.Resolved<GramBackend> b = registry.create(ExtensionKind.GRAM_BACKEND,
        new ExtensionSpec(parsed.id(), o).toString());
    String actual = b.extension().arithmetic().id();
    if (file.gramPrecision() != null
        && GramPrecision.of(file.gramPrecision()) != b.extension().arithmetic()) {
      throw new InvalidInputException("compute.gram-precision: '" + file.gramPrecision()
          + "', but compute.gram-backend '" + parsed.id() + "' computes in '" + actual + "' precision. "
          + "Remove gram-precision, set it to '" + actual + "', or use gram-backend: blas.");
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

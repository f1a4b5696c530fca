package org.brainalign.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.ExtensionSpec;
import org.brainalign.study.nonfinite.NonFinitePolicy;

/**
 * A study file ({@code study.yaml}) bound to typed records, one per level, each knowing the keys
 * valid there. Every key of the file is one of these (anything else stops the run before it starts,
 * with the file, line and column, the valid keys and the nearest one):
 *
 * <pre>
 * name: TEXT                                  # optional, default "study"
 * model:                                      # required
 *   spec: EXTENSION                           # required
 *   layers: [NAME or GLOB, ...]               # optional, default [all]
 * dataset:                                    # required
 *   spec: EXTENSION                           # required
 *   subjects: [ID, ...]                       # optional, default all
 *   rois: [NAME, ...]                         # optional, default all
 * reducers:                                   # optional, default [none]
 *   - EXTENSION or none                       # or a mapping:
 *   - {spec: EXTENSION, dims: [N, ...], layers: [NAME or GLOB, ...]}
 * metrics: [EXTENSION, ...]                   # optional, default [cross-decomposition]
 * cross-validation: {folds: N, seed: N}       # optional, each given to metrics that declare it
 * analysis: {slope-ranks: [FIRST, LAST], non-finite: error|drop}
 * compute: {gram-precision: double|single, gram-backend: EXTENSION, eigen-backend: EXTENSION}
 * references: [within-subject, between-subject]   # optional, default none
 * </pre>
 *
 * <p>An EXTENSION is written as on the command line ({@code ID:key=value,...}) or as a mapping with
 * {@code id} and {@code options}; its option names are checked against those the extension declares
 * when the study is resolved ({@link StudyPlan#resolve}). A single value stands for a list of one.
 * Lists are never empty and never name the same thing twice. What needs the plugins (layers the model
 * has, subjects and ROIs the dataset has, reducer layers among the study's, folds at most the
 * stimuli, a cell for every layer, dims that project, metric folds and seeds that agree with
 * {@code cross-validation}) is checked by {@link StudyPlan}, before anything is extracted, with the
 * same file positions.
 *
 * @param name a short name for titles
 * @param model model spec and layer patterns
 * @param dataset dataset spec, subjects and ROIs
 * @param reducers reducer sweeps; {@code none} means unreduced features
 * @param metrics metric specs
 * @param crossValidation folds and seed given to metrics that declare them
 * @param analysis slope ranks and the non-finite policy
 * @param compute Gram precision, Gram backend and eigen backend
 * @param references the brain's own reference spectra to compute ({@link ReferenceKind}), in the
 *     file's order; empty for none
 * @param text the file's text, kept for provenance and the report
 * @param source the file's name, for messages
 * @param locations where each key path ({@code model.layers[1]}) lies in the file, for messages
 */
public record StudyFile(String name, ModelPart model, DatasetPart dataset,
    List<ReducerSweep> reducers, List<ExtensionSpec> metrics, CrossValidation crossValidation,
    Analysis analysis, Compute compute, List<ReferenceKind> references, String text,
    String source, Map<String, String> locations) {

  private static final List<String> TOP = List.of("name", "model", "dataset", "reducers", "metrics",
      "cross-validation", "analysis", "compute", "references");

  public StudyFile {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(crossValidation, "crossValidation");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(compute, "compute");
    reducers = List.copyOf(reducers);
    metrics = List.copyOf(metrics);
    references = List.copyOf(references);
    locations = Map.copyOf(locations);
  }

  /** Reads and checks a study file. */
  public static StudyFile read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(file.toString(), "a study file (YAML)", "no such file",
          "Check the path, or start from examples/studies/.");
    }
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Parses study YAML.
   *
   * @param where the file name, for messages
   * @throws InvalidInputException for YAML that is not a study file: an unknown or duplicate key, a
   *     missing one, a wrong type, an empty list, an entry listed twice
   */
  public static StudyFile parse(String text, String where) {
    YamlNode root = YamlNode.root(text, where);
    Map<String, YamlNode> top = root.keys(TOP);
    ModelPart model = ModelPart.from(required(root, top, "model"));
    DatasetPart dataset = DatasetPart.from(required(root, top, "dataset"));
    List<ReducerSweep> reducers = top.containsKey("reducers")
        ? top.get("reducers").distinct("reducer", ReducerSweep::from, ReducerSweep::identity)
        : List.of(new ReducerSweep(ReducerSweep.NONE, List.of(), List.of()));
    List<ExtensionSpec> metrics = top.containsKey("metrics")
        ? top.get("metrics").distinct("metric", YamlNode::spec, ExtensionSpec::toString)
        : List.of(new ExtensionSpec("cross-decomposition", Map.of()));
    CrossValidation cv = top.containsKey("cross-validation")
        ? CrossValidation.from(top.get("cross-validation")) : new CrossValidation(null, null);
    Analysis analysis = top.containsKey("analysis") ? Analysis.from(top.get("analysis"))
        : Analysis.DEFAULT;
    Compute compute = top.containsKey("compute") ? Compute.from(top.get("compute"))
        : new Compute(null, null, null);
    List<ReferenceKind> references = new ArrayList<>();
    if (top.containsKey("references")) {
      for (YamlNode item : top.get("references").distinct("reference", n -> n,
          YamlNode::string)) {
        references.add(ReferenceKind.parse(item));
      }
    }
    String name = top.containsKey("name") ? top.get("name").string() : "study";
    return new StudyFile(name, model, dataset, reducers, metrics, cv, analysis, compute,
        references, text, where, root.locations().asMap());
  }

  static YamlNode required(YamlNode parent, Map<String, YamlNode> keys, String key) {
    YamlNode n = keys.get(key);
    if (n == null) {
      String full = parent.path().isEmpty() ? key : parent.path() + "." + key;
      throw parent.error("missing '" + full + "'. See examples/studies/ for complete study files.");
    }
    return n;
  }

  /**
   * Where a key path lies in the file, for messages: {@code study.yaml: model.layers[1] (line 5,
   * column 12)}, or the path marked as a default when the file does not write it.
   */
  public String at(String path) {
    return locations.getOrDefault(path, source + ": " + path + " (not in the file: the default)");
  }

  /** {@code cross-validation.folds}, or null. */
  public Integer folds() {
    return crossValidation.folds();
  }

  /** {@code cross-validation.seed}, or null. */
  public Long seed() {
    return crossValidation.seed();
  }

  /** {@code analysis.slope-ranks}: first and last rank of each spectrum's power-law fit. */
  public int[] slopeRanks() {
    return analysis.slopeRanks().clone();
  }

  /** {@code analysis.non-finite}. */
  public NonFinitePolicy nonFinite() {
    return analysis.nonFinite();
  }

  /** {@code compute.gram-precision}, or null. */
  public String gramPrecision() {
    return compute.gramPrecision();
  }

  /** {@code compute.gram-backend}, or null. */
  public ExtensionSpec gramBackend() {
    return compute.gramBackend();
  }

  /** {@code compute.eigen-backend}, or null. */
  public ExtensionSpec eigenBackend() {
    return compute.eigenBackend();
  }

  /** The model part: {@code spec} and layer names or globs ({@code layer3.*}, {@code all}). */
  public record ModelPart(ExtensionSpec spec, List<String> layers) {
    static final List<String> KEYS = List.of("spec", "layers");

    static ModelPart from(YamlNode node) {
      Map<String, YamlNode> m = node.keys(KEYS);
      return new ModelPart(required(node, m, "spec").spec(), m.containsKey("layers")
          ? m.get("layers").strings("layer") : List.of("all"));
    }
  }

  /** The dataset part: subjects and ROIs ({@code all} for every one the dataset has). */
  public record DatasetPart(ExtensionSpec spec, List<String> subjects, List<String> rois) {
    static final List<String> KEYS = List.of("spec", "subjects", "rois");

    static DatasetPart from(YamlNode node) {
      Map<String, YamlNode> m = node.keys(KEYS);
      return new DatasetPart(required(node, m, "spec").spec(),
          m.containsKey("subjects") ? m.get("subjects").strings("subject") : List.of("all"),
          m.containsKey("rois") ? m.get("rois").strings("ROI") : List.of("all"));
    }
  }

  /**
   * Reducers to apply: the spec, optionally swept over {@code dims} and limited to some layers.
   *
   * @param spec a reducer spec, or {@code none}
   * @param dims values of the reducer's {@code dim} option to sweep, or empty
   * @param layers layer names or globs this reducer applies to, or empty for all
   */
  public record ReducerSweep(ExtensionSpec spec, List<Long> dims, List<String> layers) {
    static final List<String> KEYS = List.of("spec", "dims", "layers");
    /** The spec {@code none}: unreduced features. */
    static final ExtensionSpec NONE = new ExtensionSpec("none", Map.of());

    public ReducerSweep {
      dims = List.copyOf(dims);
      layers = List.copyOf(layers);
    }

    static ReducerSweep from(YamlNode node) {
      if (node.isScalar()) {
        return new ReducerSweep(node.spec(), List.of(), List.of());
      }
      Map<String, YamlNode> m = node.keys(KEYS);
      ExtensionSpec spec = required(node, m, "spec").spec();
      List<Long> dims = m.containsKey("dims") ? m.get("dims").longs("dim") : List.of();
      if (!dims.isEmpty() && spec.equals(NONE)) {
        throw m.get("dims").error("'none' has no dim to sweep; remove dims or name a reducer");
      }
      if (!dims.isEmpty() && spec.options().containsKey("dim")) {
        throw m.get("dims").error("the spec '" + spec + "' sets dim and dims sweeps it; keep one");
      }
      return new ReducerSweep(spec, dims, m.containsKey("layers")
          ? m.get("layers").strings("layer") : List.of());
    }

    /** Whether this is {@code none}: unreduced features. */
    boolean isNone() {
      return spec.equals(NONE);
    }

    /** What makes two entries of {@code reducers} the same, for refusing one listed twice. */
    String identity() {
      return spec + (dims.isEmpty() ? "" : " dims " + dims)
          + (layers.isEmpty() ? "" : " layers " + layers);
    }
  }

  /**
   * {@code cross-validation}: given to every metric that declares the option and leaves it unset.
   *
   * @param folds folds, at least 2, or null
   * @param seed seed, or null
   */
  public record CrossValidation(Integer folds, Long seed) {
    static final List<String> KEYS = List.of("folds", "seed");

    static CrossValidation from(YamlNode node) {
      Map<String, YamlNode> m = node.keys(KEYS);
      Integer folds = null;
      if (m.containsKey("folds")) {
        long f = m.get("folds").integer();
        if (f < 2 || f > Integer.MAX_VALUE) {
          throw m.get("folds").error("expected at least 2 folds, found " + f + ". Use 5 or 8; "
              + "for a single split, compare with --train-index/--test-index.");
        }
        folds = (int) f;
      }
      return new CrossValidation(folds, m.containsKey("seed") ? m.get("seed").integer() : null);
    }
  }

  /**
   * {@code analysis}.
   *
   * @param slopeRanks first and last rank of the power-law fit of each spectrum, default 1 to 100
   * @param nonFinite stop at NaN or ±Inf (error, the default) or drop every feature or voxel column
   *     holding one (drop)
   */
  public record Analysis(int[] slopeRanks, NonFinitePolicy nonFinite) {
    static final List<String> KEYS = List.of("slope-ranks", "non-finite");
    static final Analysis DEFAULT = new Analysis(new int[] {1, 100}, NonFinitePolicy.ERROR);

    static Analysis from(YamlNode node) {
      Map<String, YamlNode> m = node.keys(KEYS);
      int[] slope = DEFAULT.slopeRanks();
      if (m.containsKey("slope-ranks")) {
        YamlNode n = m.get("slope-ranks");
        List<YamlNode> items = n.list();
        List<Long> s = new ArrayList<>();
        for (YamlNode i : items) {
          s.add(i.integer());
        }
        if (s.size() != 2 || s.get(0) < 1 || s.get(1) <= s.get(0) || s.get(1) > Integer.MAX_VALUE) {
          throw n.error("expected [first, last] with 1 <= first < last, found " + s);
        }
        slope = new int[] {s.get(0).intValue(), s.get(1).intValue()};
      }
      NonFinitePolicy nonFinite = m.containsKey("non-finite")
          ? NonFinitePolicy.parse(m.get("non-finite").string(), m.get("non-finite").where())
          : NonFinitePolicy.ERROR;
      return new Analysis(slope, nonFinite);
    }
  }

  /**
   * {@code compute}.
   *
   * @param gramPrecision the arithmetic of the cached Gram matrices ({@code double} or {@code
   *     single}), given to every metric that has a {@code gram-precision} option and leaves it
   *     unset; null when the file does not say (double)
   * @param gramBackend the spec of the Gram backend extension that computes the cached Gram matrices
   *     ({@code blas}, the built-in default, or a plugin's, e.g. {@code torch:device=gpu}); null when
   *     the file does not say (blas)
   * @param eigenBackend the spec of the symmetric eigensolver offered to metrics ({@code lapack},
   *     the metrics' own and the default, or a plugin's, e.g. {@code torch:device=gpu}); null when
   *     the file does not say (lapack). Independent of gram-backend.
   */
  public record Compute(String gramPrecision, ExtensionSpec gramBackend,
      ExtensionSpec eigenBackend) {
    static final List<String> KEYS = List.of("gram-precision", "gram-backend", "eigen-backend");

    static Compute from(YamlNode node) {
      Map<String, YamlNode> m = node.keys(KEYS);
      String precision = null;
      if (m.containsKey("gram-precision")) {
        precision = m.get("gram-precision").string();
        if (!precision.equals("double") && !precision.equals("single")) {
          throw m.get("gram-precision").error("expected 'double' (float64 Gram matrices) or "
              + "'single' (float32 panel products, about 2x faster for wide layers, ~1e-5 "
              + "relative), found '" + precision + "'");
        }
      }
      return new Compute(precision,
          m.containsKey("gram-backend") ? m.get("gram-backend").spec() : null,
          m.containsKey("eigen-backend") ? m.get("eigen-backend").spec() : null);
    }
  }
}

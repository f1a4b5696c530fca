package org.brainalign.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brainalign.api.InvalidInputException;
import org.brainalign.engine.nonfinite.NonFinitePolicy;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A study file ({@code study.yaml}) checked for shape: which model and layers, which dataset,
 * subjects and ROIs, which reducers (with sweeps of {@code dim}), which metrics, and the
 * cross-validation and analysis settings. Extension specs are written as on the command line
 * ({@code ID:key=value,...}) or as a mapping with {@code id} and {@code options}.
 *
 * @param name a short name for titles
 * @param model model spec and layer patterns
 * @param dataset dataset spec, subjects and ROIs
 * @param reducers reducer sweeps; {@code none} means unreduced features
 * @param metrics metric specs
 * @param folds cross-validation folds given to every metric that has a {@code folds} option, or null
 * @param seed seed given to every metric and reducer that has a {@code seed} option, or null
 * @param slopeRanks first and last rank of the power-law fit of each spectrum
 * @param text the file's text, kept for provenance and the report
 * @param nonFinite {@code analysis.non-finite}: stop at NaN or ±Inf (error, the default) or drop
 *     every feature or voxel column holding one (drop)
 * @param gramPrecision {@code compute.gram-precision}: the arithmetic of the cached Gram matrices
 *     ({@code double} or {@code single}), given to every metric that has a {@code gram-precision}
 *     option and leaves it unset; null when the file does not say (double)
 * @param gramBackend {@code compute.gram-backend}: the spec of the Gram backend extension that
 *     computes the cached Gram matrices ({@code blas}, the built-in default, or a plugin's, e.g.
 *     {@code torch:device=gpu}); null when the file does not say (blas)
 * @param eigenBackend {@code compute.eigen-backend}: the spec of the symmetric eigensolver offered to
 *     metrics ({@code lapack}, the metrics' own and the default, or a plugin's, e.g.
 *     {@code torch:device=gpu}); null when the file does not say (lapack). Independent of
 *     gram-backend.
 */
public record StudyFile(String name, ModelPart model, DatasetPart dataset,
    List<ReducerSweep> reducers, List<String> metrics, Integer folds, Long seed, int[] slopeRanks,
    String text,
    NonFinitePolicy nonFinite, String gramPrecision, String gramBackend, String eigenBackend) {

  /** The model part: {@code spec} and layer names or globs ({@code layer3.*}, {@code all}). */
  public record ModelPart(String spec, List<String> layers) {}

  /** The dataset part: subjects and ROIs ({@code all} for every one the dataset has). */
  public record DatasetPart(String spec, List<String> subjects, List<String> rois) {}

  /**
   * Reducers to apply: the spec, optionally swept over {@code dims} and limited to some layers.
   *
   * @param spec a reducer spec, or {@code none}
   * @param dims values of the reducer's {@code dim} option to sweep, or empty
   * @param layers layer names or globs this reducer applies to, or empty for all
   */
  public record ReducerSweep(String spec, List<Long> dims, List<String> layers) {}

  private static final List<String> TOP = List.of("name", "model", "dataset", "reducers", "metrics",
      "cross-validation", "analysis", "compute");
  private static final List<String> COMPUTE = List.of("gram-precision", "gram-backend",
      "eigen-backend");

  public StudyFile {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(dataset, "dataset");
    reducers = List.copyOf(reducers);
    metrics = List.copyOf(metrics);
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
   */
  public static StudyFile parse(String text, String where) {
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    } catch (YAMLException e) {
      throw new InvalidInputException(where + ": not valid YAML: " + e.getMessage(), e);
    }
    YamlNode r = new YamlNode(where, "", root);
    Map<String, Object> top = r.map();
    for (String key : top.keySet()) {
      if (!TOP.contains(key)) {
        throw new InvalidInputException(where + ": unknown key '" + key + "'; valid keys: "
            + String.join(", ", TOP));
      }
    }
    YamlNode m = r.required("model");
    ModelPart model = new ModelPart(m.required("spec").spec(), m.optional("layers") == null
        ? List.of("all") : m.required("layers").strings());
    YamlNode d = r.required("dataset");
    DatasetPart dataset = new DatasetPart(d.required("spec").spec(),
        d.optional("subjects") == null ? List.of("all") : d.required("subjects").strings(),
        d.optional("rois") == null ? List.of("all") : d.required("rois").strings());
    List<ReducerSweep> reducers = new ArrayList<>();
    YamlNode red = r.optional("reducers");
    if (red == null) {
      reducers.add(new ReducerSweep("none", List.of(), List.of()));
    } else {
      for (YamlNode item : red.list()) {
        if (item.isScalar()) {
          reducers.add(new ReducerSweep(item.spec(), List.of(), List.of()));
        } else {
          YamlNode dims = item.optional("dims");
          YamlNode layers = item.optional("layers");
          reducers.add(new ReducerSweep(item.required("spec").spec(),
              dims == null ? List.of() : dims.longs(), layers == null ? List.of()
                  : layers.strings()));
        }
      }
    }
    List<String> metrics = new ArrayList<>();
    YamlNode met = r.optional("metrics");
    if (met == null) {
      metrics.add("cross-decomposition");
    } else {
      for (YamlNode item : met.list()) {
        metrics.add(item.spec());
      }
    }
    YamlNode cv = r.optional("cross-validation");
    Integer folds = cv == null || cv.optional("folds") == null ? null
        : (int) cv.required("folds").integer();
    Long seed = cv == null || cv.optional("seed") == null ? null : cv.required("seed").integer();
    int[] slope = {1, 100};
    YamlNode an = r.optional("analysis");
    if (an != null && an.optional("slope-ranks") != null) {
      List<Long> s = an.required("slope-ranks").longs();
      if (s.size() != 2 || s.get(0) < 1 || s.get(1) <= s.get(0)) {
        throw new InvalidInputException(where + ": analysis.slope-ranks: expected [first, last] "
            + "with 1 <= first < last, found " + s);
      }
      slope = new int[] {s.get(0).intValue(), s.get(1).intValue()};
    }
    String gramPrecision = gramPrecision(r.optional("compute"), where);
    YamlNode backend = r.optional("compute") == null ? null
        : r.required("compute").optional("gram-backend");
    YamlNode eigen = r.optional("compute") == null ? null
        : r.required("compute").optional("eigen-backend");
    String name = r.optional("name") == null ? "study" : r.required("name").string();
    NonFinitePolicy nonFinite = an == null || an.optional("non-finite") == null
        ? NonFinitePolicy.ERROR
        : NonFinitePolicy.parse(an.required("non-finite").string(), where + ": analysis.non-finite");
    return new StudyFile(name, model, dataset, reducers, metrics, folds, seed, slope, text,
        nonFinite, gramPrecision, backend == null ? null : backend.spec(),
        eigen == null ? null : eigen.spec());
  }

  private static String gramPrecision(YamlNode compute, String where) {
    if (compute == null) {
      return null;
    }
    for (String key : compute.map().keySet()) {
      if (!COMPUTE.contains(key)) {
        throw new InvalidInputException(where + ": unknown key 'compute." + key + "'; valid keys: "
            + String.join(", ", COMPUTE));
      }
    }
    YamlNode g = compute.optional("gram-precision");
    if (g == null) {
      return null;
    }
    String v = g.string();
    if (!v.equals("double") && !v.equals("single")) {
      throw new InvalidInputException(where + ": compute.gram-precision: expected 'double' "
          + "(float64 Gram matrices) or 'single' (float32 panel products, about 2x faster for wide "
          + "layers, ~1e-5 relative), found '" + v + "'");
    }
    return v;
  }
}

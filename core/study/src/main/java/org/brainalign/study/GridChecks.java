package org.brainalign.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.ExtensionSpec;
import org.brainalign.api.extension.kind.ExtensionKind;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.reducer.Reducer;
import org.brainalign.api.reducer.ReducerInput;
import org.brainalign.engine.plugins.ExtensionRegistry;
import org.brainalign.support.layers.LayerPatterns;

/**
 * The checks that the grid is what the study file says: every layer of {@code model.layers} gets a
 * cell, every projection dimension projects, and no metric option contradicts
 * {@code cross-validation}. Each names both places in the file and runs when the study is resolved,
 * before anything is extracted ({@code --dry-run} too).
 */
final class GridChecks {
  private GridChecks() {}

  /**
   * Every selected layer gets at least one reducer: a reducer limited to some {@code layers} and no
   * reducer for the others would drop a layer of {@code model.layers} from the grid unannounced.
   */
  static void everyLayerHasACell(StudyFile file, List<LayerInfo> layers,
      List<ReducerVariant> reducers) {
    for (LayerInfo l : layers) {
      if (reducers.stream().anyMatch(r -> r.appliesTo(l.name()))) {
        continue;
      }
      List<String> places = new ArrayList<>();
      for (int r = 0; r < file.reducers().size(); r++) {
        places.add(file.at(file.reducers().get(r).layers().isEmpty() ? "reducers[" + r + "]"
            : "reducers[" + r + "].layers") + " " + file.reducers().get(r).layers());
      }
      throw new InvalidInputException(layerPlace(file, l.name()) + ": layer " + l.name()
          + " is selected, but no reducer applies to it, so it would get no cell: every reducer is "
          + "limited to other layers (" + String.join("; ", places) + "). Add the layer to a "
          + "reducer's layers, add a reducer without layers (e.g. none), or remove the layer from "
          + "model.layers.");
    }
  }

  /**
   * Every explicit {@code dim} is below the size d of the axis its reducer projects on each layer
   * it applies to: at d or above the reducer passes the layer through unchanged while the tables
   * would still say {@code reducer_dim=dim}. d is read from the reducer itself, without knowing its
   * axes: a projection along one axis to k = 1 leaves 1/d of the layer's values.
   */
  static void dimsProject(StudyFile file, ExtensionRegistry registry, List<LayerInfo> layers,
      List<ReducerVariant> reducers, List<Integer> sweepOf) {
    for (int v = 0; v < reducers.size(); v++) {
      ReducerVariant r = reducers.get(v);
      if (r.isNone() || r.dim() == null || r.dim() < 1) {
        continue;
      }
      StudyFile.ReducerSweep sweep = file.reducers().get(sweepOf.get(v));
      String place = sweep.dims().isEmpty() ? file.at("reducers[" + sweepOf.get(v) + "]")
          : file.at("reducers[" + sweepOf.get(v) + "].dims[" + sweep.dims().indexOf(r.dim())
          + "]");
      Reducer unit = unitProjection(registry, sweep.spec());
      for (LayerInfo l : layers) {
        if (!r.appliesTo(l.name())) {
          continue;
        }
        long d = unit == null ? 0 : axisSize(unit, l);
        if (d > 0 && r.dim() >= d) {
          throw new InvalidInputException(place + ": dim " + r.dim() + " for layer " + l.name()
              + " (" + layerPlace(file, l.name()) + ", shape " + Arrays.toString(l.shape())
              + "), whose " + (r.axis().isEmpty() ? "projected" : r.axis()) + " axis has " + d
              + " values: a projection to " + r.dim() + " ≥ " + d + " projects nothing, yet the "
              + "tables would say reducer_dim=" + r.dim() + ". Expected a dim of at most "
              + (d - 1) + " for this layer; use a smaller dim, limit the reducer to other layers "
              + "(layers: [...]), or use none for unreduced features.");
        }
      }
    }
  }

  /**
   * The reducer of {@code spec} (as the study writes it) with its dimension option at 1, or null
   * for one that has none or refuses it (its own checks then speak when it is fitted).
   */
  private static Reducer unitProjection(ExtensionRegistry registry, ExtensionSpec spec) {
    var dimension = StudyPlan.dimensionOption(registry, spec.id());
    if (dimension.isEmpty()) {
      return null;
    }
    try {
      return registry.create(ExtensionKind.REDUCER, spec.with(dimension.get().key(), "1"))
          .extension();
    } catch (InvalidInputException e) {
      return null;
    }
  }

  /**
   * d: the layer's size over its size projected to one value along the axis; 0 when unclear (the
   * reducer refuses this layer, reported when it is fitted for real, or is no one-axis projection).
   */
  private static long axisSize(Reducer unit, LayerInfo l) {
    long out = 1;
    try {
      for (int s : unit.fit(new ReducerInput(l.name(), l.shape(), 2)).outputShape()) {
        out *= s;
      }
    } catch (InvalidInputException e) {
      return 0;
    }
    return out > 0 && l.size() % out == 0 ? l.size() / out : 0;
  }

  /**
   * A metric's own {@code folds} or {@code seed} equals the study's {@code cross-validation} value
   * when both are written: the study-wide value is meant for every metric.
   *
   * @param index the metric's position in {@code metrics}
   * @param own the metric's options as written
   */
  static void agreesWithCrossValidation(StudyFile file, int index, Map<String, String> own) {
    check(file, index, own, "folds", file.folds() == null ? null : (long) file.folds());
    check(file, index, own, "seed", file.seed());
  }

  private static void check(StudyFile file, int index, Map<String, String> own, String key,
      Long study) {
    String written = own.get(key);
    if (study == null || written == null || sameNumber(written, study)) {
      return;
    }
    throw new InvalidInputException(file.at("metrics[" + index + "]") + ": " + key + "="
        + written + ", but " + file.at("cross-validation." + key) + " sets " + key + ": "
        + study + " for every metric; expected one value. Remove " + key + " from the metric "
        + "or change cross-validation." + key + ".");
  }

  private static boolean sameNumber(String written, long value) {
    try {
      return Long.parseLong(written.strip()) == value;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Where the first {@code model.layers} pattern that selects {@code layer} lies. */
  private static String layerPlace(StudyFile file, String layer) {
    List<String> patterns = file.model().layers();
    for (int i = 0; i < patterns.size(); i++) {
      if (LayerPatterns.matches(patterns.get(i), layer)) {
        return file.at("model.layers[" + i + "]");
      }
    }
    return file.at("model.layers");
  }
}

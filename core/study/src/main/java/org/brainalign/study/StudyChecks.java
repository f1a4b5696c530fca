package org.brainalign.study;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.run.RunContext;
import org.brainalign.support.layers.LayerPatterns;
import org.brainalign.support.text.Nearest;

/**
 * The checks of a study file that need its plugins: layers the model has, subjects and ROIs the
 * dataset has, reducer layers among the study's, no cell computed twice, folds at most the stimuli.
 * Each runs before anything is extracted ({@code --dry-run} too) and names the place in the file.
 */
final class StudyChecks {
  private StudyChecks() {}

  /** The study's subjects: {@code all} for the dataset's, else each checked by the dataset. */
  static List<String> subjects(StudyFile file, BrainDataset dataset) {
    List<String> written = file.dataset().subjects();
    if (written.equals(List.of("all"))) {
      List<String> all = dataset.subjects();
      if (all.isEmpty()) {
        throw new InvalidInputException(file.at("dataset.spec") + ": dataset "
            + file.dataset().spec() + " has no subjects");
      }
      return all;
    }
    List<String> known = dataset.subjects();
    for (int i = 0; i < written.size(); i++) {
      String s = written.get(i);
      if (!known.contains(s)) {
        try {
          dataset.checkSubject(s);
        } catch (InvalidInputException e) {
          throw new InvalidInputException(file.at("dataset.subjects[" + i + "]") + ": "
              + e.getMessage() + Nearest.suggestion(s, known), e);
        }
      }
    }
    return written;
  }

  /** Each subject's ROIs: {@code all} for the subject's, else each checked by the dataset. */
  static Map<String, List<String>> rois(StudyFile file, BrainDataset dataset,
      List<String> subjects) {
    List<String> written = file.dataset().rois();
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String s : subjects) {
      List<String> known = dataset.rois(s);
      if (written.equals(List.of("all"))) {
        out.put(s, known);
        continue;
      }
      for (int i = 0; i < written.size(); i++) {
        String roi = written.get(i);
        if (!known.contains(roi)) {
          try {
            dataset.checkRoi(s, roi);
          } catch (InvalidInputException e) {
            throw new InvalidInputException(file.at("dataset.rois[" + i + "]") + ": "
                + e.getMessage() + Nearest.suggestion(roi, known), e);
          }
        }
      }
      out.put(s, written);
    }
    return out;
  }

  /** The model's layers the study selects, in depth order; each pattern must match one. */
  static List<LayerInfo> layers(StudyFile file, List<LayerInfo> all, String model) {
    List<String> names = all.stream().map(LayerInfo::name).toList();
    List<String> patterns = file.model().layers();
    return LayerPatterns.select(all, patterns, p -> new InvalidInputException(
        file.at("model.layers[" + patterns.indexOf(p) + "]") + ": layer '" + p
            + "' matches no layer of " + model + "; layers: " + String.join(" ", names)
            + ". Globs like layer3.* and 'all' work too." + Nearest.suggestion(p, names)));
  }

  /** Every layer pattern of a reducer must match one of the study's layers. */
  static void reducerLayers(StudyFile file, List<LayerInfo> layers) {
    List<String> names = layers.stream().map(LayerInfo::name).toList();
    for (int r = 0; r < file.reducers().size(); r++) {
      List<String> patterns = file.reducers().get(r).layers();
      for (int i = 0; i < patterns.size(); i++) {
        String p = patterns.get(i);
        if (names.stream().noneMatch(n -> LayerPatterns.matches(p, n))) {
          throw new InvalidInputException(file.at("reducers[" + r + "].layers[" + i + "]")
              + ": layer '" + p + "' is none of the study's layers (model.layers: "
              + String.join(" ", names) + "), so this reducer would apply to nothing. Add the "
              + "layer to model.layers or fix the name." + Nearest.suggestion(p, names));
        }
      }
    }
  }

  /** No two metrics of the study are the same once their defaults are filled in. */
  static void distinctMetrics(StudyFile file, List<MetricVariant> metrics) {
    for (int j = 0; j < metrics.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (metrics.get(i).spec().equals(metrics.get(j).spec())) {
          throw new InvalidInputException(file.at("metrics[" + j + "]") + ": the same metric as "
              + "metrics[" + i + "] (" + metrics.get(j).spec() + ") once defaults are filled in; "
              + "every cell would be computed twice. List it once.");
        }
      }
    }
  }

  /** No layer gets the same reducer setting from two entries of {@code reducers}. */
  static void distinctReducers(StudyFile file, List<ReducerVariant> reducers,
      List<Integer> sweepOf, List<LayerInfo> layers) {
    for (int j = 0; j < reducers.size(); j++) {
      for (int i = 0; i < j; i++) {
        ReducerVariant a = reducers.get(i);
        ReducerVariant b = reducers.get(j);
        if (!a.spec().equals(b.spec())) {
          continue;
        }
        for (LayerInfo l : layers) {
          if (a.appliesTo(l.name()) && b.appliesTo(l.name())) {
            throw new InvalidInputException(file.at("reducers[" + sweepOf.get(j) + "]")
                + ": reducer " + b.spec() + " is also given by reducers[" + sweepOf.get(i)
                + "] for layer " + l.name() + "; every such cell would be computed twice. "
                + "List it once.");
          }
        }
      }
    }
  }

  /**
   * Every metric's folds are at most the distinct stimuli of {@code subject}: a k-fold split needs
   * a test stimulus per fold, and the rows of a stimulus shown several times (repetitions kept as
   * rows) stay in one fold. Checked before features are extracted.
   */
  static void folds(StudyPlan plan, String subject, ImageSource images) {
    Set<String> distinct = new HashSet<>();
    for (int i = 0; i < images.size(); i++) {
      distinct.add(images.stimulus(i));
    }
    int stimuli = distinct.size();
    String counted = stimuli == images.size() ? stimuli + " stimuli"
        : stimuli + " stimuli in " + images.size() + " rows (every stimulus's rows stay in one fold)";
    StudyFile file = plan.file;
    for (int i = 0; i < plan.metrics.size(); i++) {
      String folds = plan.metrics.get(i).options().asMap().get("folds");
      if (folds == null || !folds.matches("\\d+") || Long.parseLong(folds) <= stimuli) {
        continue;
      }
      boolean own = file.metrics().get(i).options().containsKey("folds");
      throw new InvalidInputException((own ? file.at("metrics[" + i + "]")
          : file.at("cross-validation.folds")) + ": " + folds + " folds for metric "
          + plan.metrics.get(i).id() + ", but subject " + subject + " has " + counted
          + "; expected at most one fold per stimulus. Use fewer folds or more stimuli.");
    }
  }

  /** {@link #folds} for every subject of the plan. */
  static void folds(StudyPlan plan, RunContext context) {
    for (String s : plan.subjects) {
      folds(plan, s, plan.dataset.extension().stimuli(s, context));
    }
  }
}

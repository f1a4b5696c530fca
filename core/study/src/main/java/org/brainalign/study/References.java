package org.brainalign.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.extension.ExtensionSpec;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.kind.ExtensionKind;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.plugins.ExtensionRegistry;

/**
 * The reference spectra a study asks for ({@code references:}), resolved: the dataset with one row
 * per presentation, the cross-decomposition that computes them and one {@link ReferenceGroup} per
 * subject (within-subject) or pair of subjects (between-subject). A dataset exposes its repeated
 * presentations through an option {@value #OPTION} that takes the value {@value #SEPARATE} (one
 * response row per presentation, rows labelled by stimulus), as {@code nsd}, {@code folder} and
 * {@code surrogate} do.
 */
final class References implements AutoCloseable {
  /** The dataset option that keeps repetitions as rows. */
  static final String OPTION = "repetitions";
  /** Its value. */
  static final String SEPARATE = "separate";
  /** The metric the references use when the study has no cross-decomposition of its own. */
  static final String METRIC = "cross-decomposition";

  final List<ReferenceKind> kinds;
  /** The study's dataset with {@code repetitions=separate}, or null without references. */
  final ExtensionRegistry.Resolved<BrainDataset> dataset;
  private final boolean own;
  /** The spectrum metric, or null without references. */
  final MetricVariant metric;
  final List<ReferenceGroup> groups;

  private References(List<ReferenceKind> kinds, ExtensionRegistry.Resolved<BrainDataset> dataset,
      boolean own, MetricVariant metric, List<ReferenceGroup> groups) {
    this.kinds = List.copyOf(kinds);
    this.dataset = dataset;
    this.own = own;
    this.metric = metric;
    this.groups = List.copyOf(groups);
  }

  static References none() {
    return new References(List.of(), null, false, null, List.of());
  }

  /**
   * Resolves {@code references:} of a study file.
   *
   * @param studySpec the study's dataset spec as created (with the study's defaults)
   * @param studyDataset the study's dataset, reused when it already keeps repetitions as rows
   * @param metrics the study's metrics: the first cross-decomposition among them computes the
   *     references, else {@code defaultMetric} (a spec, with the study's folds and seed) does
   * @throws InvalidInputException when the dataset has no repeated presentations, between-subject
   *     has fewer than two subjects, or a pair shares no ROI
   */
  static References resolve(StudyFile file, ExtensionRegistry registry, ExtensionSpec studySpec,
      ExtensionRegistry.Resolved<BrainDataset> studyDataset, List<String> subjects,
      Map<String, List<String>> rois, List<MetricVariant> metrics,
      Supplier<ExtensionSpec> defaultMetric) {
    if (file.references().isEmpty()) {
      return none();
    }
    Optional<OptionSpec<?>> option = registry.entry(ExtensionKind.DATASET, studySpec.id())
        .provider().options().stream().filter(o -> o.key().equals(OPTION)).findFirst();
    if (option.isEmpty() || !exposesSeparate(option.get())) {
      throw new InvalidInputException(file.at("references") + ": dataset '" + studySpec.id()
          + "' does not expose repeated presentations: it has no option " + OPTION + "="
          + SEPARATE + (option.isPresent() ? " (its '" + OPTION + "' is " + option.get()
          .description() + ")" : "") + ". Reference spectra compare each stimulus's first "
          + "presentation with its second, so they need a dataset that keeps repetitions as rows "
          + "(nsd, folder, surrogate). Remove 'references' or use such a dataset.");
    }
    List<ReferenceKind> kinds = file.references();
    if (kinds.contains(ReferenceKind.BETWEEN_SUBJECT) && subjects.size() < 2) {
      throw new InvalidInputException(file.at("references") + ": between-subject references need "
          + "at least 2 subjects, but the study has " + subjects.size() + " (" + String.join(", ",
          subjects) + "). Name more subjects under dataset.subjects, or keep only within-subject.");
    }
    MetricVariant metric = metrics.stream().filter(m -> m.id().equals(METRIC)).findFirst()
        .orElse(null);
    if (metric == null) {
      ExtensionRegistry.Resolved<AlignmentMetric> m = registry.create(ExtensionKind.METRIC,
          defaultMetric.get());
      metric = new MetricVariant(m.entry().provider().id(), m.options().toString(), m.extension(),
          m.options());
    }
    List<ReferenceGroup> groups = new ArrayList<>();
    for (ReferenceKind kind : kinds) {
      if (kind == ReferenceKind.WITHIN_SUBJECT) {
        for (String s : subjects) {
          groups.add(new ReferenceGroup(groups.size(), kind, s, null, rois.get(s)));
        }
        continue;
      }
      for (int i = 0; i < subjects.size(); i++) {
        for (int j = i + 1; j < subjects.size(); j++) {
          String a = subjects.get(i);
          String b = subjects.get(j);
          List<String> shared = rois.get(a).stream().filter(rois.get(b)::contains).toList();
          if (shared.isEmpty()) {
            throw new InvalidInputException(file.at("references") + ": between-subject: subjects "
                + a + " and " + b + " have no ROI in common (" + a + ": " + rois.get(a) + "; " + b
                + ": " + rois.get(b) + "). Name ROIs both have under dataset.rois.");
          }
          groups.add(new ReferenceGroup(groups.size(), kind, a, b, shared));
        }
      }
    }
    boolean separate = SEPARATE.equals(studyDataset.options().asMap().get(OPTION));
    ExtensionRegistry.Resolved<BrainDataset> dataset = studyDataset;
    if (!separate) {
      dataset = registry.create(ExtensionKind.DATASET, studySpec.with(OPTION, SEPARATE));
    }
    return new References(kinds, dataset, !separate, metric, groups);
  }

  /**
   * Whether an option {@value #OPTION} can say {@value #SEPARATE}: a choice listing it, or a text
   * option the plugin checks itself (surrogate's, which also points old trial counts elsewhere).
   */
  private static boolean exposesSeparate(OptionSpec<?> option) {
    return option.choices().contains(SEPARATE)
        || (option.choices().isEmpty() && option.valueType() == String.class);
  }

  boolean isEmpty() {
    return groups.isEmpty();
  }

  /** The metric's {@code folds} option, or 0 when it has none. */
  int folds() {
    String f = metric.options().asMap().get("folds");
    return f != null && f.matches("\\d+") ? Integer.parseInt(f) : 0;
  }

  /**
   * What the references' results depend on besides their coordinates: the presentations dataset
   * with every option, the metric spec and the non-finite policy.
   */
  String identity(boolean dropNonFinite) {
    return dataset.options().toString() + "|" + metric.spec()
        + (dropNonFinite ? "|non-finite=drop" : "");
  }

  /**
   * Checks, before anything is computed, that every reference has stimuli shown at least twice, at
   * least one per fold (a pair: shown at least twice to both). Reads the stimulus lists only.
   *
   * @throws InvalidInputException naming the subject or pair and the counts
   */
  void check(StudyFile file, RunContext context) {
    if (groups.isEmpty()) {
      return;
    }
    Map<String, Map<String, Integer>> shown = new HashMap<>();
    int folds = Math.max(2, folds());
    for (ReferenceGroup g : groups) {
      Map<String, Integer> a = shown.computeIfAbsent(g.subject(), s -> presentations(s, context));
      long repeatedA = a.values().stream().filter(n -> n >= 2).count();
      if (g.subjectB() == null) {
        if (repeatedA < folds) {
          throw new InvalidInputException(file.at("references") + ": within-subject reference "
              + "of " + g.subject() + ": " + repeatedA + " of its " + a.size() + " stimuli are "
              + "shown at least twice (" + a.values().stream().mapToInt(Integer::intValue).sum()
              + " presentations in dataset '" + dataset.entry().provider().id() + "'), fewer "
              + "than the " + folds + " folds. " + (repeatedA == 0 ? "This subject has no "
              + "repeated presentations; remove within-subject or the subject."
              : "Use fewer folds, or load more sessions."));
        }
        continue;
      }
      Map<String, Integer> b = shown.computeIfAbsent(g.subjectB(), s -> presentations(s, context));
      long repeatedB = b.values().stream().filter(n -> n >= 2).count();
      long both = a.entrySet().stream().filter(e -> e.getValue() >= 2
          && b.getOrDefault(e.getKey(), 0) >= 2).count();
      if (both < folds) {
        throw new InvalidInputException(file.at("references") + ": between-subject reference of "
            + g.subject() + " and " + g.subjectB() + ": they share " + both + " stimuli shown at "
            + "least twice to both (" + g.subject() + ": " + repeatedA + ", " + g.subjectB() + ": "
            + repeatedB + "), fewer than the " + folds + " folds. Use fewer folds, or pairs of "
            + "subjects that saw more of the same images (NSD: the shared 1,000).");
      }
    }
  }

  /** How many times each stimulus is presented to a subject. */
  private Map<String, Integer> presentations(String subject, RunContext context) {
    ImageSource s = dataset.extension().stimuli(subject, context);
    Map<String, Integer> n = new LinkedHashMap<>();
    for (int i = 0; i < s.size(); i++) {
      n.merge(s.stimulus(i), 1, Integer::sum);
    }
    return n;
  }

  @Override
  public void close() {
    if (own && dataset != null) {
      dataset.extension().close();
    }
  }
}

package org.brainalign.support.dataset;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The provenance of one {@code responses} call, in the layout the dataset plugins share: who it is
 * ({@code dataset}, {@code root}, {@code subject}, {@code roi}, {@code options}), then each
 * dataset's own entries in the order they are {@linkplain #put put}, with the shared parts
 * ({@link #counts}, {@link #voxelRule}, {@link #ZSCORED}) built here.
 */
public final class ResponseManifest {
  /** How every dataset that z-scores describes its values, before its own detail. */
  public static final String ZSCORED =
      "z-score of each voxel within each session (population std, ddof 0)";

  private final Map<String, Object> entries = new LinkedHashMap<>();

  private ResponseManifest(String dataset, Path root, String subject, String roi,
      Map<String, String> options) {
    entries.put("dataset", dataset);
    if (root != null) {
      entries.put("root", root.toString());
    }
    entries.put("subject", subject);
    entries.put("roi", roi);
    entries.put("options", new TreeMap<>(options));
  }

  /**
   * A manifest of a dataset read from disk.
   *
   * @param dataset the dataset's id
   * @param root the folder the dataset was read from
   * @param options every option as given or defaulted (listed sorted by name)
   */
  public static ResponseManifest of(String dataset, Path root, String subject, String roi,
      Map<String, String> options) {
    return new ResponseManifest(dataset, root, subject, roi, options);
  }

  /** As {@link #of(String, Path, String, String, Map)}, for a dataset with no folder. */
  public static ResponseManifest of(String dataset, String subject, String roi,
      Map<String, String> options) {
    return new ResponseManifest(dataset, null, subject, roi, options);
  }

  /** Adds (or replaces) an entry; new entries follow the earlier ones. */
  public ResponseManifest put(String key, Object value) {
    entries.put(key, value);
    return this;
  }

  /** The manifest; later {@link #put}s show in it. */
  public Map<String, Object> build() {
    return entries;
  }

  /**
   * The {@code counts} entry: presentations, rows, voxels of the ROI and voxels kept, and under
   * {@code repetitions=mean} how many rows average each number of presentations
   * ({@link Repetitions#byCount}).
   *
   * @param presentations the name of the presentations' count ({@code "trials"})
   * @param byCountKey the name of the histogram ({@code "images_by_trial_count"})
   * @return the entry, for the dataset to add its own counts to
   */
  public static Map<String, Object> counts(String presentations, RowPlan plan, int roiVoxels,
      int voxels, String byCountKey) {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put(presentations, plan.presentations());
    counts.put("rows", plan.rows());
    counts.put("roi_voxels", roiVoxels);
    counts.put("voxels", voxels);
    if (!plan.separate()) {
      counts.put(byCountKey, Repetitions.byCount(plan.counts()));
    }
    return counts;
  }

  /**
   * The {@code voxel_rule} entry: the constant-voxel rule ({@link ConstantVoxels#rule}, or
   * {@link ConstantVoxels#NOT_NEEDED} without z-scoring) and what it found.
   *
   * @param rule the rule, or null when nothing is z-scored
   * @param rows what a response row is, for the rule's text ({@code "trial"})
   * @param sessions which sessions count, for the rule's text ({@code "any loaded session"})
   * @param constantPairs the (voxel, session) pairs found constant, where the dataset counts them
   * @param constantVoxels voxels constant within at least one session
   * @param dropped voxels the rule dropped
   * @return the entry, for the dataset to add its own counts to
   */
  public static Map<String, Object> voxelRule(ConstantVoxels rule, String rows, String sessions,
      OptionalInt constantPairs, int constantVoxels, int dropped) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", rule == null ? ConstantVoxels.NOT_NEEDED : rule.rule(rows, sessions));
    constantPairs.ifPresent(n -> m.put("constant_voxel_sessions", n));
    m.put("voxels_constant_in_some_session", constantVoxels);
    m.put("voxels_dropped", dropped);
    return m;
  }
}

package org.brainalign.plugins.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brainalign.plugins.folder.manifest.DatasetManifest;
import org.brainalign.plugins.folder.responses.SessionStats;

/** The provenance of one responses call: options, files, row order, z-scoring, repetitions, rules. */
final class ResponseManifest {

  private ResponseManifest() {}

  static Map<String, Object> build(FolderConfig config, DatasetManifest manifest, SubjectData d,
      String roi, VoxelSelection selected, SessionStats stats, List<String> warnings) {
    int roiVoxels = selected.roiVoxels();
    int kept = selected.columns().length;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dataset", "folder");
    m.put("root", config.root().toString());
    m.put("subject", d.spec.name());
    m.put("roi", roi);
    m.put("options", new TreeMap<>(config.options()));
    m.put("values", config.zscore()
        ? "z-score of each voxel within each session (population std, ddof 0), sessions = the "
            + "'session' column of the rows table"
        : "the values of the response matrix as stored (zscore=none)");
    m.put("repetitions", config.separate() ? "separate" : "mean");
    m.put("rows", config.separate()
        ? "one per response row, in the rows table's order; id <stimulus>#<repetition>, "
            + "repetition = earlier rows of the same stimulus (from 0)"
        : "one per stimulus shown, in the stimulus set's order (file-name order for a folder, "
            + "array order for HDF5); the mean of its response rows");
    m.put("columns", "the ROI's columns of the response matrix, ascending; id = the voxel "
        + "table's 'id' column, else the column index");
    m.put("sessions", d.plan.sessionLabels());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("response_rows", d.rows.size());
    counts.put("rows", d.plan.rows());
    counts.put("roi_voxels", roiVoxels);
    counts.put("voxels", kept);
    if (!config.separate()) {
      TreeMap<Integer, Integer> byCount = new TreeMap<>();
      for (int[] g : d.plan.groups()) {
        byCount.merge(g.length, 1, Integer::sum);
      }
      Map<String, Object> hist = new LinkedHashMap<>();
      byCount.forEach((k, v) -> hist.put(Integer.toString(k), v));
      counts.put("stimuli_by_row_count", hist);
    }
    counts.put("unseen_images", d.plan.unseen().size());
    m.put("counts", counts);
    Map<String, Object> rule = new LinkedHashMap<>();
    if (stats == null) {
      rule.put("rule", "none needed: zscore=none");
    } else if (config.dropConstant()) {
      rule.put("rule", "a voxel constant within any session (std 0) is dropped");
    } else {
      rule.put("rule", "a voxel constant within a session (std 0) gets z-score 0 on every row "
          + "of that session");
    }
    rule.put("voxels_constant_in_some_session", selected.constant());
    rule.put("voxels_dropped", roiVoxels - kept - selected.belowMin());
    m.put("voxel_rule", rule);
    m.put("ncsnr", selected.manifest(config, d));
    List<Map<String, Object>> files = new ArrayList<>();
    files.add(file(config.root(), manifest.file()));
    files.add(file(config.root(), d.responses.file()));
    files.add(file(config.root(), d.spec.rows()));
    files.add(file(config.root(), d.spec.voxels()));
    if (d.spec.roiVolume() != null) {
      files.add(file(config.root(), d.spec.roiVolume()));
    }
    Map<String, Object> def = new LinkedHashMap<>();
    def.put("voxel_table", file(config.root(), d.spec.voxels()).get("path"));
    def.put("label_volume", d.spec.roiVolume() == null ? null
        : file(config.root(), d.spec.roiVolume()).get("path"));
    m.put("roi_definition", def);
    m.put("responses", d.spec.responses());
    m.put("files", files);
    m.put("warnings", warnings);
    return m;
  }

  private static Map<String, Object> file(Path root, Path file) {
    Map<String, Object> f = new LinkedHashMap<>();
    Path abs = file.toAbsolutePath().normalize();
    f.put("path", abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString());
    try {
      f.put("bytes", Files.size(file));
    } catch (IOException e) {
      f.put("bytes", null);
    }
    return f;
  }
}

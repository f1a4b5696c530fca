package org.brainalign.plugins.folder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brainalign.plugins.folder.manifest.DatasetManifest;
import org.brainalign.plugins.folder.responses.SessionStats;
import org.brainalign.support.dataset.ConstantVoxels;
import org.brainalign.support.dataset.FileProvenance;
import org.brainalign.support.dataset.Repetitions;

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
    m.put("repetitions", Repetitions.of(config.separate()).id());
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
      counts.put("stimuli_by_row_count", Repetitions.byCount(
          Arrays.stream(d.plan.groups()).mapToInt(g -> g.length).toArray()));
    }
    counts.put("unseen_images", d.plan.unseen().size());
    m.put("counts", counts);
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("rule", stats == null ? ConstantVoxels.NOT_NEEDED
        : (config.dropConstant() ? ConstantVoxels.DROP : ConstantVoxels.ZERO)
            .rule("row", "any session"));
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
    return FileProvenance.under(root, file);
  }
}

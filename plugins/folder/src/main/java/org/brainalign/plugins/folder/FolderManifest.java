package org.brainalign.plugins.folder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.brainalign.plugins.folder.manifest.DatasetManifest;
import org.brainalign.support.dataset.ConstantVoxels;
import org.brainalign.support.dataset.FileProvenance;
import org.brainalign.support.dataset.Repetitions;
import org.brainalign.support.dataset.ResponseManifest;
import org.brainalign.support.dataset.SessionStats;

/**
 * The provenance of one responses call (the shared layout of {@link ResponseManifest}): options,
 * files, row order, z-scoring, repetitions, rules.
 */
final class FolderManifest {

  private FolderManifest() {}

  static Map<String, Object> build(FolderConfig config, DatasetManifest manifest, SubjectData d,
      String roi, VoxelSelection selected, SessionStats stats, List<String> warnings) {
    int roiVoxels = selected.roiVoxels();
    int kept = selected.columns().length;
    Map<String, Object> counts = ResponseManifest.counts("response_rows", d.plan.plan(),
        roiVoxels, kept, "stimuli_by_row_count");
    counts.put("unseen_images", d.plan.unseen().size());
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
    return ResponseManifest.of("folder", config.root(), d.spec.name(), roi, config.options())
        .put("values", config.zscore() ? ResponseManifest.ZSCORED + ", sessions = the 'session' "
            + "column of the rows table" : "the values of the response matrix as stored "
            + "(zscore=none)")
        .put("repetitions", Repetitions.of(config.separate()).id())
        .put("rows", config.separate()
            ? "one per response row, in the rows table's order; id <stimulus>#<repetition>, "
                + "repetition = earlier rows of the same stimulus (from 0)"
            : "one per stimulus shown, in the stimulus set's order (file-name order for a folder, "
                + "array order for HDF5); the mean of its response rows")
        .put("columns", "the ROI's columns of the response matrix, ascending; id = the voxel "
            + "table's 'id' column, else the column index")
        .put("sessions", d.plan.sessionLabels())
        .put("counts", counts)
        .put("voxel_rule", ResponseManifest.voxelRule(stats == null ? null
            : config.dropConstant() ? ConstantVoxels.DROP : ConstantVoxels.ZERO, "row",
            "any session", OptionalInt.empty(), selected.constant(),
            roiVoxels - kept - selected.belowMin()))
        .put("ncsnr", selected.manifest(config, d))
        .put("roi_definition", def)
        .put("responses", d.spec.responses())
        .put("files", files)
        .put("warnings", warnings)
        .build();
  }

  private static Map<String, Object> file(Path root, Path file) {
    return FileProvenance.under(root, file);
  }
}

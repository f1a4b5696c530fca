package org.brainalign.plugins.nsd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.brainalign.plugins.nsd.betas.ReadStrategy;
import org.brainalign.plugins.nsd.design.SessionRows;
import org.brainalign.plugins.nsd.roi.RoiSelection;
import org.brainalign.support.dataset.FileProvenance;
import org.brainalign.support.dataset.ResponseManifest;

/**
 * Collects the provenance of one responses call: options, files read with sizes, counts, rules
 * (the shared layout of {@link ResponseManifest}).
 */
final class NsdManifest {
  private final NsdLayout layout;
  private final NsdConfig config;
  private final String subject;
  private final RoiSelection roi;
  private final List<Map<String, Object>> files = new ArrayList<>();

  NsdManifest(NsdLayout layout, NsdConfig config, String subject, RoiSelection roi) {
    this.layout = layout;
    this.config = config;
    this.subject = subject;
    this.roi = roi;
  }

  /** Records a file read. */
  void file(Path file) {
    files.add(FileProvenance.of(layout.relative(file), file));
  }

  Map<String, Object> build(SessionRows rows, int roiVoxels, int keptVoxels, int constantPairs,
      int constantVoxels, ReadStrategy read) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("file", roi.fileName());
    r.put("hemisphere", switch (roi.hemisphere()) {
      case BOTH -> "both";
      case LEFT -> "lh";
      case RIGHT -> "rh";
    });
    r.put("labels", roi.labels());
    r.put("label_names", roi.labelNames());
    return ResponseManifest.of("nsd", config.root(), subject, roi.name(), config.options())
        .put("betas", "betas_" + config.betas())
        .put("sessions", rows.sessions())
        .put("trials_per_session", rows.trialsPerSession())
        .put("roi_definition", r)
        .put("values", config.zscore() ? ResponseManifest.ZSCORED + " of the int16 betas"
            : "percent signal change: int16 betas / 300")
        .put("rows", rows.plan().separate()
            ? "one per trial in presentation order; id <nsd_id>#<repetition>, nsd_id 0-based 73k "
                + "id, repetition = earlier presentations of the image in the whole design (from 0)"
            : "one per image, ascending 0-based 73k id; the mean of its trials in the loaded "
                + "sessions")
        .put("columns", "ROI voxels in ascending flat NIfTI index i + X*(j + Y*k)")
        .put("counts", ResponseManifest.counts("trials", rows.plan(), roiVoxels, keptVoxels,
            "images_by_trial_count"))
        .put("voxel_rule", ResponseManifest.voxelRule(
            config.zscore() ? config.constantVoxels() : null, "trial", "any loaded session",
            OptionalInt.of(constantPairs), constantVoxels, roiVoxels - keptVoxels))
        .put("design", layout.relative(config.designFile(layout)))
        .put("read", read.id())
        .put("files", files)
        .build();
  }
}

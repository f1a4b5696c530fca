package org.brainalign.plugins.nsd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brainalign.plugins.nsd.betas.ReadStrategy;
import org.brainalign.plugins.nsd.design.RowPlan;
import org.brainalign.plugins.nsd.roi.RoiSelection;
import org.brainalign.support.dataset.ConstantVoxels;
import org.brainalign.support.dataset.FileProvenance;
import org.brainalign.support.dataset.Repetitions;

/** Collects the provenance of one responses call: options, files read with sizes, counts, rules. */
final class ResponseManifest {
  private final NsdLayout layout;
  private final NsdConfig config;
  private final String subject;
  private final RoiSelection roi;
  private final List<Map<String, Object>> files = new ArrayList<>();

  ResponseManifest(NsdLayout layout, NsdConfig config, String subject, RoiSelection roi) {
    this.layout = layout;
    this.config = config;
    this.subject = subject;
    this.roi = roi;
  }

  /** Records a file read. */
  void file(Path file) {
    files.add(FileProvenance.of(layout.relative(file), file));
  }

  Map<String, Object> build(RowPlan plan, int trialsPerSession, int roiVoxels, int keptVoxels,
      int constantPairs, int constantVoxels, ReadStrategy read) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dataset", "nsd");
    m.put("root", config.root().toString());
    m.put("subject", subject);
    m.put("roi", roi.name());
    m.put("options", new TreeMap<>(config.options()));
    m.put("betas", "betas_" + config.betas());
    m.put("sessions", plan.sessions());
    m.put("trials_per_session", trialsPerSession);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("file", roi.fileName());
    r.put("hemisphere", switch (roi.hemisphere()) {
      case BOTH -> "both";
      case LEFT -> "lh";
      case RIGHT -> "rh";
    });
    r.put("labels", roi.labels());
    r.put("label_names", roi.labelNames());
    m.put("roi_definition", r);
    m.put("values", config.zscore()
        ? "z-score of each voxel within each session (population std, ddof 0) of the int16 betas"
        : "percent signal change: int16 betas / 300");
    m.put("rows", plan.separate()
        ? "one per trial in presentation order; id <nsd_id>#<repetition>, nsd_id 0-based 73k id, "
            + "repetition = earlier presentations of the image in the whole design (from 0)"
        : "one per image, ascending 0-based 73k id; the mean of its trials in the loaded sessions");
    m.put("columns", "ROI voxels in ascending flat NIfTI index i + X*(j + Y*k)");
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("trials", plan.sessions().size() * trialsPerSession);
    counts.put("rows", plan.rows());
    counts.put("roi_voxels", roiVoxels);
    counts.put("voxels", keptVoxels);
    if (!plan.separate()) {
      int[] perRow = new int[plan.rows()];
      for (int row = 0; row < plan.rows(); row++) {
        perRow[row] = plan.trials(row);
      }
      counts.put("images_by_trial_count", Repetitions.byCount(perRow));
    }
    m.put("counts", counts);
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("rule", config.zscore() ? config.constantVoxels().rule("trial", "any loaded session")
        : ConstantVoxels.NOT_NEEDED);
    rule.put("constant_voxel_sessions", constantPairs);
    rule.put("voxels_constant_in_some_session", constantVoxels);
    rule.put("voxels_dropped", roiVoxels - keptVoxels);
    m.put("voxel_rule", rule);
    m.put("design", layout.relative(config.designFile(layout)));
    m.put("read", read.id());
    m.put("files", files);
    return m;
  }
}

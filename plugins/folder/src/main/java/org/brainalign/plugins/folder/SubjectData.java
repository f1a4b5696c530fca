package org.brainalign.plugins.folder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.formats.csv.CsvNumbers;
import org.brainalign.plugins.folder.manifest.SubjectSpec;
import org.brainalign.plugins.folder.responses.NonFiniteScan;
import org.brainalign.plugins.folder.responses.ResponseFile;
import org.brainalign.plugins.folder.responses.TrialNcsnr;
import org.brainalign.plugins.folder.table.CsvTable;
import org.brainalign.plugins.folder.table.RowTable;
import org.brainalign.plugins.folder.table.VoxelTable;
import org.brainalign.support.dataset.Repetitions;
import org.brainalign.support.dataset.SessionStats;
import org.brainalign.support.nifti.NiftiReader;

/**
 * One subject's files, opened and checked against each other once: the response matrix (kept
 * memory-mapped or open), its rows and voxel tables, the row plan and, with z-scoring, the
 * per-session voxel statistics (one streaming pass over the matrix, shared by every ROI).
 */
final class SubjectData implements AutoCloseable {
  final SubjectSpec spec;
  final ResponseFile responses;
  final RowTable rows;
  final VoxelTable voxels;
  final SubjectRows plan;
  private final boolean keepNonFinite;
  private SessionStats stats;
  private boolean scanned;
  /** The rows of each stimulus shown at least twice; empty without repetitions. */
  final int[][] repeated;
  private final Map<String, double[]> ncsnr = new HashMap<>();

  private SubjectData(SubjectSpec spec, ResponseFile responses, RowTable rows, VoxelTable voxels,
      SubjectRows plan, boolean keepNonFinite) {
    this.spec = spec;
    this.keepNonFinite = keepNonFinite;
    this.responses = responses;
    this.rows = rows;
    this.voxels = voxels;
    this.plan = plan;
    int[] image = new int[rows.size()];
    for (int t = 0; t < image.length; t++) {
      image[t] = plan.plan().stimulus(plan.plan().row(t));
    }
    this.repeated = TrialNcsnr.repeated(image);
  }

  /**
   * @throws InvalidInputException when the tables do not match the matrix, a stimulus has no
   *     image, or a listed ROI has no voxel
   */
  static SubjectData open(SubjectSpec spec, FolderConfig config, List<String> setIds,
      String setName) {
    RowTable rows = RowTable.of(CsvTable.read(spec.rows(), "rows table"));
    CsvTable voxelTable = CsvTable.read(spec.voxels(), "voxel table");
    VoxelTable voxels = spec.roiVolume() == null ? VoxelTable.of(voxelTable)
        : VoxelTable.of(voxelTable, NiftiReader.read(spec.roiVolume()), spec.roiNames());
    if (config.zscore() && rows.sessions() == null) {
      throw new DataFormatException(spec.rows(), "line 1: expected a column 'session' "
          + "(zscore=session z-scores each voxel within each session), found columns "
          + rows.table().header() + ". Add the column (one label for all rows z-scores over the "
          + "whole recording), or pass zscore=none");
    }
    java.util.Set<String> known = new java.util.HashSet<>(setIds);
    int stimCol = rows.table().column("stimulus");
    for (int r = 0; r < rows.size(); r++) {
      if (!known.contains(rows.stimuli().get(r))) {
        throw rows.table().error(r, stimCol, "the id of an image in " + setName,
            "'" + rows.stimuli().get(r) + "', which has no image. Add the image or fix the id");
      }
    }
    for (String roi : spec.rois()) {
      if (!voxels.rois().containsKey(roi)) {
        throw new DataFormatException(spec.voxels(), "expected voxels for ROI '" + roi
            + "' (listed under rois: of subject '" + spec.name() + "' in dataset.yaml), found "
            + "none: the ROIs this table defines are " + voxels.rois().keySet()
            + ". Fix the name or label its voxels");
      }
    }
    if (config.zscore()) {
      rows.requireTwoTrialsPerSession(spec.name());
    }
    ResponseFile file = ResponseFile.open(spec.responses(), config.root(),
        spec.responsesHeader(), "add responses-header: true (it names the columns) or false (it "
            + "is a response row) to subject '" + spec.name() + "' in dataset.yaml");
    try {
      if (file.matrix().rows() != rows.size()) {
        throw new DataFormatException(spec.rows(), "expected " + file.matrix().rows()
            + " data lines, one per row of " + file.file() + " (" + file.matrix().rows() + " × "
            + file.matrix().columns() + "), found " + rows.size() + " (lines "
            + (rows.size() == 0 ? "none" : "2-" + rows.table().line(rows.size() - 1)) + ")");
      }
      if (file.matrix().columns() != voxels.size()) {
        throw new DataFormatException(spec.voxels(), "expected " + file.matrix().columns()
            + " data lines, one per column of " + file.file() + " (" + file.matrix().rows()
            + " × " + file.matrix().columns() + "), found " + voxels.size());
      }
    } catch (RuntimeException e) {
      file.close();
      throw e;
    }
    return new SubjectData(spec, file, rows, voxels, SubjectRows.of(rows, setIds,
        Repetitions.of(config.separate())), config.keepNonFinite());
  }

  /**
   * The per-session statistics, computed on first use; unless {@code non-finite=keep}, a NaN or
   * ±Inf in the file is refused first, named where it stands in the file.
   */
  synchronized SessionStats stats(RunContext context) {
    if (stats == null) {
      try (Progress p = context.progress("folder " + spec.name() + " session statistics",
          responses.matrix().rows())) {
        SessionStats computed = SessionStats.of(responses.matrix(), plan.plan().session(),
            plan.sessionLabels().size(), p);
        requireFinite(computed.firstNonFinite());
        stats = computed;
      }
    }
    return stats;
  }

  /**
   * The ncsnr of an ROI's voxels from the repeated rows ({@link TrialNcsnr}), computed once per
   * ROI; null when no stimulus is shown twice.
   *
   * @param members the ROI's columns, ascending
   */
  synchronized double[] ncsnr(String roi, int[] members, RunContext context) {
    if (repeated.length == 0) {
      return null;
    }
    double[] values = ncsnr.get(roi);
    if (values == null) {
      values = TrialNcsnr.of(responses.matrix(), stats(context), plan.plan().session(), repeated,
          members);
      ncsnr.put(roi, values);
    }
    return values;
  }

  /** Without z-scoring: one pass for a NaN or ±Inf, unless {@code non-finite=keep}. */
  synchronized void requireFinite(RunContext context) {
    if (!scanned && !keepNonFinite) {
      try (Progress p = context.progress("folder " + spec.name() + " non-finite check",
          responses.matrix().rows())) {
        requireFinite(NonFiniteScan.first(responses.matrix(), p));
      }
    }
  }

  private void requireFinite(long at) {
    if (at >= 0 && !keepNonFinite) {
      int cols = responses.matrix().columns();
      int row = (int) (at / cols);
      int col = (int) (at % cols);
      double[] v = new double[1];
      responses.matrix().readBlock(row, row + 1, col, col + 1, v);
      throw new DataFormatException(responses.file(), "expected finite responses, found "
          + CsvNumbers.name(v[0]) + " at " + responses.where(row, col) + " (subject '" + spec.name()
          + "'). Fix the value, or pass non-finite=keep to the dataset (folder:root=…,"
          + "non-finite=keep) with analysis: {non-finite: drop} in the study to drop its voxel");
    }
    scanned = true;
  }

  @Override
  public void close() {
    responses.close();
  }
}

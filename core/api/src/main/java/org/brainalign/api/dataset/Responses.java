package org.brainalign.api.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.table.Table;

/**
 * Brain responses of one subject in one region.
 *
 * <p>Noise ceiling convention (read by the study to give metrics a per-voxel ceiling): a dataset
 * that knows its voxels' noise ceiling SNR puts a numeric column {@code ncsnr} in {@code voxels}
 * (NSD's definition, Allen et al. 2022, Methods, "Noise ceiling": single trials z-scored per voxel
 * within each session, {@code ncsnr = √max(0, 1 − σ²_noise) / σ_noise}, {@code +∞} for repetitions
 * that agree exactly, NaN where unknown), and the number of trials averaged into each data row in a
 * numeric column {@code trials} of {@code stimuli} (1 for single-trial rows; a missing column means
 * 1 for every row). The noise ceiling of a voxel for these rows is then
 * {@code NC = ncsnr² / (ncsnr² + mean over rows of 1/trials)}, a fraction of its variance.
 *
 * @param data {@code (nStimuli × nVoxels)}, rows labelled by stimulus id, columns by voxel id
 * @param stimuli one row per data row (stimulus id, repetition, session, ...), written as stimuli.csv
 * @param voxels one row per data column (flat index, i, j, k, ...), written as voxels.csv
 * @param manifest options, files read, counts and rules applied, for manifest.json; a dataset
 *     with a {@link KnownAnswer} puts it here
 */
public record Responses(LabelledMatrix data, Table stimuli, Table voxels, Map<String, Object> manifest) {

  public Responses {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(stimuli, "stimuli");
    Objects.requireNonNull(voxels, "voxels");
    if (stimuli.rows().size() != data.rows()) {
      throw new IllegalArgumentException("stimuli table has " + stimuli.rows().size()
          + " rows for " + data.rows() + " response rows");
    }
    if (voxels.rows().size() != data.columns()) {
      throw new IllegalArgumentException("voxels table has " + voxels.rows().size()
          + " rows for " + data.columns() + " voxels");
    }
    manifest = Collections.unmodifiableMap(new LinkedHashMap<>(manifest));
  }

  /** The known answer under {@value KnownAnswer#MANIFEST_KEY} in the manifest, if it holds one. */
  public Optional<KnownAnswer> knownAnswer() {
    return KnownAnswer.of(manifest.get(KnownAnswer.MANIFEST_KEY));
  }
}

package org.brainalign.api.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.table.Table;

/**
 * Brain responses of one subject in one region.
 *
 * @param data {@code (nStimuli × nVoxels)}, rows labelled by stimulus id, columns by voxel id
 * @param stimuli one row per data row (stimulus id, repetition, session, ...), written as stimuli.csv
 * @param voxels one row per data column (flat index, i, j, k, ...), written as voxels.csv
 * @param manifest options, files read, counts and rules applied, for manifest.json
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
}

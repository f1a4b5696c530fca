package org.brainalign.plugins.folder.manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brainalign.formats.csv.CsvHeader;

/**
 * One subject of a dataset.yaml.
 *
 * @param name the subject id (its key under {@code subjects:})
 * @param responses the response matrix, {@code (rows × voxels)}: a .npy or .csv path, or
 *     {@code FILE.h5:/dataset}, resolved against the dataset folder
 * @param rows the rows table: one line per response row, column {@code stimulus}, optional
 *     {@code session}
 * @param voxels the voxel table: one line per response column, ROI membership
 * @param rois the ROI names to offer, or empty for every ROI the voxel table defines
 * @param roiVolume a label NIfTI volume (the voxel table then gives each voxel's {@code i, j, k}),
 *     or null
 * @param roiNames names of the volume's labels; a label without a name is called by its number
 * @param responsesHeader whether a .csv response matrix's first line names its columns
 *     ({@code responses-header: true|false}; unstated, {@link CsvHeader}'s rule decides)
 * @param line the 1-based line of the subject's entry in dataset.yaml, for messages
 */
public record SubjectSpec(String name, String responses, Path rows, Path voxels, List<String> rois,
    Path roiVolume, Map<Integer, String> roiNames, CsvHeader responsesHeader, int line) {

  public SubjectSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(voxels, "voxels");
    Objects.requireNonNull(responsesHeader, "responsesHeader");
    rois = List.copyOf(rois);
    roiNames = Map.copyOf(roiNames);
  }
}

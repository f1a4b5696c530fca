package org.brainalign.plugins.nsd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.plugins.nsd.roi.RoiMask;
import org.brainalign.support.nifti.NiftiReader;
import org.brainalign.support.nifti.NiftiVolume;

/**
 * NSD's noise ceiling SNR ({@code ncsnr.nii.gz} of the beta version; Allen et al. 2022, Methods,
 * "Noise ceiling") at the voxels of one ROI, and the voxels {@code ncsnr-min} keeps.
 *
 * @param file the ncsnr file, or null when it is not on disk
 * @param mask the ROI voxels kept: those with {@code ncsnr >= ncsnr-min}, or all of them
 * @param ncsnr the ncsnr of each kept voxel, in {@code mask} order; null without the file
 * @param roiVoxels the ROI's voxel count before the selection
 */
record NcsnrSelection(Path file, RoiMask mask, double[] ncsnr, int roiVoxels) {

  /**
   * Reads the ncsnr of the ROI's voxels when the file exists and applies {@code ncsnr-min}.
   *
   * @throws InvalidInputException when {@code ncsnr-min} is set and the file is missing, when the
   *     file is on another grid, or when no ROI voxel reaches {@code ncsnr-min}
   */
  static NcsnrSelection of(NsdLayout layout, NsdConfig config, String subject, String roi,
      RoiMask mask) {
    Path file = layout.ncsnr(subject, config.betas());
    if (!Files.isRegularFile(file)) {
      if (config.ncsnrMin().isPresent()) {
        require(layout, config, file);
      }
      return new NcsnrSelection(null, mask, null, mask.size());
    }
    NiftiVolume volume = NiftiReader.read(file);
    if (volume.grid3() == null || !Arrays.equals(volume.grid3(), mask.grid())) {
      throw InvalidInputException.of(file.toString(), "an ncsnr volume on the betas' grid (X, Y, Z) "
          + "= " + Arrays.toString(mask.grid()), "dims " + Arrays.toString(volume.dims()),
          "Use the ncsnr.nii.gz of the same func1pt8mm beta version (betas=" + config.betas()
              + ").");
    }
    double[] data = volume.data();
    int[] flat = mask.flatIndices();
    int[] kept = new int[flat.length];
    int n = 0;
    double largest = Double.NEGATIVE_INFINITY;
    double min = config.ncsnrMin().orElse(Double.NEGATIVE_INFINITY);
    for (int f : flat) {
      largest = Math.max(largest, data[f]);
      if (config.ncsnrMin().isEmpty() || data[f] >= min) {
        kept[n++] = f;
      }
    }
    if (n == 0) {
      throw InvalidInputException.of("option ncsnr-min=" + config.options().get("ncsnr-min")
          + " of 'nsd' on ROI '" + roi + "' of " + subject, "at least one ROI voxel with ncsnr "
          + ">= " + min + " in " + file, "none of its " + flat.length + " voxels; the largest "
          + "ncsnr in the ROI is " + largest, "Lower ncsnr-min below " + largest
          + ", or pick a larger ROI.");
    }
    int[] keptFlat = Arrays.copyOf(kept, n);
    double[] values = new double[n];
    for (int c = 0; c < n; c++) {
      values[c] = data[keptFlat[c]];
    }
    return new NcsnrSelection(file, new RoiMask(mask.grid(), keptFlat), values, flat.length);
  }

  /**
   * The ncsnr file when responses use it: always with {@code ncsnr-min}, else when it is on disk.
   *
   * @throws InvalidInputException with {@code ncsnr-min} when the file is missing
   */
  static Path used(NsdLayout layout, NsdConfig config, String subject) {
    Path file = layout.ncsnr(subject, config.betas());
    if (config.ncsnrMin().isPresent()) {
      return require(layout, config, file);
    }
    return Files.isRegularFile(file) ? file : null;
  }

  private static Path require(NsdLayout layout, NsdConfig config, Path file) {
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of("option ncsnr-min=" + config.options().get("ncsnr-min")
          + " of 'nsd'", "NSD's noise ceiling file " + file + " (in the NSD folder "
          + layout.relative(file.getParent()) + "/)", "no such file", "Download "
          + layout.relative(file) + " from the NSD release, or leave ncsnr-min out.");
    }
    return file;
  }

  /** The line printed once per subject and ROI when {@code ncsnr-min} is set. */
  String summary(NsdLayout layout, NsdConfig config, String subject, String roi) {
    return "nsd " + subject + " " + roi + ": ncsnr-min=" + config.options().get("ncsnr-min")
        + " keeps " + mask.size() + " of " + roiVoxels + " voxels (" + layout.relative(file) + ")";
  }

  /** The responses manifest's {@code ncsnr} entry. */
  Map<String, Object> manifest(NsdLayout layout, NsdConfig config) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file == null ? null : layout.relative(file));
    m.put("ncsnr_min", config.ncsnrMin().isPresent() ? config.ncsnrMin().getAsDouble() : null);
    m.put("voxels_before", roiVoxels);
    m.put("voxels_after", mask.size());
    return m;
  }
}

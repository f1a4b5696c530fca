package org.brainalign.plugins.surrogate;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.table.Table;
import org.brainalign.plugins.simulated.trial.Trials;
import org.brainalign.plugins.surrogate.images.Presentations;
import org.brainalign.support.stats.ColumnScaling;
import org.brainalign.support.stats.NoiseCeiling;

/**
 * The response rows one subject's trials make in one ROI, and each voxel's ncsnr.
 *
 * <p>{@code repetitions=mean}: one row per image in index order, id = the image id, the mean of its
 * T trials. {@code repetitions=separate}: one row per trial, trial-major (row {@code t · n + i} is
 * image i's trial t), id {@code <image id>#<t>}, labelled as a presentation of the image so that
 * folds keep an image's rows together; an image's separate rows average to its mean row.
 *
 * @param trials the T trials, each {@code (n × q)} row-major, in units of the signal sd
 * @param images the n images, in row order
 * @param q voxels
 */
record TrialRows(Trials trials, ImageSource images, int q) {

  /** The response matrix, {@code (n × q)} with mean, {@code (T·n × q)} with separate. */
  LabelledMatrix matrix(String name, String roi, boolean separate) {
    int n = images.size();
    List<String> imageIds = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      imageIds.add(images.id(i));
    }
    Labels voxels = Labels.range(roi + "-", q);
    if (!separate) {
      return new LabelledMatrix(name, new DenseMatrix(n, q, trials.mean()), Labels.of(imageIds),
          voxels);
    }
    ImageSource shown = new Presentations(images, count());
    List<String> ids = new ArrayList<>(shown.size());
    List<String> stimuli = new ArrayList<>(shown.size());
    for (int k = 0; k < shown.size(); k++) {
      ids.add(shown.id(k));
      stimuli.add(shown.stimulus(k));
    }
    return new LabelledMatrix(name, new DenseMatrix(shown.size(), q, stacked()),
        Labels.presentations(ids, stimuli), voxels);
  }

  /**
   * One row per response row: {@code stimulus, index, trials} with mean (trials = T averaged);
   * {@code stimulus, index, repetition, trials} with separate (the trial, from 0; trials = 1).
   */
  Table stimuli(boolean separate) {
    int n = images.size();
    if (!separate) {
      Table.Builder t = Table.builder("stimuli", "stimulus", "index", "trials");
      for (int i = 0; i < n; i++) {
        t.row(images.id(i), i, count());
      }
      return t.build();
    }
    Table.Builder t = Table.builder("stimuli", "stimulus", "index", "repetition", "trials");
    for (int k = 0; k < n * count(); k++) {
      t.row(images.id(k % n), k % n, k / n, 1);
    }
    return t.build();
  }

  /**
   * Each voxel's ncsnr by NSD's definition ({@link NoiseCeiling}): the T·n trials are z-scored per
   * voxel together, as one session (population sd, ddof 0, as {@code nsd} and {@code folder} z-score
   * a session), then the noise variance is the mean over images of the variance across their T
   * trials (ddof 1).
   *
   * @return ncsnr, size q; {@code null} with one trial per image (no repetitions to compare)
   */
  double[] ncsnr() {
    if (count() < 2) {
      return null;
    }
    int rows = count() * images.size();
    double[] z = ColumnScaling.zScores(stacked(), rows, q);
    double[][] byRow = new double[rows][q];
    List<String> stimuli = new ArrayList<>(rows);
    for (int k = 0; k < rows; k++) {
      System.arraycopy(z, k * q, byRow[k], 0, q);
      stimuli.add(images.id(k % images.size()));
    }
    return NoiseCeiling.ncsnr(byRow, stimuli);
  }

  /** T, the trials per image. */
  int count() {
    return trials.trials().length;
  }

  /** The trials one after another, {@code (T·n × q)} row-major: trial-major rows. */
  private double[] stacked() {
    int size = images.size() * q;
    double[] out = new double[count() * size];
    for (int t = 0; t < count(); t++) {
      System.arraycopy(trials.trials()[t], 0, out, t * size, size);
    }
    return out;
  }
}

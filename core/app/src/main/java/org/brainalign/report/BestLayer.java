package org.brainalign.report;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.identification.Criterion;
import org.brainalign.identification.LayerRanking;
import org.brainalign.study.table.ScoreRow;

/**
 * The layer that aligns best with an ROI (the paper's Fig. 1B and the best layer of Fig. 2), by
 * the same {@link Criterion} and ordering ({@link LayerRanking}) as {@code identification.csv}, on
 * the subject means: for a metric with a spectrum, the mean correlation over ranks
 * 1..{@value Criterion#LEADING_RANKS} of the subject-mean spectrum; for any other metric, the mean
 * score over subjects turned so that larger is better. A layer without a value loses; exact ties
 * go to the shallower layer.
 */
final class BestLayer {
  private BestLayer() {}

  /**
   * The chosen layer.
   *
   * @param value its criterion value (mean over subjects)
   * @param candidates how many layers were compared
   */
  record Choice(ResultCell.Layer layer, Criterion criterion, double value, int candidates) {}

  /** The best unreduced layer of {@code metric} for {@code roi}, or {@code null} if none. */
  static Choice choose(StudyGrid grid, String metric, ResultCell.Roi roi) {
    boolean spectrum = grid.spectrumMetrics().contains(metric);
    List<LayerRanking.Candidate<ResultCell.Layer>> candidates = new ArrayList<>();
    boolean higherIsBetter = true;
    for (ResultCell.Layer layer : spectrum ? grid.spectrumLayers(metric, roi)
        : grid.scoreLayers(metric, roi)) {
      double value;
      if (spectrum) {
        value = grid.spectrum(metric, roi, layer, ResultCell.NONE).leadingCorrelation();
      } else {
        ScoreRow s = grid.meanScore(metric, roi, layer);
        higherIsBetter = s.higherIsBetter() == null || s.higherIsBetter();
        value = s.oriented();
      }
      candidates.add(new LayerRanking.Candidate<>(layer, layer.index(), value));
    }
    LayerRanking.Candidate<ResultCell.Layer> best = LayerRanking.best(candidates);
    return best == null ? null : new Choice(best.layer(), Criterion.of(spectrum, higherIsBetter),
        best.value(), candidates.size());
  }
}

package org.brainalign.report;

import org.brainalign.identification.Criterion;

/**
 * One cell's scalar score (a row of {@code scores.csv}).
 *
 * @param score the metric's headline value ({@code NaN} if it failed)
 * @param higherIsBetter whether larger scores mean closer alignment
 */
record ScoreRow(ResultCell cell, double score, String scoreName, boolean higherIsBetter) {

  /** The score turned so that larger always means closer alignment. */
  double oriented() {
    return Criterion.oriented(score, higherIsBetter);
  }
}

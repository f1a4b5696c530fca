package org.brainalign.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.brainalign.study.table.ScoreRow;

/**
 * The study's results indexed for plotting: ROIs, layers by depth, reducers, spectra averaged over
 * subjects and scores averaged over subjects.
 */
final class StudyGrid {
  /** One spectrum group: the rows of all subjects for these coordinates. */
  private record Key(String metric, ResultCell.Roi roi, ResultCell.Layer layer, String reducer) {}

  /** A reducer as the study swept it. */
  record Reduction(String spec, String axis, int dim) {}

  private final Map<Key, List<CellSpectrum>> spectra = new LinkedHashMap<>();
  private final Map<Key, MeanSpectrum> averaged = new HashMap<>();
  private final Map<Key, List<ScoreRow>> scores = new LinkedHashMap<>();
  private final Map<Key, Reduction> reductions = new LinkedHashMap<>();
  private final Set<ResultCell.Roi> rois = new LinkedHashSet<>();
  private final Set<ResultCell.Layer> layers = new LinkedHashSet<>();
  private final Set<String> spectrumMetrics = new LinkedHashSet<>();
  private final Set<String> scoreMetrics = new LinkedHashSet<>();
  private final Map<ResultCell.Roi, Set<String>> subjects = new HashMap<>();
  private final References references;
  private final List<ScoreRow> scoreTable;

  StudyGrid(StudyResults results) {
    references = results.references() == null ? References.NONE : results.references();
    scoreTable = results.scores();
    for (CellSpectrum s : results.spectra()) {
      ResultCell c = s.cell();
      spectra.computeIfAbsent(key(c), k -> new ArrayList<>()).add(s);
      spectrumMetrics.add(c.metric());
      note(c);
    }
    for (ScoreRow s : results.scores()) {
      ResultCell c = ResultCell.of(s.cell());
      scores.computeIfAbsent(key(c), k -> new ArrayList<>()).add(s);
      scoreMetrics.add(c.metric());
      note(c);
    }
  }

  private Key key(ResultCell c) {
    String reducer = c.unreduced() ? ResultCell.NONE : c.reducer();
    if (!c.unreduced()) {
      reductions.putIfAbsent(new Key(c.metric(), c.roiKey(), c.layerKey(), reducer),
          new Reduction(reducer, c.reducerAxis(), c.reducerDim()));
    }
    return new Key(c.metric(), c.roiKey(), c.layerKey(), reducer);
  }

  private void note(ResultCell c) {
    rois.add(c.roiKey());
    layers.add(c.layerKey());
    subjects.computeIfAbsent(c.roiKey(), k -> new LinkedHashSet<>()).add(c.subject());
  }

  /** The study's reference spectra ({@link References#NONE} without them). */
  References references() {
    return references;
  }

  /** The rows of {@code scores.csv} less its reference rows, in file order. */
  List<ScoreRow> scoreTable() {
    return scoreTable;
  }

  List<ResultCell.Roi> rois() {
    return List.copyOf(rois);
  }

  /** Metrics with spectra, in order of appearance. */
  List<String> spectrumMetrics() {
    return List.copyOf(spectrumMetrics);
  }

  /** Metrics with scores, in order of appearance. */
  List<String> scoreMetrics() {
    return List.copyOf(scoreMetrics);
  }

  int subjects(ResultCell.Roi roi) {
    return subjects.getOrDefault(roi, Set.of()).size();
  }

  /** Layers by depth (then model, name) with an unreduced spectrum of this metric and ROI. */
  List<ResultCell.Layer> spectrumLayers(String metric, ResultCell.Roi roi) {
    return byDepth(layers.stream()
        .filter(l -> spectra.containsKey(new Key(metric, roi, l, ResultCell.NONE))).toList());
  }

  /** Layers by depth that have an unreduced score of this metric and ROI. */
  List<ResultCell.Layer> scoreLayers(String metric, ResultCell.Roi roi) {
    return byDepth(layers.stream()
        .filter(l -> scores.containsKey(new Key(metric, roi, l, ResultCell.NONE))).toList());
  }

  /** Layers by depth with at least one reduced spectrum of this metric and ROI (the swept ones). */
  List<ResultCell.Layer> spectrumLayersWithReductions(String metric, ResultCell.Roi roi) {
    return byDepth(layers.stream().filter(l -> !reductions(metric, roi, l).isEmpty()).toList());
  }

  /** The spectrum averaged over subjects, or {@code null} if the study has none there. */
  MeanSpectrum spectrum(String metric, ResultCell.Roi roi, ResultCell.Layer layer, String reducer) {
    Key k = new Key(metric, roi, layer, reducer);
    List<CellSpectrum> rows = spectra.get(k);
    return rows == null ? null : averaged.computeIfAbsent(k, x -> MeanSpectrum.average(rows));
  }

  /** Reducers with spectra for this metric, ROI and layer, by axis then dimension. */
  List<Reduction> reductions(String metric, ResultCell.Roi roi, ResultCell.Layer layer) {
    List<Reduction> out = new ArrayList<>();
    reductions.forEach((k, v) -> {
      if (k.metric().equals(metric) && k.roi().equals(roi) && k.layer().equals(layer)
          && spectra.containsKey(k)) {
        out.add(v);
      }
    });
    out.sort(Comparator.comparing(Reduction::axis).thenComparingInt(Reduction::dim));
    return out;
  }

  /**
   * The unreduced score averaged over subjects (NaN scores skipped): the first subject's row with
   * the mean as its score and no other numbers, or {@code null} if none.
   */
  ScoreRow meanScore(String metric, ResultCell.Roi roi, ResultCell.Layer layer) {
    List<ScoreRow> rows = scores.get(new Key(metric, roi, layer, ResultCell.NONE));
    if (rows == null || rows.isEmpty()) {
      return null;
    }
    double sum = 0;
    int n = 0;
    for (ScoreRow r : rows) {
      if (!Double.isNaN(r.value())) {
        sum += r.value();
        n++;
      }
    }
    ScoreRow first = rows.get(0);
    return new ScoreRow(first.cell(), n == 0 ? Double.NaN : sum / n, first.scoreName(),
        first.higherIsBetter(), null, null, Double.NaN, null, null, null, null);
  }

  /** How to name an ROI: with its dataset only when the study has several datasets. */
  String label(ResultCell.Roi roi) {
    boolean several = rois.stream().map(ResultCell.Roi::dataset).distinct().count() > 1;
    return several ? roi.dataset() + " " + roi.name() : roi.name();
  }

  /** How to name a layer: with its model only when the study has several models. */
  String label(ResultCell.Layer layer) {
    boolean several = layers.stream().map(ResultCell.Layer::model).distinct().count() > 1;
    return several ? layer.model() + " " + layer.name() : layer.name();
  }

  /** The deepest layer index + 1 among the given layers (for colour scales). */
  static int depthRange(List<ResultCell.Layer> layers) {
    return layers.stream().mapToInt(ResultCell.Layer::index).max().orElse(0) + 1;
  }

  private static List<ResultCell.Layer> byDepth(List<ResultCell.Layer> ls) {
    Map<Integer, List<ResultCell.Layer>> sorted = new TreeMap<>();
    for (ResultCell.Layer l : ls) {
      sorted.computeIfAbsent(l.index(), k -> new ArrayList<>()).add(l);
    }
    List<ResultCell.Layer> out = new ArrayList<>();
    sorted.values().forEach(group -> {
      group.sort(Comparator.comparing(ResultCell.Layer::model).thenComparing(ResultCell.Layer::name));
      out.addAll(group);
    });
    return out;
  }
}

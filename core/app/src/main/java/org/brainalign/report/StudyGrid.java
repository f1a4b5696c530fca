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

/**
 * The study's results indexed for plotting: ROIs, layers by depth, reducers, spectra averaged over
 * subjects and scores averaged over subjects.
 */
final class StudyGrid {
  /** One spectrum group: the rows of all subjects for these coordinates. */
  private record Key(String metric, Cell.Roi roi, Cell.Layer layer, String reducer) {}

  /** A reducer as the study swept it. */
  record Reduction(String spec, String axis, int dim) {}

  private final Map<Key, List<CellSpectrum>> spectra = new LinkedHashMap<>();
  private final Map<Key, Spectrum> averaged = new HashMap<>();
  private final Map<Key, List<ScoreRow>> scores = new LinkedHashMap<>();
  private final Map<Key, Reduction> reductions = new LinkedHashMap<>();
  private final Set<Cell.Roi> rois = new LinkedHashSet<>();
  private final Set<Cell.Layer> layers = new LinkedHashSet<>();
  private final Set<String> spectrumMetrics = new LinkedHashSet<>();
  private final Set<String> scoreMetrics = new LinkedHashSet<>();
  private final Map<Cell.Roi, Set<String>> subjects = new HashMap<>();

  StudyGrid(StudyResults results) {
    for (CellSpectrum s : results.spectra()) {
      Cell c = s.cell();
      spectra.computeIfAbsent(key(c), k -> new ArrayList<>()).add(s);
      spectrumMetrics.add(c.metric());
      note(c);
    }
    for (ScoreRow s : results.scores()) {
      Cell c = s.cell();
      scores.computeIfAbsent(key(c), k -> new ArrayList<>()).add(s);
      scoreMetrics.add(c.metric());
      note(c);
    }
  }

  private Key key(Cell c) {
    String reducer = c.unreduced() ? Cell.NONE : c.reducer();
    if (!c.unreduced()) {
      reductions.putIfAbsent(new Key(c.metric(), c.roiKey(), c.layerKey(), reducer),
          new Reduction(reducer, c.reducerAxis(), c.reducerDim()));
    }
    return new Key(c.metric(), c.roiKey(), c.layerKey(), reducer);
  }

  private void note(Cell c) {
    rois.add(c.roiKey());
    layers.add(c.layerKey());
    subjects.computeIfAbsent(c.roiKey(), k -> new LinkedHashSet<>()).add(c.subject());
  }

  List<Cell.Roi> rois() {
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

  int subjects(Cell.Roi roi) {
    return subjects.getOrDefault(roi, Set.of()).size();
  }

  /** Layers by depth (then model, name) with an unreduced spectrum of this metric and ROI. */
  List<Cell.Layer> spectrumLayers(String metric, Cell.Roi roi) {
    return byDepth(layers.stream()
        .filter(l -> spectra.containsKey(new Key(metric, roi, l, Cell.NONE))).toList());
  }

  /** Layers by depth that have an unreduced score of this metric and ROI. */
  List<Cell.Layer> scoreLayers(String metric, Cell.Roi roi) {
    return byDepth(layers.stream()
        .filter(l -> scores.containsKey(new Key(metric, roi, l, Cell.NONE))).toList());
  }

  /** Layers by depth with at least one reduced spectrum of this metric and ROI (the swept ones). */
  List<Cell.Layer> spectrumLayersWithReductions(String metric, Cell.Roi roi) {
    return byDepth(layers.stream().filter(l -> !reductions(metric, roi, l).isEmpty()).toList());
  }

  /** The spectrum averaged over subjects, or {@code null} if the study has none there. */
  Spectrum spectrum(String metric, Cell.Roi roi, Cell.Layer layer, String reducer) {
    Key k = new Key(metric, roi, layer, reducer);
    List<CellSpectrum> rows = spectra.get(k);
    return rows == null ? null : averaged.computeIfAbsent(k, x -> Spectrum.average(rows));
  }

  /** Reducers with spectra for this metric, ROI and layer, by axis then dimension. */
  List<Reduction> reductions(String metric, Cell.Roi roi, Cell.Layer layer) {
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
   * The unreduced score averaged over subjects (NaN scores skipped), or {@code null} if none.
   */
  ScoreRow meanScore(String metric, Cell.Roi roi, Cell.Layer layer) {
    List<ScoreRow> rows = scores.get(new Key(metric, roi, layer, Cell.NONE));
    if (rows == null || rows.isEmpty()) {
      return null;
    }
    double sum = 0;
    int n = 0;
    for (ScoreRow r : rows) {
      if (!Double.isNaN(r.score())) {
        sum += r.score();
        n++;
      }
    }
    ScoreRow first = rows.get(0);
    return new ScoreRow(first.cell(), n == 0 ? Double.NaN : sum / n, first.scoreName(),
        first.higherIsBetter());
  }

  /** How to name an ROI: with its dataset only when the study has several datasets. */
  String label(Cell.Roi roi) {
    boolean several = rois.stream().map(Cell.Roi::dataset).distinct().count() > 1;
    return several ? roi.dataset() + " " + roi.name() : roi.name();
  }

  /** How to name a layer: with its model only when the study has several models. */
  String label(Cell.Layer layer) {
    boolean several = layers.stream().map(Cell.Layer::model).distinct().count() > 1;
    return several ? layer.model() + " " + layer.name() : layer.name();
  }

  /** The deepest layer index + 1 among the given layers (for colour scales). */
  static int depthRange(List<Cell.Layer> layers) {
    return layers.stream().mapToInt(Cell.Layer::index).max().orElse(0) + 1;
  }

  private static List<Cell.Layer> byDepth(List<Cell.Layer> ls) {
    Map<Integer, List<Cell.Layer>> sorted = new TreeMap<>();
    for (Cell.Layer l : ls) {
      sorted.computeIfAbsent(l.index(), k -> new ArrayList<>()).add(l);
    }
    List<Cell.Layer> out = new ArrayList<>();
    sorted.values().forEach(group -> {
      group.sort(Comparator.comparing(Cell.Layer::model).thenComparing(Cell.Layer::name));
      out.addAll(group);
    });
    return out;
  }
}

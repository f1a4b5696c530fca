package org.brainalign.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.engine.io.ResultWriter;

/**
 * A finished cell on disk: {@code cells/<key>/} with the metric's tables and {@code summary.json}.
 * Written into {@code cells/<key>.partial/} and renamed when complete, so an interrupted run leaves no
 * cell that looks finished; a rerun skips complete cells and redoes the rest.
 */
final class CellOutput {
  private CellOutput() {}

  static boolean complete(Path cells, String key) {
    return Files.isRegularFile(cells.resolve(key).resolve(ResultWriter.SUMMARY));
  }

  static void write(Path cells, String key, Cell cell, AlignmentResult result,
      LabelledMatrix features, LabelledMatrix responses, Map<String, Object> nonFinite,
      double seconds) {
    Path tmp = cells.resolve(key + ".partial");
    try {
      deleteTree(tmp);
      ResultWriter.writeDetails(tmp, result);
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("subject", cell.subject());
      s.put("roi", cell.roi());
      s.put("layer", cell.layer().name());
      s.put("layer_index", cell.layerIndex());
      s.put("reducer", cell.reducer().spec());
      s.put("reducer_axis", cell.reducer().axis());
      s.put("reducer_dim", cell.reducer().dim());
      s.put("metric", cell.metric().id());
      s.put("metric_spec", cell.metric().spec());
      s.put("score", result.score());
      s.put("score_name", result.scoreName());
      s.put("higher_is_better", result.higherIsBetter());
      s.put("n_stimuli", features.rows());
      s.put("n_units", features.columns());
      s.put("n_voxels", responses.columns());
      if (nonFinite != null) {
        s.put("non_finite", nonFinite);
      }
      s.put("seconds", seconds);
      s.put("result", result.summary());
      ResultWriter.writeSummary(tmp, s);
      Path target = cells.resolve(key);
      deleteTree(target);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write cell " + key + " under " + cells, e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}

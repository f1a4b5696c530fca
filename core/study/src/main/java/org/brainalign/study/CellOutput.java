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
import org.brainalign.formats.AtomicFiles;
import org.brainalign.engine.io.ResultWriter;

/**
 * A finished cell on disk: {@code cells/<key>/} with the metric's tables, {@code summary.json} and
 * the inputs it was computed from ({@link CellInputs}, {@code inputs.json}).
 * Written into a folder named for this process ({@code cells/<key>.tmp-<host>-<pid>-<n>/}) and
 * renamed when complete, so an interrupted run or task leaves no cell that looks finished and two
 * writers never share a temporary folder; a rerun skips complete cells and redoes the rest. Left-over
 * temporary folders of killed writers are removed by the merge.
 */
final class CellOutput {
  private CellOutput() {}

  static boolean complete(Path cells, CellKey key) {
    return Files.isRegularFile(key.in(cells).resolve(ResultWriter.SUMMARY));
  }

  static void write(Path cells, CellKey key, GridCell cell, AlignmentResult result,
      LabelledMatrix features, LabelledMatrix responses, Map<String, Object> nonFinite,
      double seconds, CellInputs inputs) {
    Path tmp = AtomicFiles.unique(key.in(cells));
    try {
      ResultWriter.writeDetails(tmp, result);
      inputs.write(tmp);
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
      if (complete(cells, key) && inputs.changesSince(CellInputs.read(key.in(cells))).isEmpty()) {
        deleteTree(tmp); // another writer published the same cell first: keep its folder
        return;
      }
      Path target = key.in(cells);
      deleteTree(target);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write cell " + key + " under " + cells, e);
    }
  }

  /**
   * Deletes temporary folders left in {@code cells} by killed writers ({@code .partial}, or
   * {@code .tmp-…}); only called by the merge, when no task of the study is running.
   */
  static void discardTemporaries(Path cells) {
    if (!Files.isDirectory(cells)) {
      return;
    }
    try (Stream<Path> s = Files.list(cells)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (AtomicFiles.isTemporary(p.getFileName().toString())) {
          deleteTree(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean temporary folders in " + cells, e);
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

package org.brainalign.study;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.metric.Spectrum;
import org.brainalign.engine.io.ResultWriter;
import org.brainalign.formats.csv.CsvCodec;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.identification.CellEvidence;
import org.brainalign.identification.Criterion;
import org.brainalign.study.table.CellId;
import org.brainalign.study.table.ScoreRow;
import org.brainalign.study.table.SpectrumRank;
import org.brainalign.study.table.SpectrumRow;

/**
 * Gathers finished cells, in grid order, into the study's tidy tables: {@code spectra.csv} (one row
 * per cell × rank, spectrum metrics only) and {@code scores.csv} (one row per cell). Built from the
 * cell folders alone, so a resumed run gives the same tables as an uninterrupted one, with no
 * duplicates or gaps.
 */
final class StudyTables {
  private StudyTables() {}

  /**
   * Writes both tables.
   *
   * @param references the references' rows of {@code scores.csv}, after the cells'
   * @return what each cell says about its layer, from the same rows, for
   *     {@code identification.csv}
   */
  static List<CellEvidence> write(StudyPlan plan, List<GridCell> cells, Path out, Path cellsDir,
      List<ScoreRow> references) {
    List<CellEvidence> evidence = new ArrayList<>();
    List<SpectrumRow> spectra = new ArrayList<>();
    List<ScoreRow> scores = new ArrayList<>();
    String dataset = plan.dataset.entry().provider().id();
    String model = plan.model.entry().provider().id();
    CellContext context = plan.context();
    for (GridCell c : cells) {
      Path dir = c.key(context).in(cellsDir);
      Path summary = dir.resolve(ResultWriter.SUMMARY);
      Map<String, Object> s = JsonFiles.read(summary);
      CellId id = new CellId(dataset, c.subject(), c.roi(), model, c.layer().name(),
          c.layerIndex(), c.reducer().spec(), c.reducer().axis(), c.reducer().dim(),
          c.metric().id());
      double slope = Double.NaN;
      double leading = Double.NaN;
      Path spectrum = dir.resolve(Spectrum.TABLE + ".csv");
      if (Files.isRegularFile(spectrum)) {
        Map<String, double[]> cols = readNumeric(spectrum);
        double[] rank = cols.get(Spectrum.RANK);
        Spectrum sp = Spectrum.of(cols);
        for (int k = 0; k < rank.length; k++) {
          spectra.add(new SpectrumRow(id, SpectrumRank.of(sp, (int) rank[k], k)));
        }
        leading = Criterion.leadingCorrelation(rank, sp.correlation());
        slope = PowerLaw.slope(rank, sp.correlation(), plan.file.slopeRanks()[0],
            plan.file.slopeRanks()[1]);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> result = (Map<String, Object>) s.get("result");
      ScoreRow row = new ScoreRow(id, number(s, "score", summary),
          (String) s.get("score_name"), (Boolean) s.get("higher_is_better"),
          number(result, "shared_dimensionality", summary),
          number(result, "correlation_rank1", summary), slope, number(s, "n_stimuli", summary),
          number(s, "n_units", summary), number(s, "n_voxels", summary),
          number(result, "score_ceiled", summary));
      scores.add(row);
      evidence.add(new CellEvidence(dataset, c.subject(), c.roi(), c.metric().id(),
          c.layer().name(), c.layerIndex(), c.reducer().isNone() ? "none" : c.reducer().axis(),
          c.reducer().dim() == null ? 0 : c.reducer().dim(), Files.isRegularFile(spectrum),
          leading, row.value(), row.higherIsBetter() == null || row.higherIsBetter()));
    }
    SpectrumRow.TABLE.write("spectra", spectra, out.resolve(SpectrumRow.FILE));
    scores.addAll(references);
    ScoreRow.TABLE.write("scores", scores, out.resolve(ScoreRow.FILE));
    return evidence;
  }

  /** A number of a summary, null when absent or non-finite (JSON null). */
  static Number number(Map<String, Object> m, String key, Path summary) {
    Object v = m.get(key);
    if (v == null || v instanceof Number) {
      return (Number) v;
    }
    throw new DataFormatException(summary, "'" + key + "': expected a number, found '" + v
        + "'. Delete the cell folder so that the rerun recomputes it.");
  }

  /**
   * Reads a CSV of numbers (in the {@link CsvCodec} spelling) and booleans (true = 1) with a header;
   * other text becomes NaN.
   */
  static Map<String, double[]> readNumeric(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CsvCodec.parser(in, ',')) {
      List<CSVRecord> records = csv.getRecords();
      List<String> header = records.get(0).toList();
      Map<String, double[]> out = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        double[] column = new double[records.size() - 1];
        for (int r = 1; r < records.size(); r++) {
          CSVRecord row = records.get(r);
          column[r - 1] = parse(c < row.size() ? row.get(c) : "");
        }
        out.put(header.get(c), column);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static double parse(String s) {
    if (s.equals("true")) {
      return 1;
    }
    if (s.equals("false")) {
      return 0;
    }
    return CsvCodec.isNumber(s) ? CsvCodec.parse(s) : Double.NaN;
  }
}

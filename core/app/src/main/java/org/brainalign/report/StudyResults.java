package org.brainalign.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.metric.Spectrum;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.study.StudyColumns;

/**
 * The files of a finished study folder, read: {@code spectra.csv}, {@code scores.csv} and
 * {@code study.json} (written by {@code brainalign run}), {@code identification.csv} and
 * {@code references.csv} where the study has them. The reference rows of {@code scores.csv}
 * ({@code model = reference}) go to {@link #references} only; every other figure and table
 * reads the model cells alone.
 *
 * @param spectra every spectrum cell, in file order
 * @param scores one row per model cell
 * @param scoreTable {@code scores.csv} as written less its reference rows, for the report's table
 * @param study the parsed {@code study.json}
 * @param identification the rows of {@code identification.csv}, empty without the file
 * @param references the reference spectra, {@link References#NONE} without them
 */
record StudyResults(List<CellSpectrum> spectra, List<ScoreRow> scores, TidyCsv scoreTable,
    StudyInfo study, List<IdentificationResult> identification, References references) {

  StudyResults(List<CellSpectrum> spectra, List<ScoreRow> scores, TidyCsv scoreTable,
      StudyInfo study, List<IdentificationResult> identification) {
    this(spectra, scores, scoreTable, study, identification, References.NONE);
  }

  static final String SPECTRA = "spectra.csv";
  static final String SCORES = "scores.csv";
  static final String STUDY = "study.json";

  private static final List<String> CELL = StudyColumns.CELL;

  /**
   * Reads a study folder.
   *
   * @throws InvalidInputException if {@code dir} is not a folder or lacks one of the three files
   * @throws DataFormatException if a file is malformed (the message names file, line and column)
   */
  static StudyResults read(Path dir) {
    return read(dir, dir.resolve(STUDY));
  }

  /**
   * Reads a study folder whose {@code study.json} is {@code studyJson} (a merge's, not yet under
   * its name).
   */
  static StudyResults read(Path dir, Path studyJson) {
    if (!Files.isDirectory(dir)) {
      throw InvalidInputException.of(dir.toString(), "a finished study folder",
          Files.exists(dir) ? "a file" : "nothing there",
          "Give the --out folder of `brainalign run STUDY.yaml --out DIR`.");
    }
    for (String name : List.of(SPECTRA, SCORES, STUDY)) {
      if (!Files.isRegularFile(name.equals(STUDY) ? studyJson : dir.resolve(name))) {
        throw InvalidInputException.of(dir.toString(), "a finished study folder with "
            + SPECTRA + ", " + SCORES + " and " + STUDY, "no " + name,
            "Let `brainalign run` finish (rerunning it resumes), or check the folder name.");
      }
    }
    Map<ResultCell, CellSpectrum.Builder> cells = new LinkedHashMap<>();
    Path spectraFile = dir.resolve(SPECTRA);
    TidyCsv.stream(spectraFile, concat(CELL, List.of(Spectrum.RANK, Spectrum.CORRELATION,
        Spectrum.CORRELATION_SD, Spectrum.NULL_QUANTILE)), r -> {
          if (isReference(r)) {
            return;
          }
          int rank = r.integer(Spectrum.RANK, 0);
          if (rank < 1) {
            throw new DataFormatException(spectraFile, "column rank: expected a rank of at least "
                + "1, found \"" + r.text(Spectrum.RANK) + "\". Rerun the study to rewrite the file.");
          }
          cells.computeIfAbsent(ResultCell.of(r), CellSpectrum.Builder::new).add(rank,
              r.number(Spectrum.CORRELATION), r.number(Spectrum.CORRELATION_SD),
              r.number(Spectrum.NULL_QUANTILE));
        });
    List<CellSpectrum> spectra = cells.values().stream().map(CellSpectrum.Builder::build).toList();
    TidyCsv allScores = TidyCsv.read(dir.resolve(SCORES), concat(CELL, List.of("score",
        "score_name", "higher_is_better")));
    TidyCsv scoreCsv = allScores.filter(r -> !isReference(r));
    References references = References.read(dir, allScores,
        allScores.rows().stream().filter(StudyResults::isReference).toList());
    List<ScoreRow> scores = new ArrayList<>(scoreCsv.rows().size());
    for (TidyCsv.Row r : scoreCsv.rows()) {
      Boolean higher = r.bool("higher_is_better");
      scores.add(new ScoreRow(ResultCell.of(r), r.number("score"), r.text("score_name"),
          higher == null || higher));
    }
    Map<String, Object> json;
    try {
      json = JsonFiles.read(studyJson);
    } catch (RuntimeException e) {
      throw new DataFormatException(studyJson, "expected a JSON object, found text that "
          + "does not parse (" + rootMessage(e) + "). Rerun the study to rewrite it.", e);
    }
    return new StudyResults(spectra, List.copyOf(scores), scoreCsv,
        StudyInfo.of(json), IdentificationResult.read(dir), references);
  }

  /** Whether a row of {@code scores.csv} (or {@code spectra.csv}) is a reference's. */
  private static boolean isReference(TidyCsv.Row r) {
    return Reference.MODEL.equals(r.text("model"));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return StudyColumns.concat(a, b);
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null) {
      c = c.getCause();
    }
    String m = c.getMessage() == null ? c.toString() : c.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}

package org.brainalign.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.formats.csv.CsvTable;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.study.table.ScoreRow;
import org.brainalign.study.table.SpectrumRank;
import org.brainalign.study.table.SpectrumRow;

/**
 * The files of a finished study folder, read: {@code spectra.csv}, {@code scores.csv} and
 * {@code study.json} (written by {@code brainalign run}), {@code identification.csv} and
 * {@code references.csv} where the study has them. The reference rows of {@code scores.csv}
 * ({@code model = reference}) go to {@link #references} only; every other figure and table
 * reads the model cells alone.
 *
 * @param spectra every spectrum cell, in file order
 * @param scores the rows of {@code scores.csv} less its reference rows, in file order
 * @param study the parsed {@code study.json}
 * @param identification the rows of {@code identification.csv}, empty without the file
 * @param references the reference spectra, {@link References#NONE} without them
 */
record StudyResults(List<CellSpectrum> spectra, List<ScoreRow> scores, StudyInfo study,
    List<IdentificationResult> identification, References references) {

  StudyResults(List<CellSpectrum> spectra, List<ScoreRow> scores, StudyInfo study,
      List<IdentificationResult> identification) {
    this(spectra, scores, study, identification, References.NONE);
  }

  static final String SPECTRA = SpectrumRow.FILE;
  static final String SCORES = ScoreRow.FILE;
  static final String STUDY = "study.json";

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
    SpectrumRow.TABLE.stream(dir.resolve(SPECTRA), e -> {
      SpectrumRow r = e.row();
      if (!r.cell().isReference()) {
        SpectrumRank k = r.rank();
        cells.computeIfAbsent(ResultCell.of(r.cell()), CellSpectrum.Builder::new).add(k.rank(),
            k.correlation(), k.correlationSd(), k.nullQuantile());
      }
    });
    List<CellSpectrum> spectra = cells.values().stream().map(CellSpectrum.Builder::build).toList();
    List<ScoreRow> scores = new ArrayList<>();
    List<CsvTable.Entry<ScoreRow>> referenceRows = new ArrayList<>();
    for (CsvTable.Entry<ScoreRow> e : ScoreRow.TABLE.read(dir.resolve(SCORES))) {
      if (e.row().cell().isReference()) {
        referenceRows.add(e);
      } else {
        scores.add(e.row());
      }
    }
    References references = References.read(dir, referenceRows);
    Map<String, Object> json;
    try {
      json = JsonFiles.read(studyJson);
    } catch (RuntimeException e) {
      throw new DataFormatException(studyJson, "expected a JSON object, found text that "
          + "does not parse (" + rootMessage(e) + "). Rerun the study to rewrite it.", e);
    }
    return new StudyResults(spectra, List.copyOf(scores), StudyInfo.of(json),
        IdentificationResult.read(dir), references);
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

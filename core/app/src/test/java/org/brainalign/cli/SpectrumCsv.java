package org.brainalign.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a spectrum the CLI wrote ({@code spectrum.csv} of compare, {@code spectra.csv} of run). */
final class SpectrumCsv {
  private SpectrumCsv() {}

  /** Each row's {@code {rank, correlation}}, in file order. */
  static List<double[]> rankAndCorrelation(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    List<String> header = List.of(lines.get(0).split(","));
    int rank = header.indexOf("rank");
    int corr = header.indexOf("correlation");
    List<double[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      rows.add(new double[] {Double.parseDouble(f[rank]), Double.parseDouble(f[corr])});
    }
    return rows;
  }
}

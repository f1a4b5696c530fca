package org.brainalign.plugins.srp;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the projection matrix of every case in {@code srp/cases.csv} as {@code <name>.matrix.csv}
 * (one line per non-zero: row, column, sign; first line {@code # k,d,scale}) for
 * {@code src/test/python/generate_fixtures.py} to read. Run from the module folder; see
 * {@code src/test/resources/srp/README.md}.
 */
public final class ExportFixtureMatrices {

  private ExportFixtureMatrices() {}

  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : FixtureCase.DIR;
    for (FixtureCase c : FixtureCase.read(dir)) {
      SignMatrix m = c.fit().matrix();
      Path file = dir.resolve(c.name() + ".matrix.csv");
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
        w.printf("# %d,%d,%.17g%n", m.rows(), m.columns(), m.scale());
        w.println("row,column,sign");
        m.forEachNonZero((i, j, s) -> w.println(i + "," + j + "," + s));
      }
      System.out.println(file + ": " + m.rows() + " × " + m.columns() + ", " + m.nonZeros()
          + " non-zeros");
    }
  }
}

package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: {@code compare} on CSV matrices guesses nothing. pandas' {@code 0,1,…,p−1} header was
 * read as a 21st stimulus; it is now an error until {@code ?header=true|false} says which it is. A
 * non-finite CSV value is named by its line in the file, not its row in the matrix.
 */
class CompareCsvInputTest {
  @TempDir
  Path dir;

  /** {@code rows × cols} seeded values, one CSV line each, after {@code head}. */
  private Path csv(String name, String head, int rows, int cols, long seed) throws IOException {
    Random rnd = new Random(seed);
    StringBuilder sb = new StringBuilder(head);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        sb.append(c == 0 ? "" : ",").append(rnd.nextGaussian());
      }
      sb.append('\n');
    }
    Path f = dir.resolve(name);
    Files.writeString(f, sb.toString());
    return f;
  }

  @Test
  void pandasColumnNumbersMustBeStatedAndThenAreNoStimulus() throws IOException {
    Path x = csv("x.csv", "0,1,2,3,4\n", 20, 5, 1);
    Path y = csv("y.csv", "0,1,2,3\n", 20, 4, 2);
    Path out = dir.resolve("guess");
    Cli r = Cli.run("compare", "-q", "--x", x.toString(), "--y", y.toString(), "--metric", "cka",
        "--out", out.toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("x.csv: line 1 is '0,1,…,4': column numbers")
        .contains("append ?header=true (it names the columns) or ?header=false")
        .doesNotContain("\tat ");
    assertThat(out.resolve("summary.json")).doesNotExist();

    Path stated = dir.resolve("stated");
    Cli s = Cli.run("compare", "-q", "--x", x + "?header=true", "--y", y + "?header=true",
        "--metric", "cka", "--out", stated.toString());
    assertThat(s.exit).as(s.toString()).isZero();
    Map<String, Object> summary = JsonFiles.read(stated.resolve("summary.json"));
    assertThat(((Map<?, ?>) ((Map<?, ?>) summary.get("inputs")).get("x")).get("rows"))
        .isEqualTo(20);
  }

  @Test
  void aNonFiniteCsvValueIsNamedByItsLineInTheFile() throws IOException {
    Path x = csv("x.csv", "a,b,c\n", 20, 3, 3);
    Path y = csv("y.csv", "v0,v1\n\n", 20, 2, 4);
    java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(y));
    lines.set(3, lines.get(3).replaceFirst(",.*", ",inf"));
    Files.write(y, lines);
    Cli r = Cli.run("compare", "-q", "--x", x.toString(), "--y", y.toString(), "--metric", "cka",
        "--out", dir.resolve("o").toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("--y " + y + ": expected finite values, found +Inf at line 4, "
        + "column 2 (1-based, as an editor shows the file)").contains("--non-finite=drop");
  }
}

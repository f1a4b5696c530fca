package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cross-decomposition:fold-precision} through {@code brainalign compare}: a bad value is a
 * user mistake naming the choices; the single route's summary says which route produced it.
 */
class FoldPrecisionCliTest {
  @TempDir
  Path dir;

  @Test
  void anUnknownPrecisionExitsTwoNamingTheChoices() {
    Path out = dir.resolve("bad");
    Cli r = Cli.compareExample(out, "-q", "--metric", "cross-decomposition:fold-precision=half");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).as("no stack trace for a user mistake").doesNotContain("\tat ");
    assertThat(r.err).startsWith("error: ").contains("fold-precision")
        .contains("double, single").contains("'half'");
    assertThat(out.resolve("summary.json")).doesNotExist();
  }

  @Test
  void theSingleRouteIsRecordedInTheSummary() {
    Path out = dir.resolve("single");
    Cli r = Cli.compareExample(out, "-q", "--metric",
        "cross-decomposition:folds=4,permutations=200,fold-precision=single");
    assertThat(r.exit).as(r.toString()).isZero();
    Map<String, Object> s = JsonFiles.read(out.resolve("summary.json"));
    assertThat(s.get("score")).as("the planted shared dimensionality, as in double").isEqualTo(8.0);
    Map<?, ?> result = (Map<?, ?>) s.get("result");
    assertThat(result.get("fold_precision")).isEqualTo("single");
    assertThat(result.get("eigen_tolerance")).isEqualTo(1e-5);
    assertThat(((Map<?, ?>) s.get("options")).get("fold-precision")).isEqualTo("single");
  }
}

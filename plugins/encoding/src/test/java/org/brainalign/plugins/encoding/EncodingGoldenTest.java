package org.brainalign.plugins.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.brainalign.api.extension.ExtensionProvider;
import org.brainalign.api.extension.Options;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.api.table.Table;
import org.brainalign.geometry.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Against scikit-learn: Ridge(alpha=10), RidgeCV(alphas, alpha_per_target=True) (efficient LOO),
 * KFold(8, shuffle=True, random_state=0), and versa through scipy pdist/spearmanr/pearsonr.
 */
class EncodingGoldenTest {
  static final String GRID = "[0.1,1,10,100,1000,10000]";

  static Stream<String> expectedRows() {
    return Fixtures.lines("expected.csv").stream().skip(1);
  }

  static Split explicitSplit(String caseName, int n) {
    int[] test = Arrays.stream(Fixtures.vector("test_rows_" + caseName + ".csv"))
        .mapToInt(d -> (int) d).toArray();
    int[] train = IntStream.range(0, n).filter(i -> Arrays.stream(test).noneMatch(t -> t == i))
        .toArray();
    return new Split(train, test);
  }

  static AlignmentResult run(ExtensionProvider<AlignmentMetric> provider, String caseName,
      String grid, boolean explicit, Map<String, String> extra) {
    Map<String, String> raw = new LinkedHashMap<>(extra);
    raw.put("alphas", grid.equals("single") ? "10" : GRID);
    AlignmentMetric metric = provider.create(Options.parse(provider.id(), provider.options(), raw));
    var x = Fixtures.labelled(caseName + "_x.csv");
    var y = Fixtures.labelled(caseName + "_y.csv");
    List<Split> splits = explicit ? List.of(explicitSplit(caseName, x.rows())) : List.of();
    return metric.compare(new AlignmentInput(x, y, splits, ceilings(caseName)),
        RunContext.quiet(1));
  }

  /** {@code ceilings_<case>.csv}: one noise ceiling per voxel, {@code nan} where unknown. */
  static double[] ceilings(String caseName) {
    return Arrays.stream(Fixtures.lines("ceilings_" + caseName + ".csv").get(0).split(","))
        .mapToDouble(v -> v.equals("nan") ? Double.NaN : Double.parseDouble(v)).toArray();
  }

  @ParameterizedTest
  @MethodSource("expectedRows")
  void scoreMatchesScikitLearn(String row) {
    String[] f = row.split(",");
    boolean explicit = f[2].equals("test");
    double want = Double.parseDouble(f[4]);
    if (f[3].startsWith("versa")) {
      String[] v = f[3].split("-");
      AlignmentResult r = run(new VersaProvider(), f[0], f[1], explicit,
          Map.of("rdm", v[1], "compare", v[2]));
      assertThat(r.score()).as(row).isCloseTo(want, within(1e-9));
      assertThat(r.summary()).as(row).doesNotContainKey("score_ceiled");
    } else {
      AlignmentResult r = run(new EncodingProvider(), f[0], f[1], explicit, Map.of());
      double got = switch (f[3]) {
        case "encoding-sd" -> (double) r.summary().get("score_sd");
        case "encoding-ceiled" -> (double) r.summary().get("score_ceiled");
        default -> r.score();
      };
      assertThat(got).as(row).isCloseTo(want, within(1e-9));
      if (f[3].equals("encoding-ceiled")) {
        assertThat(r.summary().get("ceiling").toString()).as(row).contains(
            "voxels_without_ceiling=" + (f[0].equals("constvoxel") ? 1 : 2));
        // versa's encoding model is the same: its ceiled encoding score is encoding's score_ceiled
        AlignmentResult versa = run(new VersaProvider(), f[0], f[1], explicit, Map.of());
        assertThat((double) versa.summary().get("encoding_score_ceiled")).as(row)
            .isCloseTo(want, within(1e-9));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"narrow single", "narrow grid", "wide single", "wide grid",
      "constvoxel single", "constvoxel grid"})
  void predictionsAndAlphasMatchScikitLearn(String spec) {
    String[] s = spec.split(" ");
    var x = Fixtures.labelled(s[0] + "_x.csv");
    var y = Fixtures.labelled(s[0] + "_y.csv");
    Split split = explicitSplit(s[0], x.rows());
    EncodingSettings settings = EncodingSettings.from(Options.parse("encoding",
        EncodingSettings.options(), Map.of("alphas", s[1].equals("single") ? "10" : GRID)));
    List<EncodingRun.Fold> folds = EncodingRun.run(new AlignmentInput(x, y, List.of(split)),
        settings, RunContext.quiet(1), "test");
    double[][] want = Fixtures.matrix(spec.replace(' ', '_') + "_pred.csv");
    double[] got = folds.get(0).predicted();
    int q = y.columns();
    for (int i = 0; i < want.length; i++) {
      for (int j = 0; j < q; j++) {
        assertThat(got[i * q + j]).as("%s prediction [%d,%d]", spec, i, j)
            .isCloseTo(want[i][j], within(1e-9 * (1 + Math.abs(want[i][j]))));
      }
    }
    assertThat(folds.get(0).alphas()).as(spec + " alphas")
        .containsExactly(Fixtures.vector(spec.replace(' ', '_') + "_alpha.csv"));
    assertThat(folds.get(0).route()).isEqualTo(s[0].equals("wide") ? "dual" : "primal");
  }

  @ParameterizedTest
  @ValueSource(strings = {"narrow", "constvoxel"})
  void voxelTablesCoverEveryFoldAndVoxel(String caseName) {
    AlignmentResult r = run(new EncodingProvider(), caseName, "grid", false, Map.of());
    int q = Fixtures.matrix(caseName + "_y.csv")[0].length;
    Table perFold = r.table("voxel_folds").orElseThrow();
    assertThat(perFold.rows()).hasSize(8 * q);
    assertThat(perFold.columns()).containsExactly("fold", "voxel", "r", "alpha");
    long undefined = Arrays.stream(perFold.numbers("r")).filter(Double::isNaN).count();
    assertThat(undefined).isEqualTo(caseName.equals("constvoxel") ? 8 : 0);
    assertThat(r.summary().get("voxel_fold_pairs_undefined")).isEqualTo((int) undefined);
    Table voxels = r.table("voxels").orElseThrow();
    assertThat(voxels.rows()).hasSize(q);
    assertThat(voxels.columns()).containsExactly("voxel", "r", "r_sd", "alpha", "splits_defined");
    double[] perFoldR = perFold.numbers("r");
    for (int j = 0; j < q; j++) {
      double sum = 0;
      int n = 0;
      for (int f = 0; f < 8; f++) {
        double v = perFoldR[f * q + j];
        if (!Double.isNaN(v)) {
          sum += v;
          n++;
        }
      }
      double mean = n == 0 ? Double.NaN : sum / n;
      assertThat(voxels.numbers("r")[j]).as("voxel %d", j).isEqualTo(mean, within(1e-15));
      assertThat(voxels.numbers("splits_defined")[j]).isEqualTo(n);
    }
  }
}

package org.brainalign.plugins.rsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.RunContext;
import org.brainalign.geometry.testing.RandomMatrices;
import org.junit.jupiter.api.Test;

/** Algebraic invariants and clear errors. Random data is seeded; the seed is in each message. */
class RsaInvariantsTest {
  private static final long SEED = 811L;

  private static AlignmentMetric metric(String... kv) {
    RsaProvider p = new RsaProvider();
    Map<String, String> raw = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      raw.put(kv[i], kv[i + 1]);
    }
    return p.create(Options.parse("rsa", p.options(), raw));
  }

  @Test
  void aRepresentationMatchesItselfPerfectly() {
    LabelledMatrix x = RandomMatrices.gaussian("x", 20, 7, SEED, 0);
    for (String rdm : List.of("correlation", "euclidean")) {
      for (String cmp : List.of("spearman", "pearson")) {
        double s = metric("rdm", rdm, "compare", cmp).compare(AlignmentInput.of(x, x),
            RunContext.quiet(1)).score();
        assertThat(s).as("%s/%s seed %d", rdm, cmp, SEED).isCloseTo(1.0, within(1e-12));
      }
    }
  }

  @Test
  void streamingRowBlocksGivesTheSameRdmsAsOneBlock() {
    LabelledMatrix x = RandomMatrices.gaussian("x", 23, 31, SEED, 2.0);
    LabelledMatrix y = RandomMatrices.gaussian("y", 23, 5, SEED + 1, 0);
    for (String rdm : List.of("correlation", "euclidean")) {
      AlignmentMetric m = metric("rdm", rdm);
      AlignmentResult whole = m.compare(AlignmentInput.of(x, y), RunContext.quiet(1));
      AlignmentResult blocks = m.compare(AlignmentInput.of(onDisk(x), y), RunContext.quiet(1, 1));
      assertThat(blocks.score()).as("%s seed %d", rdm, SEED).isCloseTo(whole.score(), within(1e-12));
      Matrix a = whole.arrays().get("rdm_x");
      Matrix b = blocks.arrays().get("rdm_x");
      for (int i = 0; i < 23; i++) {
        for (int j = 0; j < 23; j++) {
          assertThat(b.get(i, j)).isCloseTo(a.get(i, j), within(1e-12));
        }
      }
    }
  }

  /** The same values behind the plain {@link Matrix} interface (no dense fast path). */
  private static LabelledMatrix onDisk(LabelledMatrix m) {
    DenseMatrix d = m.data().toDense();
    Matrix hidden = new Matrix() {
      public int rows() {
        return d.rows();
      }

      public int columns() {
        return d.columns();
      }

      public void readRows(int from, int to, double[] dst) {
        d.readRows(from, to, dst);
      }
    };
    return new LabelledMatrix(m.name(), hidden, m.rowIds(), m.columnIds());
  }

  @Test
  void rdmIsInvariantToScalingAndShiftingAPattern() {
    LabelledMatrix x = RandomMatrices.gaussian("x", 12, 9, SEED, 0);
    DenseMatrix moved = x.data().toDense().selectRows(java.util.stream.IntStream.range(0, 12).toArray());
    for (int c = 0; c < 9; c++) {
      moved.set(3, c, 4.0 * moved.get(3, c) + 11.0);
    }
    LabelledMatrix y = LabelledMatrix.unlabelled("y", moved);
    double s = metric("compare", "pearson").compare(AlignmentInput.of(x, y), RunContext.quiet(1)).score();
    assertThat(s).as("seed %d", SEED).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void constantPatternIsAClearErrorForCorrelationRdms() {
    DenseMatrix d = RandomMatrices.gaussian("x", 8, 4, SEED, 0).data().toDense();
    for (int c = 0; c < 4; c++) {
      d.set(5, c, 2.5);
    }
    LabelledMatrix x = new LabelledMatrix("layer3", d, Labels.range("img", 8), Labels.range("u", 4));
    LabelledMatrix y = new LabelledMatrix("V1", RandomMatrices.gaussian("y", 8, 3, SEED, 0).data(),
        Labels.range("img", 8), Labels.range("v", 3));
    assertThatThrownBy(() -> metric().compare(AlignmentInput.of(x, y), RunContext.quiet(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("layer3").hasMessageContaining("row 5").hasMessageContaining("img5")
        .hasMessageContaining("rdm=euclidean");
    // Euclidean distances are defined for a constant pattern.
    assertThat(metric("rdm", "euclidean").compare(AlignmentInput.of(x, y), RunContext.quiet(1))
        .score()).isBetween(-1.0, 1.0);
  }

  @Test
  void aConstantPatternIsCaughtEvenWhenItsMeanIsInexact() {
    DenseMatrix d = RandomMatrices.gaussian("x", 7, 3, SEED, 0).data().toDense();
    for (int c = 0; c < 3; c++) {
      d.set(2, c, 0.1); // (0.1 + 0.1 + 0.1) / 3 != 0.1 in doubles
    }
    LabelledMatrix x = LabelledMatrix.unlabelled("x", d);
    assertThatThrownBy(() -> metric().compare(AlignmentInput.of(x, RandomMatrices.gaussian("y", 7, 2, SEED, 0)),
        RunContext.quiet(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("row 2 ('2') is constant");
  }

  @Test
  void constantRdmIsAClearError() {
    LabelledMatrix x = RandomMatrices.gaussian("x", 6, 4, SEED, 0);
    LabelledMatrix same = LabelledMatrix.unlabelled("flat", DenseMatrix.zeros(6, 2));
    assertThatThrownBy(() -> metric("rdm", "euclidean").compare(AlignmentInput.of(x, same),
        RunContext.quiet(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("all equal");
  }

  @Test
  void nonFiniteValuesAreRejected() {
    DenseMatrix d = RandomMatrices.gaussian("x", 6, 4, SEED, 0).data().toDense();
    d.set(2, 1, Double.NaN);
    LabelledMatrix x = LabelledMatrix.unlabelled("x", d);
    assertThatThrownBy(() -> metric().compare(AlignmentInput.of(x, RandomMatrices.gaussian("y", 6, 3, SEED, 0)),
        RunContext.quiet(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("finite")
        .hasMessageContaining("row 2");
  }

  @Test
  void fewerThanThreeStimuliIsRejected() {
    assertThatThrownBy(() -> metric().compare(
        AlignmentInput.of(RandomMatrices.gaussian("x", 2, 4, SEED, 0), RandomMatrices.gaussian("y", 2, 3, SEED, 0)),
        RunContext.quiet(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 3 stimuli");
  }

  @Test
  void unknownChoiceIsRejected() {
    RsaProvider p = new RsaProvider();
    assertThatThrownBy(() -> Options.parse("rsa", p.options(), Map.of("rdm", "cosine")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("correlation, euclidean");
  }

  @Test
  void rdmsCanBeLeftOut() {
    AlignmentResult r = metric("save-rdms", "false").compare(
        AlignmentInput.of(RandomMatrices.gaussian("x", 9, 4, SEED, 0), RandomMatrices.gaussian("y", 9, 3, SEED, 0)), RunContext.quiet(1));
    assertThat(r.arrays()).isEmpty();
    assertThat(r.table("splits")).isPresent();
  }
}

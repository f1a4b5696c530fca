package org.brainalign.study.ceiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.Map;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.table.Table;
import org.junit.jupiter.api.Test;

/** The Responses convention ({@code ncsnr} in voxels, {@code trials} in stimuli) read into NC. */
class NoiseCeilingsTest {

  private static Responses responses(Table stimuli, Table voxels) {
    LabelledMatrix m = LabelledMatrix.unlabelled("y", new DenseMatrix(stimuli.rows().size(),
        voxels.rows().size(), new double[stimuli.rows().size() * voxels.rows().size()]));
    return new Responses(m, stimuli, voxels, Map.of());
  }

  @Test
  void unequalTrialsAverageTheirInverse() {
    Table stimuli = Table.builder("stimuli", "stimulus", "trials").row("a", 1).row("b", 3).build();
    Table voxels = Table.builder("voxels", "id", "ncsnr").row("v0", 1.0).row("v1", 0.0)
        .row("v2", Double.POSITIVE_INFINITY).row("v3", Double.NaN).build();
    double[] nc = NoiseCeilings.of(responses(stimuli, voxels)).orElseThrow();
    // mean 1/n = (1 + 1/3) / 2 = 2/3: ncsnr 1 gives 1 / (1 + 2/3)
    assertThat(nc[0]).isCloseTo(0.6, within(1e-15));
    assertThat(nc[1]).isZero();
    assertThat(nc[2]).isEqualTo(1.0);
    assertThat(nc[3]).isNaN();
  }

  @Test
  void withoutTrialsEveryRowIsOneTrialAndWithoutNcsnrThereIsNoCeiling() {
    Table stimuli = Table.builder("stimuli", "stimulus").row("a").row("b").build();
    Table voxels = Table.builder("voxels", "id", "ncsnr").row("v0", 1.0).build();
    assertThat(NoiseCeilings.of(responses(stimuli, voxels)).orElseThrow()).containsExactly(0.5);
    Table plain = Table.builder("voxels", "id").row("v0").build();
    assertThat(NoiseCeilings.of(responses(stimuli, plain))).isEmpty();
  }

  @Test
  void refusesTrialsBelowOne() {
    Table stimuli = Table.builder("stimuli", "stimulus", "trials").row("a", 0).build();
    Table voxels = Table.builder("voxels", "id", "ncsnr").row("v0", 1.0).build();
    assertThatThrownBy(() -> NoiseCeilings.of(responses(stimuli, voxels)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'trials'");
  }

  @Test
  void subsetKeepsTheColumnsANonFiniteScanKeeps() {
    BitSet dropped = new BitSet();
    dropped.set(1);
    assertThat(NoiseCeilings.subset(new double[] {0.1, 0.2, 0.3}, dropped))
        .containsExactly(0.1, 0.3);
  }
}

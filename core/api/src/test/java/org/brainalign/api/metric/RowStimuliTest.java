package org.brainalign.api.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.split.Split;
import org.junit.jupiter.api.Test;

class RowStimuliTest {
  private static final List<String> IDS = List.of("a#0", "b#0", "a#1", "c#0");
  private static final List<String> STIMULI = List.of("a", "b", "a", "c");

  private static LabelledMatrix matrix(Labels rows) {
    return new LabelledMatrix("m", new DenseMatrix(4, 1, new double[4]), rows, Labels.range("", 1));
  }

  @Test
  void presentationsNameTheirStimulusAndOtherLabelsThemselves() {
    Labels p = Labels.presentations(IDS, STIMULI);
    assertThat(p.get(2)).isEqualTo("a#1");
    assertThat(p.stimulus(2)).isEqualTo("a");
    assertThat(Labels.of(IDS).stimulus(2)).isEqualTo("a#1");
    assertThatThrownBy(() -> Labels.presentations(IDS, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rowStimuliComeFromWhicheverSideNamesThem() {
    LabelledMatrix plain = matrix(Labels.of(IDS));
    LabelledMatrix presented = matrix(Labels.presentations(IDS, STIMULI));
    assertThat(AlignmentInput.of(plain, presented).rowStimuli()).isEqualTo(STIMULI);
    assertThat(AlignmentInput.of(presented, plain).rowStimuli()).isEqualTo(STIMULI);
    assertThat(AlignmentInput.of(plain, plain).rowStimuli()).isEqualTo(IDS);
  }

  @Test
  void anExplicitSplitWithAStimulusOnBothSidesIsALeak() {
    LabelledMatrix plain = matrix(Labels.of(IDS));
    LabelledMatrix presented = matrix(Labels.presentations(IDS, STIMULI));
    Split leak = new Split(new int[] {0, 1}, new int[] {2, 3});
    assertThatThrownBy(() -> new AlignmentInput(plain, presented, List.of(leak)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("stimulus 'a' in train row 0 and test row 2");
    Split apart = new Split(new int[] {0, 2}, new int[] {1, 3});
    assertThat(new AlignmentInput(plain, presented, List.of(apart)).splits()).hasSize(1);
    // unlabelled (or uniquely labelled) rows: every row its own stimulus, nothing to leak
    assertThat(new AlignmentInput(plain, plain, List.of(leak)).splits()).hasSize(1);
  }
}

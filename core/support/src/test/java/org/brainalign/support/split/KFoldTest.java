package org.brainalign.support.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.split.Split;
import org.junit.jupiter.api.Test;

class KFoldTest {

  @Test
  void foldsEqualScikitLearnKFold() {
    int checked = 0;
    for (String[] r : NumpyGolden.rows("kfold.csv")) {
      int n = Integer.parseInt(r[0]);
      int k = Integer.parseInt(r[1]);
      long seed = Long.parseLong(r[2]);
      int fold = Integer.parseInt(r[3]);
      int[] test = Arrays.stream(r, 4, r.length).mapToInt(Integer::parseInt).toArray();
      List<Split> splits = KFold.split(n, k, seed);
      assertThat(splits.get(fold).test()).as("n %d k %d seed %d fold %d", n, k, seed, fold)
          .containsExactly(test);
      assertThat(splits.get(fold).train().length + test.length).isEqualTo(n);
      checked++;
    }
    assertThat(checked).isEqualTo(5 + 8 + 8 + 9);
  }

  @Test
  void everyRowIsTestedExactlyOnce() {
    List<Split> splits = KFold.split(101, 8, 9);
    int[] seen = new int[101];
    for (Split s : splits) {
      s.validate(101, "kfold");
      for (int t : s.test()) {
        seen[t]++;
      }
    }
    assertThat(seen).containsOnly(1);
  }

  @Test
  void badFoldCountsAreClearErrors() {
    assertThatThrownBy(() -> KFold.split(10, 1, 0)).isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("at least 2");
    assertThatThrownBy(() -> KFold.split(5, 8, 0)).isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("at most");
  }

  @Test
  void splitValidationNamesTheOffendingRow() {
    Split overlap = new Split(new int[] {0, 1, 2}, new int[] {2, 3});
    assertThatThrownBy(() -> overlap.validate(10, "idx")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("row 2 in both");
    Split outside = new Split(new int[] {0, 1}, new int[] {10});
    assertThatThrownBy(() -> outside.validate(10, "idx")).hasMessageContaining("row 10");
    Split dup = new Split(new int[] {0, 1, 1}, new int[] {3});
    assertThatThrownBy(() -> dup.validate(10, "idx")).hasMessageContaining("repeated");
  }
}

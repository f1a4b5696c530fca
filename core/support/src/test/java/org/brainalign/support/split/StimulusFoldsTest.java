package org.brainalign.support.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.split.Split;
import org.junit.jupiter.api.Test;

class StimulusFoldsTest {

  /** The fixture of src/test/python/generate_stimulus_folds.py: sklearn KFold over stimuli. */
  @Test
  void foldsEqualScikitLearnKFoldOverFirstAppearanceStimuli() throws IOException {
    Map<String, List<String>> ids = new HashMap<>();
    int checked = 0;
    for (String line : fixture()) {
      String[] f = line.split(",");
      if (f[0].equals("ids")) {
        ids.put(f[1], List.of(Arrays.copyOfRange(f, 2, f.length)));
        continue;
      }
      List<String> stimuli = ids.get(f[1]);
      int k = Integer.parseInt(f[2]);
      long seed = Long.parseLong(f[3]);
      int[] expected = Arrays.stream(f, 4, f.length).mapToInt(Integer::parseInt).toArray();
      assertThat(foldOfRow(StimulusFolds.of(stimuli).split(k, seed), stimuli.size()))
          .as("case %s k %d seed %d", f[1], k, seed).containsExactly(expected);
      checked++;
    }
    assertThat(checked).isEqualTo(4 * 3 * 3);
  }

  @Test
  void distinctStimuliGiveExactlyTheRowKFold() {
    Random r = new Random(11);
    for (int trial = 0; trial < 40; trial++) {
      int n = 2 + r.nextInt(300);
      int k = 2 + r.nextInt(Math.min(n, 12) - 1);
      long seed = r.nextInt(Integer.MAX_VALUE);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add("id" + r.nextInt(1_000_000) + "_" + i); // distinct, in no particular order
      }
      List<Split> grouped = StimulusFolds.of(ids).split(k, seed);
      List<Split> rows = KFold.split(n, k, seed);
      for (int f = 0; f < k; f++) {
        assertThat(grouped.get(f).test()).as("n %d k %d seed %d", n, k, seed)
            .containsExactly(rows.get(f).test());
        assertThat(grouped.get(f).train()).containsExactly(rows.get(f).train());
      }
    }
  }

  @Test
  void noStimulusIsInBothTrainAndTest() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    for (int trial = 0; trial < 50; trial++) {
      int distinct = 2 + r.nextInt(60);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < distinct; i++) {
        for (int rep = r.nextInt(4); rep >= 0; rep--) {
          ids.add("s" + i);
        }
      }
      java.util.Collections.shuffle(ids, r);
      int k = 2 + r.nextInt(Math.min(distinct, 10) - 1);
      List<Split> splits = StimulusFolds.of(ids).split(k, r.nextInt(1000));
      int[] tested = new int[ids.size()];
      for (Split s : splits) {
        s.validate(ids.size(), "test");
        s.requireStimuliApart(ids, "random stimuli, seed " + seed);
        for (int t : s.test()) {
          tested[t]++;
        }
      }
      assertThat(tested).as("seed %d trial %d", seed, trial).containsOnly(1);
    }
  }

  @Test
  void tooManyFoldsNamesBothCounts() {
    List<String> ids = List.of("a", "a", "b", "b", "c", "c");
    assertThatThrownBy(() -> StimulusFolds.of(ids).split(4, 0))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("distinct stimuli (3").hasMessageContaining("6 rows")
        .hasMessageContaining("found 4").hasMessageContaining("at most 3 folds");
    assertThat(StimulusFolds.of(ids).describe()).isEqualTo("3 stimuli (6 rows)");
    assertThat(StimulusFolds.of(List.of("a", "b")).describe()).isEqualTo("2 stimuli");
  }

  private static int[] foldOfRow(List<Split> splits, int n) {
    int[] fold = new int[n];
    Arrays.fill(fold, -1);
    for (int f = 0; f < splits.size(); f++) {
      for (int t : splits.get(f).test()) {
        assertThat(fold[t]).as("row %d tested twice", t).isEqualTo(-1);
        fold[t] = f;
      }
    }
    return fold;
  }

  private static List<String> fixture() throws IOException {
    try (InputStream in = StimulusFoldsTest.class.getResourceAsStream("/stimulus-folds/folds.csv")) {
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(s -> !s.isBlank()).toList();
    }
  }
}

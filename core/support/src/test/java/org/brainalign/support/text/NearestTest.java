package org.brainalign.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestTest {

  @Test
  void distanceIsLevenshtein() {
    assertThat(Nearest.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Nearest.distance("", "abc")).isEqualTo(3);
    assertThat(Nearest.distance("flaw", "lawn")).isEqualTo(2);
    assertThat(Nearest.distance("same", "same")).isZero();
  }

  @Test
  void ofSuggestsOnlyCloseNamesOrPrefixes() {
    List<String> keys = List.of("spec", "layers");
    assertThat(Nearest.of("layer", keys)).isEqualTo("layers");
    assertThat(Nearest.of("LAYERS", keys)).as("case-blind").isEqualTo("layers");
    assertThat(Nearest.of("fold", List.of("folds", "seed"))).isEqualTo("folds");
    assertThat(Nearest.of("completely-different", keys)).isNull();
    assertThat(Nearest.suggestion("layr", keys)).isEqualTo(" Did you mean 'layers'?");
    assertThat(Nearest.suggestion("zzzzzzzzzz", keys)).isEmpty();
  }

  @Test
  void closestAlwaysNamesOneTiesGoingToTheFirst() {
    assertThat(Nearest.closest("S9", List.of("S1", "S2"))).isEqualTo("S1");
    assertThat(Nearest.closest("zzzzzzzz", List.of("rois", "stimuli"))).isNotNull();
    assertThat(Nearest.closest("x", List.of())).isNull();
  }
}

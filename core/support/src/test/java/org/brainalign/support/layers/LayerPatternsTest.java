package org.brainalign.support.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.brainalign.api.model.LayerInfo;
import org.junit.jupiter.api.Test;

class LayerPatternsTest {
  private static final List<LayerInfo> LAYERS = List.of(
      new LayerInfo("conv1", new int[] {64}), new LayerInfo("layer1.0", new int[] {256}),
      new LayerInfo("layer1.1", new int[] {256}), new LayerInfo("layer10", new int[] {8}),
      new LayerInfo("fc", new int[] {1000}));

  private static List<String> select(String... patterns) {
    return LayerPatterns.select(LAYERS, List.of(patterns), p -> new IllegalArgumentException(p))
        .stream().map(LayerInfo::name).toList();
  }

  @Test
  void namesGlobsAndAll() {
    assertThat(LayerPatterns.matches("layer1.0", "layer1.0")).isTrue();
    assertThat(LayerPatterns.matches("layer1.*", "layer1.1")).isTrue();
    assertThat(LayerPatterns.matches("layer1.*", "layer10")).as("'.' is literal").isFalse();
    assertThat(LayerPatterns.matches("layer1?", "layer10")).isTrue();
    assertThat(LayerPatterns.matches("layer1", "layer10")).as("whole name").isFalse();
    assertThat(LayerPatterns.matches("all", "anything.at-all")).isTrue();
    assertThat(LayerPatterns.matches("l[a]yer1.0", "layer1.0")).as("no regex").isFalse();
    assertThat(LayerPatterns.matchesAny(List.of("fc", "conv?"), "conv1")).isTrue();
    assertThat(LayerPatterns.matchesAny(List.of(), "conv1")).isFalse();
  }

  @Test
  void selectionIsInDepthOrderWithoutDuplicates() {
    assertThat(select("fc", "layer1.*", "layer1.0")).containsExactly("layer1.0", "layer1.1", "fc");
    assertThat(select("all")).hasSize(5);
  }

  @Test
  void theFirstPatternMatchingNothingIsTheCallersError() {
    assertThatThrownBy(() -> select("fc", "layer9*", "nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("layer9*");
  }
}

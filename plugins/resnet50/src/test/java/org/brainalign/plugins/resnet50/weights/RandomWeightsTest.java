package org.brainalign.plugins.resnet50.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.brainalign.plugins.resnet50.network.ResNet50Layout;
import org.junit.jupiter.api.Test;

class RandomWeightsTest {
  @Test
  void sameSeedSameBitsAndTorchvisionScales() {
    long seed = 7;
    System.out.println("seed " + seed);
    Map<String, long[]> layout = ResNet50Layout.parameters();
    Weights a = RandomWeights.draw(layout, seed);
    Weights b = RandomWeights.draw(layout, seed);
    Weights c = RandomWeights.draw(layout, seed + 1);
    assertThat(a.tensors().get("layer3.2.conv2.weight")).isEqualTo(b.tensors().get("layer3.2.conv2.weight"));
    assertThat(a.tensors().get("layer3.2.conv2.weight")).isNotEqualTo(c.tensors().get("layer3.2.conv2.weight"));
    long total = layout.entrySet().stream().filter(e -> !e.getKey().contains("running"))
        .mapToLong(e -> java.util.Arrays.stream(e.getValue()).reduce(1, (x, y) -> x * y)).sum();
    assertThat(total).as("ResNet50 trainable parameters").isEqualTo(25_557_032L);
    // kaiming_normal fan_out: layer3.*.conv2 has fan_out 256·3·3, std √(2/2304) ≈ 0.02946
    float[] w = a.tensors().get("layer3.2.conv2.weight");
    double sq = 0;
    for (float v : w) {
      sq += v * v;
    }
    assertThat(Math.sqrt(sq / w.length)).isCloseTo(Math.sqrt(2.0 / 2304), within(0.0005));
    assertThat(a.tensors().get("bn1.running_var")).containsOnly(1f);
    assertThat(a.tensors().get("bn1.bias")).containsOnly(0f);
    for (float v : a.tensors().get("fc.bias")) {
      assertThat(Math.abs(v)).isLessThanOrEqualTo((float) (1 / Math.sqrt(2048)));
    }
  }
}

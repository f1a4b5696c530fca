package org.brainalign.djl.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.plugins.resnet50.network.ResNet50Layout;
import org.junit.jupiter.api.Test;

class LayerSelectionTest {
  private final List<LayerInfo> layers = ResNet50Layout.layers(224);

  private List<String> names(String... requested) {
    return LayerSelection.resolve(layers, List.of(requested)).stream().map(LayerInfo::name).toList();
  }

  @Test
  void globsExpandInDepthOrderWithoutDuplicates() {
    assertThat(names("layer3.*")).containsExactly(
        "layer3.0", "layer3.1", "layer3.2", "layer3.3", "layer3.4", "layer3.5");
    assertThat(names("fc", "layer4", "layer1.?", "layer4")).containsExactly(
        "layer1.0", "layer1.1", "layer1.2", "layer4", "fc");
    assertThat(names("all")).hasSize(layers.size());
    assertThat(names("layer?")).containsExactly("layer1", "layer2", "layer3", "layer4");
  }

  @Test
  void unknownNameListsTheLayers() {
    assertThatThrownBy(() -> names("layer2", "conv9"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'conv9'").hasMessageContaining("layer4.2");
    assertThatThrownBy(() -> names()).isInstanceOf(InvalidInputException.class);
  }
}

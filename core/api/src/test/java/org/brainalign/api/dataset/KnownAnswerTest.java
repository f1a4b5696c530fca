package org.brainalign.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The known answer read from a manifest: typed keys, the dataset's own keys kept in order. */
class KnownAnswerTest {

  private static Map<String, Object> surrogateLike() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source_model", "resnet50");
    m.put("layer", "layer3");
    m.put("readout", "local");
    m.put("reliability", 0.5);
    m.put("images", 80);
    m.put("equivalent_layers", List.of("layer3.5"));
    return m;
  }

  @Test
  void readsTheKeysIdentificationScores() {
    KnownAnswer k = KnownAnswer.of(surrogateLike()).orElseThrow();
    assertThat(k.layer()).contains("layer3");
    assertThat(k.equivalentLayers()).containsExactly("layer3.5");
    assertThat(k.readout()).isEqualTo("local");
    assertThat(k.reliability()).isEqualTo(0.5);
    assertThat(k.images()).isEqualTo(80);
    assertThat(k.asMap().keySet()).containsExactly("source_model", "layer", "readout",
        "reliability", "images", "equivalent_layers");
  }

  @Test
  void aProseAnswerOrNoneIsNotAKnownAnswer() {
    assertThat(KnownAnswer.of("best explained by late layers")).isEmpty();
    assertThat(KnownAnswer.of(null)).isEmpty();
    assertThat(KnownAnswer.of(Map.of("readout", "pooled")).orElseThrow().layer()).isEmpty();
  }

  @Test
  void wrongTypesAreRefusedWithTheKey() {
    Map<String, Object> m = surrogateLike();
    m.put("equivalent_layers", "layer2");
    assertThatThrownBy(() -> new KnownAnswer(m)).hasMessageContaining("'equivalent_layers' must "
        + "be a list");
    Map<String, Object> n = surrogateLike();
    n.put("reliability", "high");
    assertThatThrownBy(() -> new KnownAnswer(n)).hasMessageContaining("'reliability' must be a "
        + "number, found 'high'");
  }
}

package org.brainalign.plugins.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.plugins.simulated.random.Draws;
import org.junit.jupiter.api.Test;

/**
 * {@link Draws} against numpy's legacy RandomState (golden/draws.csv): uniform and integer draws are
 * bit-identical; normal draws agree to 1e-15 relative (numpy's C log may differ from fdlibm's in the
 * last place).
 */
class DrawsGoldenTest {

  @Test
  void drawsMatchNumpyRandomState() {
    List<String[]> rows = Golden.rows("draws.csv");
    // One stream per (seed, kind), replayed in file order, as the generator drew them.
    Map<String, Draws> streams = new HashMap<>();
    int checked = 0;
    for (String[] r : rows) {
      long seed = Long.parseLong(r[0]);
      String kind = r[1];
      Draws d = streams.computeIfAbsent(seed + "/" + kind, k -> new Draws(seed));
      switch (kind) {
        case "uniform" -> assertThat(d.uniform()).isEqualTo(Double.parseDouble(r[4]));
        case "integer" -> assertThat(d.integer(Integer.parseInt(r[2])))
            .as("seed %d randint(0, %s) #%s", seed, r[2], r[3]).isEqualTo(Integer.parseInt(r[4]));
        case "normal" -> {
          double expected = Double.parseDouble(r[4]);
          assertThat(d.normal()).isCloseTo(expected, within(1e-15 * Math.max(1, Math.abs(expected))));
        }
        default -> throw new AssertionError(kind);
      }
      checked++;
    }
    assertThat(checked).isEqualTo(rows.size()).isGreaterThan(400);
  }
}

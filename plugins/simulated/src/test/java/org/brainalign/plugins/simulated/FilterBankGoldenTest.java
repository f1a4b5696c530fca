package org.brainalign.plugins.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brainalign.api.model.RgbImage;
import org.brainalign.plugins.simulated.filter.EnergyMaps;
import org.brainalign.plugins.simulated.filter.FilterBank;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FilterBank} against an independent numpy implementation (golden/energy_SIZE.csv) on a
 * synthetic image both sides compute from an integer formula: at 112 px (no resampling) and at
 * 150 px (area resampling to the 112 px analysis grid).
 */
class FilterBankGoldenTest {

  /** Byte (x*7 + y*13 + c*29 + (x*y) % 17 + 40 * ((x + 2y) / 9 % 2)) % 256, as the generator. */
  static RgbImage synthetic(int size) {
    byte[] px = new byte[size * size * 3];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int stripe = ((x + 2 * y) / 9) % 2;
        for (int c = 0; c < 3; c++) {
          px[3 * (y * size + x) + c] = (byte) ((x * 7 + y * 13 + c * 29 + (x * y) % 17 + 40 * stripe)
              % 256);
        }
      }
    }
    return new RgbImage(size, size, px);
  }

  @ParameterizedTest
  @ValueSource(ints = {112, 150})
  void energyMatchesNumpy(int size) {
    EnergyMaps maps = FilterBank.energy(synthetic(size));
    List<String[]> rows = Golden.rows("energy_" + size + ".csv");
    assertThat(rows).hasSize(FilterBank.CHANNELS * FilterBank.GRID * FilterBank.GRID);
    double max = 0;
    for (String[] r : rows) {
      max = Math.max(max, Double.parseDouble(r[3]));
    }
    assertThat(max).isPositive();
    for (String[] r : rows) {
      int c = Integer.parseInt(r[0]);
      int gy = Integer.parseInt(r[1]);
      int gx = Integer.parseInt(r[2]);
      double expected = Double.parseDouble(r[3]);
      assertThat(Math.abs(maps.at(c, gx, gy) - expected))
          .as("channel %d at (%d, %d): %g vs numpy %g", c, gx, gy, maps.at(c, gx, gy), expected)
          .isLessThanOrEqualTo(1e-12 * max);
    }
  }
}

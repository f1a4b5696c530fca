package org.brainalign.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/** Log axes always show at least one labelled power of ten. */
class LogRangesTest {
  @Test
  void rangesHoldingAPowerOfTenAreKept() {
    assertThat(LogRanges.withPowerOfTen(0.05, 0.8)).isEqualTo(new Range(0.05, 0.8));
    assertThat(LogRanges.withPowerOfTen(1, 12)).isEqualTo(new Range(1, 12));
    assertThat(LogRanges.withPowerOfTen(0.1, 0.1)).isEqualTo(new Range(0.1, 0.1));
  }

  @Test
  void rangesWithinOneDecadeGrowToTheNearerPower() {
    // log10(1/0.8) = 0.10 < log10(0.2/0.1) = 0.30: the top moves to 1.
    assertThat(LogRanges.withPowerOfTen(0.2, 0.8)).isEqualTo(new Range(0.2, 1));
    // log10(0.15/0.1) = 0.18 < log10(1/0.3) = 0.52: the bottom moves to 0.1.
    assertThat(LogRanges.withPowerOfTen(0.15, 0.3)).isEqualTo(new Range(0.1, 0.3));
    assertThat(LogRanges.withPowerOfTen(2, 5)).isEqualTo(new Range(1, 5));
  }
}

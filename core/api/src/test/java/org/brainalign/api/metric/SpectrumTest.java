package org.brainalign.api.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.brainalign.api.table.Table;
import org.junit.jupiter.api.Test;

/** The spectrum's table: its columns in their one order, and the round trips the host relies on. */
class SpectrumTest {

  private static final double[] CORR = {0.9, 0.5, 0.1};

  @Test
  void tableHasRankThenThePresentColumnsInOrder() {
    Spectrum s = new Spectrum(CORR, new double[3], new double[3], null, new double[] {0.2, 0.2, 0.2},
        null, new boolean[] {true, true, false}, null, null);
    Table t = s.table();
    assertThat(t.name()).isEqualTo("spectrum");
    assertThat(t.columns()).containsExactly("rank", "correlation", "correlation_sd",
        "singular_value", "null_quantile", "reliable");
    assertThat(t.rows().get(0)).containsExactly(1, 0.9, 0.0, 0.0, 0.2, true);
    assertThat(s.sharedDimensionality()).contains(2);
  }

  @Test
  void roundTripsThroughTheResultAndThroughNumericColumns() {
    Spectrum s = new Spectrum(CORR, CORR, CORR, CORR, CORR, CORR, new boolean[] {true, false, true},
        CORR, CORR);
    AlignmentResult r = new AlignmentResult("m", 1, "x", true, Map.of(), List.of(s.table()),
        Map.of());
    Spectrum back = r.spectrum().orElseThrow();
    assertThat(back.table()).isEqualTo(s.table());
    assertThat(back.sharedDimensionality()).contains(1);
    Spectrum fromCsv = Spectrum.of(Map.of("correlation", CORR, "reliable", new double[] {1, 0, 1}));
    assertThat(fromCsv.reliableAt(2)).isTrue();
    assertThat(fromCsv.correlationSd()).isNull();
    assertThat(Spectrum.at(fromCsv.correlationSd(), 0)).isNaN();
  }

  @Test
  void aResultWithoutASpectrumTableHasNone() {
    AlignmentResult r = new AlignmentResult("m", 1, "x", true, Map.of(), List.of(), Map.of());
    assertThat(r.spectrum()).isEmpty();
    assertThat(Spectrum.of(CORR, null, null).sharedDimensionality()).isEmpty();
  }

  @Test
  void columnsOfAnotherLengthAreRefused() {
    assertThatThrownBy(() -> Spectrum.of(CORR, new double[2], null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("correlation_sd has 2 ranks, expected 3");
  }
}

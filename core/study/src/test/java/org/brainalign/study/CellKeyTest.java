package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brainalign.api.model.LayerInfo;
import org.junit.jupiter.api.Test;

/**
 * Cell folder names are persisted (a resumed or merged study finds its cells by them), so the typed
 * keys must name a cell exactly as the joined strings of earlier releases did. The digests below
 * are that formula computed independently (Python's hashlib.sha256 of the {@code |}-joined context,
 * subject, ROI, layer, reducer spec and metric spec; first 10 hex digits).
 */
class CellKeyTest {
  static final GridCell CELL = new GridCell("subj01", "V1 v", new LayerInfo("layer1.0",
      new int[] {256, 28, 28}), 4, new ReducerVariant("sparse-random-projection:axis=channel,dim=64,"
      + "seed=0", "channel", 64L, input -> null, null, List.of()), new MetricVariant("cross-decomposition",
      "cross-decomposition:folds=8", null, null));
  static final GridCell PLAIN = new GridCell("subj02", "late", new LayerInfo("fc",
      new int[] {1000}), 9, ReducerVariant.NONE, new MetricVariant("rsa", "rsa:distance=correlation",
      null, null));

  @Test
  void aDefaultContextNamesCellsAsBefore() {
    CellContext ctx = new CellContext("resnet50:weights=random:0", "simulated:images=120", false,
        null, null);
    assertThat(ctx.canonical()).isEqualTo("resnet50:weights=random:0|simulated:images=120");
    assertThat(CELL.key(ctx).folder())
        .isEqualTo("subj01_V1-v_layer1.0_channel-64_cross-decomposition_d8a56acbd7");
    assertThat(PLAIN.key(ctx).folder()).isEqualTo("subj02_late_fc_none_rsa_df449ffa34");
  }

  @Test
  void everyNonDefaultSettingIsPartOfTheIdentity() {
    CellContext ctx = new CellContext("m", "d", true, "torch:device=cuda", "torch:device=cpu");
    assertThat(ctx.canonical())
        .isEqualTo("m|d|non-finite=drop|gram-backend=torch:device=cuda|eigen-backend=torch:device=cpu");
    assertThat(CELL.key(ctx).folder()).endsWith("_36c7c145ed");
    assertThat(CELL.key(ctx)).isNotEqualTo(CELL.key(new CellContext("m", "d", false, null, null)));
  }

  @Test
  void cellsOfOneGroupShareTheGroupKey() {
    GridCell otherRoi = new GridCell("subj01", "V2", CELL.layer(), 4, CELL.reducer(), CELL.metric());
    assertThat(otherRoi.groupKey()).isEqualTo(CELL.groupKey());
    assertThat(PLAIN.groupKey()).isNotEqualTo(CELL.groupKey());
  }
}

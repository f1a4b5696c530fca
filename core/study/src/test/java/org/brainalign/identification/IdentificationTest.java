package org.brainalign.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.dataset.KnownAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rank of the true layer with known numbers: ties, a true layer the study lacks, a metric where
 * lower is better, NaN scores, a spectrum metric compared by its leading correlation (not its
 * score), ROIs without a known answer.
 */
class IdentificationTest {
  static final List<String> LAYERS = List.of("relu", "layer1", "layer2", "layer3");
  final List<CellEvidence> cells = new ArrayList<>();

  private void scores(String metric, boolean higherIsBetter, double... perLayer) {
    for (int l = 0; l < perLayer.length; l++) {
      cells.add(new CellEvidence("surrogate", "subj01", "early", metric, LAYERS.get(l), l, "none",
          0, false,
          Double.NaN, perLayer[l], higherIsBetter));
    }
  }

  private static Map<String, Map<String, KnownAnswer>> answer(String layer, String... equivalent) {
    Map<String, Object> known = new LinkedHashMap<>();
    known.put("layer", layer);
    known.put("equivalent_layers", List.of(equivalent));
    known.put("readout", "local");
    known.put("reliability", 0.5);
    Map<String, KnownAnswer> rois = new LinkedHashMap<>();
    rois.put("early", new KnownAnswer(known));
    return Map.of("subj01", rois);
  }

  private IdentificationColumns.Row only(String layer) {
    List<IdentificationColumns.Row> rows = Identification.rows(cells, answer(layer));
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  /** The row's rank among the study's layers, its ties, and whether its layer is identified. */
  private static void assertRanked(IdentificationColumns.Row r, int rank, int ties,
      boolean identified) {
    assertThat(r.rank()).as("rank").isEqualTo(rank);
    assertThat(r.ties()).as("ties").isEqualTo(ties);
    assertThat(r.identified()).as("identified").isEqualTo(identified);
  }

  @Test
  void rankCountsStrictlyBetterLayers() {
    scores("rsa", true, 0.1, 0.3, 0.4, 0.2);
    IdentificationColumns.Row r = only("layer1");
    assertRanked(r, 2, 0, false);
    assertThat(r.bestLayer()).isEqualTo("layer2");
    assertThat(r.candidates()).isEqualTo(4);
    assertThat(r.criterion()).isEqualTo(Criterion.SCORE);
    assertThat(r.trueReadout()).isEqualTo("local");
    assertThat(r.reliability()).isEqualTo(0.5);
    assertThat(r.images()).isNull();
    assertThat(only("layer2").identified()).isTrue();
  }

  @Test
  void anExactTieIsRankOneButNotIdentified() {
    scores("rsa", true, 0.1, 0.4, 0.4, 0.2);
    IdentificationColumns.Row deep = only("layer2");
    assertRanked(deep, 1, 1, false);
    assertThat(deep.bestLayer()).isEqualTo("layer1"); // the shallower of the tie
  }

  @Test
  void lowerIsBetterScoresAreTurned() {
    scores("mse", false, 0.9, 0.2, 0.5, 0.6);
    IdentificationColumns.Row r = only("layer1");
    assertThat(r.rank()).isEqualTo(1);
    assertThat(r.identified()).isTrue();
    assertThat(r.criterion()).isEqualTo(Criterion.NEGATED_SCORE);
  }

  @Test
  void nanScoresLoseToEveryNumberAndTieEachOther() {
    scores("rsa", true, Double.NaN, 0.1, Double.NaN, 0.05);
    assertThat(only("layer1").identified()).isTrue();
    IdentificationColumns.Row nan = only("relu");
    assertRanked(nan, 3, 1, false);
  }

  @Test
  void anEquivalentLayerNamesTheAnswerAndNeverCountsAgainstIt() {
    scores("rsa", true, 0.1, 0.3, 0.5, 0.4);
    List<IdentificationColumns.Row> rows = Identification.rows(cells, answer("layer3", "layer2"));
    IdentificationColumns.Row r = rows.get(0);
    assertRanked(r, 1, 0, true);
    assertThat(r.equivalentLayers()).isEqualTo("layer2");
    assertThat(r.bestLayer()).isEqualTo("layer2");
    // without the equivalence, layer3 is second
    assertThat(only("layer3").rank()).isEqualTo(2);
    // only the equivalent is in the study: it stands for the answer
    assertThat(Identification.rows(cells, answer("layer4", "layer1")).get(0).rank())
        .isEqualTo(3);
  }

  private void reduced(String metric, String layer, String axis, long dim, double score,
      boolean higherIsBetter) {
    cells.add(new CellEvidence("surrogate", "subj01", "early", metric, layer, LAYERS.indexOf(layer),
        axis, dim, false, Double.NaN, score, higherIsBetter));
  }

  @Test
  void theReadoutIsTheAxisWhoseReductionCostsMoreAtTheTrueLayer() {
    scores("rsa", true, 0.1, 0.6, 0.4, 0.2);
    reduced("rsa", "layer1", "channel", 16, 0.58, true); // a common dim, but not the smallest
    reduced("rsa", "layer1", "spatial", 16, 0.50, true);
    reduced("rsa", "layer1", "channel", 4, 0.55, true);
    reduced("rsa", "layer1", "spatial", 4, 0.30, true);
    reduced("rsa", "layer1", "spatial", 2, 0.10, true); // no channel twin: not compared
    reduced("rsa", "layer2", "channel", 4, 0.01, true); // another layer: ignored
    IdentificationColumns.Row r = only("layer1");
    assertThat(r.rank()).as("reduced cells do not rank layers").isEqualTo(1);
    assertThat(r.candidates()).isEqualTo(4);
    assertThat(r.readout().dim()).isEqualTo(4);
    assertThat(r.readout().channelCost()).isCloseTo(0.05, within(1e-12));
    assertThat(r.readout().spatialCost()).isCloseTo(0.30, within(1e-12));
    assertThat(r.readout().inferred()).isEqualTo("local");
    assertThat(r.values().get(IdentificationColumns.ALL.indexOf("readout_identified")))
        .isEqualTo(true);
    assertThat(only("layer2").readout()).as("layer2 has a channel reduction only").isNull();
  }

  @Test
  void aLowerIsBetterMetricsCostsAreTurnedToo() {
    scores("mse", false, 0.9, 0.2, 0.5, 0.6);
    reduced("mse", "layer1", "channel", 4, 0.7, false);
    reduced("mse", "layer1", "spatial", 4, 0.3, false);
    IdentificationColumns.Row r = only("layer1");
    assertThat(r.readout().inferred()).isEqualTo("pooled");
    assertThat(r.values().get(IdentificationColumns.ALL.indexOf("readout_identified")))
        .isEqualTo(false);
  }

  @Test
  void withoutBothSweepsAtOneDimTheReadoutIsLeftEmpty() {
    scores("rsa", true, 0.1, 0.6, 0.4, 0.2);
    reduced("rsa", "layer1", "channel", 8, 0.55, true);
    reduced("rsa", "layer1", "spatial", 4, 0.30, true);
    IdentificationColumns.Row r = only("layer1");
    assertThat(r.readout()).isNull();
    assertThat(r.values().get(IdentificationColumns.ALL.indexOf("inferred_readout"))).isNull();
  }

  @Test
  void aTrueLayerTheStudyLacksIsSaidNotDropped() {
    scores("rsa", true, 0.1, 0.3, 0.4, 0.2);
    IdentificationColumns.Row r = only("layer4");
    assertThat(r.rank()).isNull();
    assertThat(r.ties()).isNull();
    assertThat(r.identified()).isNull();
    assertThat(r.trueLayer()).isEqualTo("layer4");
    assertThat(r.note()).contains("layer4").contains("relu, layer1, layer2, layer3");
    assertThat(r.values()).hasSize(IdentificationColumns.ALL.size());
  }

  @Test
  void aSpectrumMetricIsComparedByItsLeadingCorrelationNotItsScore() {
    double[] leading = {0.30, 0.45, 0.40, 0.20};
    double[] sharedDims = {31, 30, 12, 5};
    for (int l = 0; l < 4; l++) {
      cells.add(new CellEvidence("surrogate", "subj01", "early", "cross-decomposition",
          LAYERS.get(l), l, "none", 0, true, leading[l], sharedDims[l], true));
    }
    IdentificationColumns.Row r = only("layer1");
    assertThat(r.criterion()).isEqualTo(Criterion.LEADING_CORRELATION);
    assertThat(r.identified()).isTrue();
    assertThat(r.bestLayer()).isEqualTo("layer1");
  }

  @Test
  void leadingCorrelationAveragesRanksOneToTenSkippingNaN() {
    double[] rank = new double[20];
    double[] corr = new double[20];
    for (int i = 0; i < 20; i++) {
      rank[i] = 20 - i; // any order
      corr[i] = 20 - i;
    }
    assertThat(Criterion.leadingCorrelation(rank, corr)).isEqualTo(5.5);
    corr[19] = Double.NaN; // rank 1
    assertThat(Criterion.leadingCorrelation(rank, corr)).isEqualTo(6.0);
    assertThat(Criterion.leadingCorrelation(new double[] {11}, new double[] {1})).isNaN();
  }

  @Test
  void roisWithoutAKnownAnswerGiveNoRowsAndNoFile(@TempDir Path dir) throws IOException {
    scores("rsa", true, 0.1, 0.3, 0.4, 0.2);
    assertThat(Identification.rows(cells, Map.of())).isEmpty();
    Identification.write(Identification.rows(cells, answer("layer2")), dir);
    List<String> lines = Files.readAllLines(dir.resolve(Identification.FILE));
    assertThat(lines.get(0)).isEqualTo(String.join(",", IdentificationColumns.ALL));
    assertThat(lines.get(1)).isEqualTo(
        "surrogate,subj01,early,rsa,layer2,,local,0.5,,4,1,0,true,score,layer2,,,,,,");
    Identification.write(List.of(), dir);
    assertThat(dir.resolve(Identification.FILE)).doesNotExist();
  }
}

package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.brainalign.identification.Identification;
import org.brainalign.identification.IdentificationColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny surrogate study through {@code brainalign run} (the study runner) and {@code merge}: the
 * ROIs are read out from the network under test ({@code early}: 3 × 3 windows of a 4-channel
 * mixture of layer1; {@code late}: the spatial mean of an 8-channel mixture of layer4) at a high
 * reliability (0.9 per trial, 3 trials). {@code identification.csv} has one row per metric × subject
 * × ROI; cross-decomposition ranks layer1 first for {@code early} in both subjects; {@code late}'s
 * layer4 is not among the study's layers, which its rows say; the report shows the section;
 * {@code merge} writes the same file byte for byte.
 */
class IdentificationStudyTest {
  static final String SOURCE = "[resnet50:weights=random:0,resize=64,crop=64,batch=16]";
  static final String STUDY = """
      name: identification
      model:
        spec: resnet50:weights=random:0,resize=64,crop=64,batch=16
        layers: [relu, layer1, layer2, layer3]
      dataset:
        spec: surrogate:source=%s,rois=[early,late],readouts=[local,pooled],layers=[layer1,layer4],latent=[4,8],rf=3,voxels=60,reliability=0.9,trials=3,subjects=2,images=80,size=64,seed=3
        subjects: all
        rois: [early, late]
      metrics:
        - cross-decomposition
        - rsa
      cross-validation:
        folds: 4
        seed: 0
      """.formatted(SOURCE);

  @TempDir
  Path dir;

  @Test
  void theSourceLayerIsIdentifiedAndTheTableSurvivesAMerge() throws IOException {
    Cli r = Cli.runStudy(dir, STUDY);
    assertThat(r.exit).as(r.toString()).isZero();
    Path out = dir.resolve("out");
    Path file = out.resolve(Identification.FILE);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo(String.join(",", IdentificationColumns.ALL));
    // 2 subjects × 2 ROIs × 2 metrics
    assertThat(lines).hasSize(1 + 8);
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      rows.add(Arrays.asList(line.split(",", -1)));
    }
    int roi = IdentificationColumns.ALL.indexOf("roi");
    int metric = IdentificationColumns.ALL.indexOf("metric");
    int col = IdentificationColumns.ALL.indexOf("identified");
    for (List<String> row : rows) {
      String text = String.join(",", row);
      assertThat(row.get(IdentificationColumns.ALL.indexOf("candidates"))).as(text).isEqualTo("4");
      assertThat(row.get(IdentificationColumns.ALL.indexOf("reliability"))).as(text)
          .isEqualTo("0.9");
      if (row.get(roi).equals("early")) {
        assertThat(row.get(IdentificationColumns.ALL.indexOf("true_layer"))).isEqualTo("layer1");
        assertThat(row.get(IdentificationColumns.ALL.indexOf("true_readout"))).isEqualTo("local");
        if (row.get(metric).equals("cross-decomposition")) {
          assertThat(row.get(IdentificationColumns.ALL.indexOf("rank"))).as(text).isEqualTo("1");
          assertThat(row.get(col)).as(text).isEqualTo("true");
          assertThat(row.get(IdentificationColumns.ALL.indexOf("criterion")))
              .isEqualTo("mean_correlation_ranks_1_10");
        } else {
          assertThat(row.get(IdentificationColumns.ALL.indexOf("criterion"))).isEqualTo("score");
        }
      } else {
        assertThat(row.get(IdentificationColumns.ALL.indexOf("rank"))).as(text).isEmpty();
        assertThat(row.get(col)).as(text).isEmpty();
        assertThat(row.get(IdentificationColumns.ALL.indexOf("note"))).as(text)
            .contains("layer4").contains("not among");
      }
    }
    assertThat(Files.readString(out.resolve("report.html"))).contains("System identification");
    System.out.println(String.join("\n", lines));

    byte[] written = Files.readAllBytes(file);
    Files.delete(file);
    Cli merge = Cli.run("merge", "-q", out.toString());
    assertThat(merge.exit).as(merge.toString()).isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(written);
  }
}

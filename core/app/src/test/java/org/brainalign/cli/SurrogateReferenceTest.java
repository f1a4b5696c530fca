package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Known answer for the within-subject reference (issue 23): on the surrogate dataset at a high
 * single-trial reliability (0.9), the brain's own spectrum finds at least the dimensions the model
 * shares with it at the source layer, and for a pooled readout exactly the latent channels it reads
 * (8: each voxel is the spatial mean of an 8-channel mixture, so the responses span 8 dimensions).
 *
 * <p>At low reliability the relation turns over, as it should: the reference compares one noisy
 * presentation with another, while the model's cells compare noiseless features with the mean of 3
 * trials (reliability 0.3: early reference 6 against 20 at layer1; 0.5: 18 against 25; 0.9: 56
 * against 28, this test). docs/method.md §7 says so.
 */
class SurrogateReferenceTest {
  static final String SOURCE = "[resnet50:weights=random:0,resize=64,crop=64,batch=16]";
  static final String STUDY = """
      name: surrogate references
      model:
        spec: resnet50:weights=random:0,resize=64,crop=64,batch=16
        layers: [layer1, layer4]
      dataset:
        spec: surrogate:source=%s,rois=[early,late],readouts=[local,pooled],layers=[layer1,layer4],latent=[4,8],rf=3,voxels=60,reliability=%s,trials=3,subjects=1,images=160,size=64,seed=3
        subjects: all
        rois: [early, late]
      metrics:
        - cross-decomposition:permutations=200
      cross-validation:
        folds: 4
        seed: 0
      references: [within-subject]
      """;

  @TempDir
  Path dir;

  @Test
  void theReferenceBoundsTheSourceLayerAndFindsThePooledLatents() throws IOException {
    for (String rel : List.of("0.9")) {
      Path study = dir.resolve("study" + rel + ".yaml");
      Files.writeString(study, STUDY.formatted(SOURCE, rel));
      Path out = dir.resolve("out" + rel);
      Cli r = Cli.run("run", "-q", study.toString(), "--out", out.toString());
      assertThat(r.exit).as(r.toString()).isZero();
      Map<String, String> dims = new LinkedHashMap<>();
      for (String line : Files.readAllLines(out.resolve("scores.csv"))) {
        String[] c = line.split(",", -1);
        dims.put(c[2] + " " + c[3] + " " + c[4], c[13]);
      }
      int earlyReference = Integer.parseInt(dims.get("early reference within-subject"));
      int earlyModel = Integer.parseInt(dims.get("early resnet50 layer1"));
      assertThat(earlyReference).as(dims.toString()).isGreaterThanOrEqualTo(earlyModel)
          .isGreaterThan(0);
      assertThat(dims.get("late reference within-subject")).as(dims.toString()).isEqualTo("8");
      assertThat(Integer.parseInt(dims.get("late resnet50 layer4"))).as(dims.toString())
          .isLessThanOrEqualTo(8);
    }
  }
}

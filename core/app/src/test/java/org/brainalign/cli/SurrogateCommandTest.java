package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The surrogate dataset through the CLI, whose run context creates its source model from the
 * installed plugins: bad options exit 2 naming the option, the value and the valid range; a small
 * dataset's responses carry the known answer.
 */
class SurrogateCommandTest {
  static final String SOURCE = "source=[resnet50:weights=random:0,resize=64,crop=64,batch=8]";
  @TempDir
  Path dir;

  private Cli responses(String options) {
    return Cli.run("responses", "-q", "--dataset", "surrogate:" + SOURCE + ",images=8,size=64,"
        + "voxels=5," + options, "--subject", "subj01", "--roi", "early", "--out",
        dir.resolve("r").toString());
  }

  @Test
  void anUnknownSourceLayer() {
    Cli r = responses("layers=[layer9,layer4]");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("option 'layers'").contains("'layer9'").contains("layer4.2")
        .doesNotContain("\tat ");
  }

  @Test
  void aReceptiveFieldLargerThanTheMap() {
    // layer1 at 64 px is 256 × 16 × 16.
    Cli r = responses("rf=17");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("option 'rf'").contains("[1, 16]").contains("found 17")
        .doesNotContain("\tat ");
  }

  @Test
  void aLatentDimensionalityAboveTheChannels() {
    Cli r = responses("latent=[257,8]");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("option 'latent'").contains("[1, 256]").contains("found 257")
        .doesNotContain("\tat ");
  }

  @Test
  void responsesCarryTheKnownAnswer() throws Exception {
    Cli r = responses("rf=3");
    assertThat(r.exit).as(r.toString()).isZero();
    String manifest = Files.readString(dir.resolve("r").resolve("manifest.json"));
    assertThat(manifest).contains("known_answer").contains("\"layer\" : \"layer1\"")
        .contains("\"readout\" : \"local\"");
  }
}

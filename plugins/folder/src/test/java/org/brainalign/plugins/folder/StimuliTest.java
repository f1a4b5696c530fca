package org.brainalign.plugins.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.run.RunContext;
import org.brainalign.support.image.ImageDecoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stimuli in response-row order: a folder of PNGs (id = file name without extension) and the same
 * images as one HDF5 array (h5py) with ids as HDF5 strings or a text file give the same pixels, and
 * the responses of both are equal.
 */
class StimuliTest {
  @TempDir Path dir;

  private static void assertSameImages(ImageSource s, Path images) {
    for (int i = 0; i < s.size(); i++) {
      String id = s.id(i).replaceAll("#.*", "");
      RgbImage want = ImageDecoding.read(images.resolve(id + ".png"));
      RgbImage got = s.read(i);
      assertThat(got.width()).isEqualTo(10);
      assertThat(got.height()).isEqualTo(8);
      assertThat(got.pixels()).as(s.id(i)).isEqualTo(want.pixels());
    }
  }

  @Test
  void folderAndHdf5StimuliGiveTheSamePixelsInRowOrder() {
    Path images = Fixtures.tiny().resolve("images");
    try (BrainDataset folder = Fixtures.open(Fixtures.tiny(), "repetitions", "separate");
        BrainDataset h5 = Fixtures.open(Fixtures.resource("tiny-h5"), "repetitions", "separate")) {
      ImageSource a = folder.stimuli("S1", RunContext.quiet(1));
      ImageSource b = h5.stimuli("S1", RunContext.quiet(1));
      assertThat(a.size()).isEqualTo(13);
      assertThat(a.id(0)).isEqualTo("im3#0");
      assertThat(a.id(11)).isEqualTo("im3#2");
      assertThat(a.stimulus(11)).isEqualTo("im3");
      assertThat(b.stimulus(11)).isEqualTo("im3");
      assertSameImages(a, images);
      assertSameImages(b, images);
      double[] x = new double[13 * 3];
      double[] y = new double[13 * 3];
      folder.responses("S1", "V1", RunContext.quiet(1)).data().data().readRows(0, 13, x);
      h5.responses("S1", "V1", RunContext.quiet(1)).data().data().readRows(0, 13, y);
      assertThat(y).isEqualTo(x);
    }
  }

  @Test
  void idsMayBeATextFileAndMustMatchTheArray() throws Exception {
    Path root = Files.createDirectories(dir.resolve("h5"));
    Fixtures.copyTiny(dir.resolve("tiny"));
    Files.copy(Fixtures.resource("tiny-h5/stimuli.h5"), root.resolve("stimuli.h5"));
    String yaml = Fixtures.read(Fixtures.resource("tiny-h5/dataset.yaml"))
        .replace("ids: stimuli.h5:/ids", "ids: ids.txt");
    Fixtures.write(root.resolve("dataset.yaml"), yaml);
    Fixtures.write(root.resolve("ids.txt"), "stimulus\nim1\nim2\nim3\nim4\nim5\nim6\n");
    try (BrainDataset ds = Fixtures.open(root)) {
      ImageSource s = ds.stimuli("S1", RunContext.quiet(1));
      assertThat(s.id(0)).isEqualTo("im1");
      assertSameImages(s, Fixtures.tiny().resolve("images"));
    }
    Fixtures.write(root.resolve("ids.txt"), "im1\nim2\nim3\nim4\nim5\n");
    assertThatThrownBy(() -> {
      try (BrainDataset ds = Fixtures.open(root)) {
        ds.stimuli("S1", RunContext.quiet(1));
      }
    }).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ids.txt: expected one id per image of stimuli.h5:/images (6)")
        .hasMessageContaining("found 5 ids");
    Fixtures.write(root.resolve("ids.txt"), "im1\nim2\nim2\nim4\nim5\nim6\n");
    assertThatThrownBy(() -> {
      try (BrainDataset ds = Fixtures.open(root)) {
        ds.stimuli("S1", RunContext.quiet(1));
      }
    }).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ids.txt: id 'im2' appears twice, at lines 2 and 3");
  }
}

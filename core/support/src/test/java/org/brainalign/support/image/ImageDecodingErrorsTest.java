package org.brainalign.support.image;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files PIL refuses are refused, naming the file; links that lead nowhere are named too. */
class ImageDecodingErrorsTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"truncated.jpg", "truncated.png", "corrupt.png"})
  void refusesWhatPilRefuses(String name) throws Exception {
    Path f = ImageDecodingGoldenTest.dir().resolve(name);
    assertThatThrownBy(() -> ImageDecoding.read(f))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith(f.toString())
        .hasMessageContaining("truncated or corrupt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rgb420.jpg", "grey.jpg", "cmyk.jpg", "rgb8.png", "palette.png",
      "rgb24.bmp", "palette8.bmp", "palette.gif", "rgb8-lzw.tif", "rgb8-raw.tif", "lossless.webp",
      "lossy.webp"})
  void everyCutOfAnImageIsRefused(String name) throws Exception {
    byte[] whole = Files.readAllBytes(ImageDecodingGoldenTest.dir().resolve(name));
    for (int keep = 12; keep < whole.length - 2; keep += Math.max(1, whole.length / 23)) {
      Path cut = tmp.resolve(keep + "-" + name);
      Files.write(cut, java.util.Arrays.copyOf(whole, keep));
      assertThatThrownBy(() -> ImageDecoding.read(cut)).as(cut.toString())
          .isInstanceOf(DataFormatException.class).hasMessageStartingWith(cut.toString());
    }
  }

  @Test
  void refusesFloatingPointTiffNamingTheSampleSize() throws Exception {
    Path f = ImageDecodingGoldenTest.dir().resolve("float32.tif");
    assertThatThrownBy(() -> ImageDecoding.read(f)).isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith(f.toString()).hasMessageContaining("32-bit samples");
  }

  @Test
  void refusesOtherBytesUnderAnImageName() throws Exception {
    Path f = Files.writeString(tmp.resolve("notes.png"), "not an image");
    assertThatThrownBy(() -> ImageDecoding.read(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("notes.png").hasMessageContaining("expected a PNG image, as its name says")
        .hasMessageContaining("WebP (.webp)");
    Path empty = Files.write(tmp.resolve("empty.jpg"), new byte[0]);
    assertThatThrownBy(() -> ImageDecoding.read(empty)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("an empty file");
  }

  @Test
  void namesDanglingAndLoopingLinks() throws Exception {
    Path dangling = Files.createSymbolicLink(tmp.resolve("gone.png"), tmp.resolve("missing.png"));
    assertThatThrownBy(() -> ImageDecoding.read(dangling))
        .isInstanceOf(InvalidInputException.class).isNotInstanceOf(DataFormatException.class)
        .hasMessageContaining("gone.png").hasMessageContaining("dangling symbolic link");
    Path loop = Files.createSymbolicLink(tmp.resolve("x.png"), Path.of("x.png"));
    assertThatThrownBy(() -> ImageDecoding.read(loop))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("x.png")
        .hasMessageContaining("loops");
    assertThatThrownBy(() -> ImageDecoding.read(tmp)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a folder");
  }
}

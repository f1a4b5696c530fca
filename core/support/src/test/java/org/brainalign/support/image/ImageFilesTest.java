package org.brainalign.support.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One listing of an image folder for every reader (CLI --images, folder and surrogate datasets):
 * every file is a stimulus or refused by name; hidden files and subfolders are ignored.
 */
class ImageFilesTest {
  @TempDir
  Path dir;

  @Test
  void listsImagesOfEveryFormatByFileName() throws IOException {
    for (String name : new String[] {"b.PNG", "a.jpg", "c.jpeg", "d.TIF", "e.tiff", "f.webp",
        "g.gif", "h.bmp"}) {
      Files.writeString(dir.resolve(name), "x");
    }
    Files.createDirectory(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub").resolve("d.png"), "x");
    assertThat(ImageFiles.list(dir)).extracting(p -> p.getFileName().toString())
        .containsExactly("a.jpg", "b.PNG", "c.jpeg", "d.TIF", "e.tiff", "f.webp", "g.gif", "h.bmp");
  }

  @Test
  void aMixedFolderOfFiveFormatsGivesFiveStimuliDecodedAsPil() throws Exception {
    String[] names = {"rgb24.bmp", "rgb8-lzw.tif", "lossless.webp", "palette.gif", "rgb8.png"};
    for (String name : names) {
      Files.copy(ImageDecodingGoldenTest.dir().resolve(name), dir.resolve(name));
    }
    List<Path> files = ImageFiles.list(dir);
    assertThat(files).hasSize(5);
    for (Path f : files) {
      String name = f.getFileName().toString();
      RgbImage got = ImageDecoding.read(f);
      byte[] want = PilArrays.read(ImageDecodingGoldenTest.dir().resolve(name + ".npy")).pixels();
      assertThat(got.pixels()).as(name).isEqualTo(want);
    }
  }

  @Test
  void aFileWithoutAnImageExtensionIsRefusedByNameWithTheSupportedFormats() throws IOException {
    Files.writeString(dir.resolve("a.png"), "x");
    Files.writeString(dir.resolve("notes.txt"), "x");
    assertThatThrownBy(() -> ImageFiles.list(dir)).isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith(dir.resolve("notes.txt").toString())
        .hasMessageContaining("PNG (.png), JPEG (.jpg, .jpeg), BMP (.bmp), GIF (.gif), "
            + "TIFF (.tif, .tiff), WebP (.webp)");
    Files.delete(dir.resolve("notes.txt"));
    for (String other : new String[] {"Thumbs.db", "a.png.bak", "README"}) {
      Files.writeString(dir.resolve(other), "x");
      assertThatThrownBy(() -> ImageFiles.list(dir)).as(other)
          .isInstanceOf(DataFormatException.class).hasMessageContaining(other);
      Files.delete(dir.resolve(other));
    }
  }

  @Test
  void hiddenFilesAndSubfoldersAreIgnored() throws IOException {
    Files.writeString(dir.resolve("a.png"), "x");
    Files.writeString(dir.resolve(".DS_Store"), "x");
    Files.writeString(dir.resolve("._a.png"), "x");
    Files.createDirectory(dir.resolve(".git"));
    Files.createDirectory(dir.resolve("originals"));
    assertThat(ImageFiles.list(dir)).extracting(p -> p.getFileName().toString())
        .containsExactly("a.png");
  }

  @Test
  void sixteenBitImagesAreCountedOnceWithTheFirstName() throws Exception {
    for (String name : new String[] {"rgb16.png", "grey16.tif", "grey16.png", "rgb8.png",
        "rgb8-raw.tif", "lossless.webp"}) {
      Files.copy(ImageDecodingGoldenTest.dir().resolve(name), dir.resolve(name));
    }
    assertThat(ImageFiles.decodingWarning(ImageFiles.list(dir))).hasValueSatisfying(w ->
        assertThat(w).startsWith("3 images are 16-bit; reduced to 8 bits as PIL does (first: "
            + "grey16.png)"));
    Files.delete(dir.resolve("rgb16.png"));
    Files.delete(dir.resolve("grey16.tif"));
    assertThat(ImageFiles.decodingWarning(ImageFiles.list(dir))).hasValueSatisfying(w ->
        assertThat(w).startsWith("1 image is 16-bit"));
    Files.delete(dir.resolve("grey16.png"));
    assertThat(ImageFiles.decodingWarning(ImageFiles.list(dir))).isEmpty();
  }

  @Test
  void lossyWebpIsNamedOnceBecauseItIsNotPilExact() throws Exception {
    for (String name : new String[] {"lossless.webp", "lossless-alpha.webp", "lossy.webp",
        "lossy-alpha.webp"}) {
      Files.copy(ImageDecodingGoldenTest.dir().resolve(name), dir.resolve(name));
    }
    // lossy-alpha.webp is an extended (VP8X) file whose image chunk is VP8: found by its chunks
    assertThat(ImageFiles.decodingWarning(ImageFiles.list(dir))).hasValueSatisfying(w ->
        assertThat(w).startsWith("2 images are lossy WebP (first: lossy-alpha.webp)")
            .contains("not PIL-exact"));
    Files.delete(dir.resolve("lossy.webp"));
    Files.delete(dir.resolve("lossy-alpha.webp"));
    assertThat(ImageFiles.decodingWarning(ImageFiles.list(dir))).isEmpty();
  }

  @Test
  void aDanglingLinkNamedLikeAnImageIsAnErrorNotADroppedStimulus() throws IOException {
    Files.writeString(dir.resolve("a.png"), "x");
    Files.createSymbolicLink(dir.resolve("b.png"), dir.resolve("gone.png"));
    assertThatThrownBy(() -> ImageFiles.list(dir)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("b.png").hasMessageContaining("dangling");
  }

  @Test
  void aFolderNamedLikeAnImageIsAnError() throws IOException {
    Files.createDirectory(dir.resolve("x.jpg"));
    assertThatThrownBy(() -> ImageFiles.list(dir)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("x.jpg").hasMessageContaining("a folder");
  }

  @Test
  void aFolderThatCannotBeListedIsInvalidInputNamedWhereItWasGiven() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    assertThatThrownBy(() -> ImageFiles.listOrRefuse(file, "option 'folder' of 'x': "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("option 'folder' of 'x': cannot list " + file + ": ");
  }

  @Test
  void aFileSourceIdsItsImagesByFileNameAndDecodesThemAsPil() throws Exception {
    Files.copy(ImageDecodingGoldenTest.dir().resolve("rgb8.png"), dir.resolve("b.png"));
    Files.copy(ImageDecodingGoldenTest.dir().resolve("rgb24.bmp"), dir.resolve("a.bmp"));
    ImageFileSource source = new ImageFileSource(ImageFiles.listOrRefuse(dir, "")) {};
    assertThat(source.size()).isEqualTo(2);
    assertThat(source.id(0)).isEqualTo("a.bmp");
    assertThat(source.id(1)).isEqualTo("b.png");
    assertThat(source.read(1).pixels()).isEqualTo(
        PilArrays.read(ImageDecodingGoldenTest.dir().resolve("rgb8.png.npy")).pixels());
    assertThat(source.files()).isEmpty();
  }
}

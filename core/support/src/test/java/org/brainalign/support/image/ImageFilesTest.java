package org.brainalign.support.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One listing of an image folder for every reader (CLI --images, folder and surrogate datasets). */
class ImageFilesTest {
  @TempDir
  Path dir;

  @Test
  void listsImagesByFileNameAndSkipsOtherFiles() throws IOException {
    for (String name : new String[] {"b.PNG", "a.jpg", "c.jpeg", "notes.txt", "a.png.bak"}) {
      Files.writeString(dir.resolve(name), "x");
    }
    Files.createDirectory(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub").resolve("d.png"), "x");
    assertThat(ImageFiles.list(dir)).extracting(p -> p.getFileName().toString())
        .containsExactly("a.jpg", "b.PNG", "c.jpeg");
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
}

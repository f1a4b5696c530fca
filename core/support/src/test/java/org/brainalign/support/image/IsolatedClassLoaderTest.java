package org.brainalign.support.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.brainalign.api.model.RgbImage;
import org.junit.jupiter.api.Test;

/**
 * Loaded by a class loader of its own, as in a PF4J plugin that bundles this library (whose
 * TwelveMonkeys classes ImageIO's global registry never sees), the decoder still reads CMYK and
 * YCCK JPEGs as PIL does: it wires its reader itself instead of looking it up in ImageIO.
 */
class IsolatedClassLoaderTest {
  @Test
  void cmykDecodesFromAPluginLikeClassLoader() throws Exception {
    Set<URL> urls = new LinkedHashSet<>();
    for (String cls : new String[] {
        "org.brainalign.support.image.ImageDecoding",
        "org.brainalign.api.model.RgbImage",
        "com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi",
        "com.twelvemonkeys.imageio.ImageReaderBase",
        "com.twelvemonkeys.imageio.metadata.Directory",
        "com.twelvemonkeys.lang.Validate",
        "com.twelvemonkeys.io.FastByteArrayOutputStream",
        "com.twelvemonkeys.image.ImageUtil"}) {
      urls.add(Class.forName(cls).getProtectionDomain().getCodeSource().getLocation());
    }
    try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      Class<?> decoding = isolated.loadClass("org.brainalign.support.image.ImageDecoding");
      assertThat(decoding).isNotSameAs(ImageDecoding.class);
      assertThat(isolated.loadClass("com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi"))
          .isNotSameAs(com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi.class);
      Method read = decoding.getMethod("read", Path.class);
      List<String> checked = new ArrayList<>();
      for (String name : new String[] {"cmyk.jpg", "ycck.jpg", "grey.jpg"}) {
        Path f = ImageDecodingGoldenTest.dir().resolve(name);
        Object img = read.invoke(null, f);
        byte[] px = (byte[]) img.getClass().getMethod("pixels").invoke(img);
        RgbImage here = ImageDecoding.read(f);
        assertThat(px).as(name).isEqualTo(here.pixels());
        assertThat(ImageDecodingGoldenTest.maxDifference(px,
            PilArrays.read(ImageDecodingGoldenTest.dir().resolve(name + ".npy")).pixels()))
            .isLessThanOrEqualTo(ImageDecodingGoldenTest.JPEG_TOLERANCE);
        checked.add(name);
      }
      assertThat(checked).hasSize(3);
    }
  }
}

package org.brainalign.plugins.onnx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.extension.Options;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.model.VisionModelProvider;
import org.brainalign.api.run.RunContext;
import org.brainalign.support.image.ImageDecoding;

/**
 * The export fixtures of src/test/python/generate_fixtures.py: small ones committed under
 * {@code /fixtures/export}, big ones generated into {@code target/fixtures/export}.
 */
final class ExportFixtures {
  /** The command that writes the big fixtures. */
  static final String GENERATE = "apt-get install -y python3-torch python3-torchvision python3-pil && "
      + "/usr/bin/python3 plugins/onnx/src/test/python/generate_fixtures.py --big";

  /** The generated families, each a folder of the big fixtures. */
  static final List<String> FAMILIES = List.of("resnet18", "alexnet", "mobilenet_v3_small_full");

  private ExportFixtures() {}

  /** The committed fixtures. */
  static Path small() {
    try {
      return Path.of(ExportFixtures.class.getResource("/fixtures/export").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The generated fixtures (may be absent). */
  static Path big() {
    return Path.of("target", "fixtures", "export");
  }

  /** Whether the big fixtures exist; prints a visible SKIPPED line with the command when not. */
  static boolean bigPresent() {
    boolean present = FAMILIES.stream()
        .allMatch(f -> Files.isRegularFile(big().resolve(f).resolve("expected.json")));
    if (!present) {
      System.err.println("SKIPPED: " + big().toAbsolutePath() + " is missing; generate it with: "
          + GENERATE);
    }
    return present;
  }

  /** The images of {@code root/images}, in the order of its list.txt. */
  static ImageSource images(Path root) {
    Path dir = root.resolve("images");
    List<String> names = lines(dir.resolve("list.txt"));
    return ImageSource.of(names, i -> ImageDecoding.read(dir.resolve(names.get(i))));
  }

  /** A little-endian float32 file. */
  static float[] floats(Path file) {
    try {
      ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
      float[] f = new float[b.remaining() / 4];
      b.asFloatBuffer().get(f);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every layer of {@code model} on {@code images}, by name. */
  static Map<String, float[]> extract(VisionModel model, ImageSource images, List<String> layers) {
    Map<String, float[]> got = new HashMap<>();
    model.extract(images, layers, (layer, first, count, values) -> got.merge(layer, values.clone(),
        ExportFixtures::concat), RunContext.quiet(1));
    return got;
  }

  /** A model from {@code provider} with {@code options}. */
  static VisionModel create(VisionModelProvider provider, Map<String, String> options) {
    return provider.create(Options.parse(provider.id(), provider.options(), options));
  }

  /** Largest |got − expected| over the largest |expected|. */
  static double relativeError(float[] got, float[] expected) {
    double diff = 0;
    double ref = 0;
    for (int i = 0; i < expected.length; i++) {
      diff = Math.max(diff, Math.abs(got[i] - expected[i]));
      ref = Math.max(ref, Math.abs(expected[i]));
    }
    return diff / ref;
  }

  private static float[] concat(float[] a, float[] b) {
    float[] c = new float[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream().filter(s -> !s.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

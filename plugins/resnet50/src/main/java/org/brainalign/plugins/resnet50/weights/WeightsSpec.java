package org.brainalign.plugins.resnet50.weights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.run.RunContext;
import org.brainalign.djl.CacheDirs;
import org.brainalign.support.digest.Sha256;

/**
 * The {@code weights} option: {@code imagenet}, {@code random:SEED} or a path to a
 * {@code .safetensors} file with torchvision key names.
 *
 * @param text the option as given
 * @param seed the seed of {@code random:SEED}, else 0
 * @param file the file for a path, else {@code null}
 */
public record WeightsSpec(String text, long seed, Path file) {
  /** The default. */
  public static final String IMAGENET = "imagenet";

  /**
   * Parses and checks the option without reading any weights.
   *
   * @throws InvalidOptionException for a malformed seed or a missing file, or imagenet weights that
   *     are not cached while downloads are off
   */
  public static WeightsSpec parse(String text) {
    if (text.equals(IMAGENET)) {
      ImagenetWeights.checkAvailable(CacheDirs.root(), CacheDirs.offline());
      return new WeightsSpec(text, 0, null);
    }
    if (text.startsWith("random:")) {
      try {
        return new WeightsSpec(text, Long.parseLong(text.substring(7)), null);
      } catch (NumberFormatException e) {
        throw new InvalidOptionException("option 'weights': expected random:SEED with a whole-number "
            + "seed, found '" + text + "'. Write e.g. weights=random:0");
      }
    }
    Path file = Path.of(text);
    if (!Files.isRegularFile(file)) {
      throw new InvalidOptionException("option 'weights': expected imagenet, random:SEED or an existing "
          + ".safetensors file, found '" + text + "' (no such file). Check the path.");
    }
    return new WeightsSpec(text, 0, file);
  }

  /** Whether these are seeded random weights. */
  public boolean isRandom() {
    return text.startsWith("random:");
  }

  /**
   * Reads, downloads or draws the weights and checks them against {@code layout}.
   *
   * @param context progress for a download
   */
  public Weights load(Map<String, long[]> layout, RunContext context) {
    if (isRandom()) {
      return RandomWeights.draw(layout, seed);
    }
    Path path = file;
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("weights", text);
    if (path == null) {
      path = ImagenetWeights.locate(CacheDirs.root(), ImagenetWeights.URL, CacheDirs.offline(),
          new WeightsDownloader(Duration.ofSeconds(30)), context);
      provenance.put("source", ImagenetWeights.URL.toString());
    }
    provenance.put("file", path.toAbsolutePath().toString());
    provenance.put("sha256", Sha256.of(path));
    return Weights.read(SafeTensors.open(path), layout, provenance);
  }
}

package org.brainalign.plugins.resnet50.weights;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.run.RunContext;

/**
 * torchvision's IMAGENET1K_V1 ResNet50 weights (top-1 76.13 %), as republished in safetensors form with
 * torchvision key names by timm ({@code resnet50.tv_in1k}), kept in
 * {@code <cache>/weights/resnet50.tv_in1k.safetensors}.
 */
public final class ImagenetWeights {
  /** The public location of the file. */
  public static final URI URL =
      URI.create("https://huggingface.co/timm/resnet50.tv_in1k/resolve/main/model.safetensors");
  /** The name of the file in the cache. */
  public static final String FILE_NAME = "resnet50.tv_in1k.safetensors";

  private ImagenetWeights() {}

  /** Where the file is (or will be) cached under {@code cacheRoot}. */
  public static Path cachedFile(Path cacheRoot) {
    return cacheRoot.resolve("weights").resolve(FILE_NAME);
  }

  /** Fails fast, before any work, when the file is absent and downloads are off. */
  public static void checkAvailable(Path cacheRoot, boolean offline) {
    Path file = cachedFile(cacheRoot);
    if (offline && !Files.isRegularFile(file)) {
      throw InvalidInputException.of("weights=imagenet", "the file " + file,
          "nothing there and downloads are off (BRAINALIGN_OFFLINE)",
          WeightsDownloader.manualRemedy(URL, file));
    }
  }

  /**
   * The cached file, downloaded from {@code url} first if absent, validated as safetensors.
   *
   * @throws DataFormatException when a cached file is corrupt (the message says to delete it)
   */
  public static Path locate(Path cacheRoot, URI url, boolean offline, WeightsDownloader downloader,
      RunContext context) {
    Path file = cachedFile(cacheRoot);
    if (!Files.isRegularFile(file)) {
      checkAvailable(cacheRoot, offline);
      downloader.download(url, file, context);
    }
    try {
      SafeTensors.open(file);
    } catch (DataFormatException e) {
      throw new DataFormatException(file, e.getMessage() + " Delete " + file
          + " so that it is downloaded again.", e);
    }
    return file;
  }
}

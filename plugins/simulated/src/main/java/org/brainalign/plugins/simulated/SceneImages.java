package org.brainalign.plugins.simulated;

import java.util.Objects;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.plugins.simulated.random.Streams;
import org.brainalign.plugins.simulated.scene.Scene;
import org.brainalign.plugins.simulated.scene.SceneRenderer;
import org.brainalign.plugins.simulated.scene.SceneSampler;

/**
 * The simulated images, rendered on demand from their own random streams: reading image i costs one
 * render (about a millisecond at 112 px) and never touches the others. Immutable and thread-safe.
 */
public final class SceneImages implements ImageSource {
  private final SimulatedConfig config;

  public SceneImages(SimulatedConfig config) {
    this.config = config;
  }

  /** The scene behind image {@code index}. */
  static Scene scene(SimulatedConfig config, int index) {
    return SceneSampler.sample(Streams.SCENE.draws(config.seed(), index, 0));
  }

  @Override
  public int size() {
    return config.images();
  }

  @Override
  public String id(int index) {
    Objects.checkIndex(index, config.images());
    return SimulatedConfig.imageId(index);
  }

  @Override
  public RgbImage read(int index) {
    Objects.checkIndex(index, config.images());
    return SceneRenderer.render(scene(config, index), config.size());
  }

  /** None: the scenes are rendered from the options. */
  @Override
  public java.util.Optional<java.util.List<java.nio.file.Path>> files() {
    return java.util.Optional.of(java.util.List.of());
  }
}

package org.brainalign.features;

import java.util.List;
import org.brainalign.api.model.ActivationSink;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;

/**
 * Runs a model over the images left after a resumed store's rows: the model sees a view of images
 * {@code [first, n)} numbered from 0, and the batches it returns are shifted back to their place.
 * A model's output for an image must not depend on the images batched with it, or on its position;
 * a resumed store starts where a batch of the interrupted run ended, so with the same batch size
 * the batches are the same as in an uninterrupted run anyway.
 */
public final class Extraction {
  private Extraction() {}

  /**
   * Streams images {@code [first, images.size())} through {@code model} into {@code sink}; does not
   * run the model at all when nothing is left.
   */
  public static void run(VisionModel model, ImageSource images, long first, List<String> layers,
      ActivationSink sink, RunContext context) {
    if (first < 0 || first > images.size()) {
      throw new IllegalArgumentException("first image " + first + " of " + images.size());
    }
    if (first == images.size()) {
      return;
    }
    if (first == 0) {
      model.extract(images, layers, sink, context);
      return;
    }
    int offset = (int) first;
    model.extract(new Tail(images, offset), layers,
        (layer, firstImage, count, values) -> sink.accept(layer, firstImage + offset, count, values),
        context);
  }

  /** Images {@code [offset, n)} of another source, numbered from 0. */
  private record Tail(ImageSource images, int offset) implements ImageSource {
    @Override
    public int size() {
      return images.size() - offset;
    }

    @Override
    public String id(int index) {
      return images.id(check(index) + offset);
    }

    @Override
    public RgbImage read(int index) {
      return images.read(check(index) + offset);
    }

    private int check(int index) {
      if (index < 0 || index >= size()) {
        throw new IndexOutOfBoundsException("image " + index + " of " + size());
      }
      return index;
    }
  }
}

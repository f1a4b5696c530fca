package org.brainalign.plugins.resnet50.weights;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.api.DataFormatException;

/**
 * Float32 tensors by torchvision name, checked against an expected layout, plus the facts that
 * identify them (source, SHA-256) for provenance.
 *
 * @param tensors row-major values by name
 * @param shapes dimensions by name
 * @param provenance how the weights were obtained: {@code weights}, {@code file}, {@code sha256}, ...
 */
public record Weights(
    Map<String, float[]> tensors, Map<String, long[]> shapes, Map<String, Object> provenance) {

  public Weights {
    tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    shapes = Collections.unmodifiableMap(new LinkedHashMap<>(shapes));
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }

  /**
   * Reads the tensors of {@code layout} from a safetensors file, ignoring extra entries such as
   * {@code num_batches_tracked}.
   *
   * @throws DataFormatException when a tensor is missing or has another shape
   */
  public static Weights read(SafeTensors file, Map<String, long[]> layout, Map<String, Object> provenance) {
    Map<String, float[]> tensors = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : layout.entrySet()) {
      TensorEntry t = file.entries().get(e.getKey());
      if (t == null) {
        throw new DataFormatException(file.file(), "expected torchvision ResNet50 tensor '" + e.getKey()
            + "' " + Arrays.toString(e.getValue()) + ", found no such key (the file has "
            + file.entries().size() + " tensors" + firstKeys(file) + "). Use a ResNet50 state dict with "
            + "torchvision key names, e.g. saved by safetensors.torch.save_file(model.state_dict(), ...).");
      }
      if (!Arrays.equals(t.shape(), e.getValue())) {
        throw new DataFormatException(file.file(), "tensor '" + e.getKey() + "': expected shape "
            + Arrays.toString(e.getValue()) + ", found " + Arrays.toString(t.shape())
            + ". These are not ResNet50 weights (ResNet18/34/101 differ in shapes).");
      }
      tensors.put(e.getKey(), file.floats(e.getKey()));
    }
    return new Weights(tensors, layout, provenance);
  }

  private static String firstKeys(SafeTensors file) {
    return file.entries().isEmpty() ? ""
        : ", e.g. '" + file.entries().keySet().iterator().next() + "'";
  }
}

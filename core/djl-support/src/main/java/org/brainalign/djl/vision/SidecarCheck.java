package org.brainalign.djl.vision;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.model.LayerInfo;

/** Checks that a loaded model gives what its {@link ExportSidecar} promises. */
public final class SidecarCheck {
  private SidecarCheck() {}

  /**
   * Every layer the sidecar lists is among the model's outputs, with the sidecar's per-image shape
   * (both at the sidecar's crop).
   *
   * @param found the outputs of one probe image through the model, shapes per image
   * @param model the model file, named in the message
   * @throws DataFormatException naming the first layer that is missing or has another shape
   */
  public static void outputs(ExportSidecar sidecar, List<LayerInfo> found, Path model) {
    Map<String, int[]> shapes = new HashMap<>();
    found.forEach(l -> shapes.put(l.name(), l.shape()));
    for (LayerInfo l : sidecar.layers()) {
      int[] shape = shapes.get(l.name());
      if (shape == null || !Arrays.equals(shape, l.shape())) {
        throw new DataFormatException(model, "its sidecar " + sidecar.file() + " lists layer '"
            + l.name() + "' of shape " + Arrays.toString(l.shape()) + ", the model gives "
            + (shape == null ? "no such output (its outputs: " + shapes.keySet() + ")"
                : "shape " + Arrays.toString(shape)) + ". Export the model and its sidecar "
            + "together again (tools/export-model.py).");
      }
    }
  }
}

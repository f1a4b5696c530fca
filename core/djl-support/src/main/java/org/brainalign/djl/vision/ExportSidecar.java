package org.brainalign.djl.vision;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.model.LayerInfo;

/**
 * The JSON that {@code tools/export-model.py} writes beside an exported model ({@code model.pt.json}
 * beside {@code model.pt}): the layers in output order with their per-image shapes at the export
 * input size, the preprocessing the model expects, and where the model came from.
 *
 * <pre>{@code
 * {"brainalign_sidecar": 1,
 *  "layers": [{"name": "layer1", "shape": [64, 56, 56]}, ...],
 *  "preprocessing": {"resize": 256, "crop": 224, "interpolation": "bilinear",
 *                    "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225], "source": "..."},
 *  "provenance": {"model": "resnet18", "weights": "...", "torch": "...", "date": "...", ...}}
 * }</pre>
 *
 * @param file the sidecar itself
 * @param layers the exported layers in order, shapes per image (e.g. {@code 64 × 56 × 56})
 * @param preprocessing what the images go through before the network
 * @param provenance the export's provenance, values as text
 */
public record ExportSidecar(Path file, List<LayerInfo> layers, Preprocessing preprocessing,
    Map<String, String> provenance) {
  /**
   * torchvision's evaluation transform as the export recorded it.
   *
   * @param resize short side after resizing, pixels
   * @param crop side of the centre crop, pixels
   * @param interpolation the resize filter ({@code bilinear}; brainalign implements no other)
   * @param mean channel means (R, G, B)
   * @param std channel standard deviations (R, G, B)
   * @param source where the values came from (the weights' transforms, or ImageNet's defaults)
   */
  public record Preprocessing(int resize, int crop, String interpolation, float[] mean, float[] std,
      String source) {}

  /** Where the sidecar of {@code model} is: the model's file name with {@code .json} appended. */
  public static Path besides(Path model) {
    return model.resolveSibling(model.getFileName() + ".json");
  }

  /**
   * The sidecar of {@code model}, if there is one.
   *
   * @throws DataFormatException when it exists but is not a sidecar (names the field and the fix)
   */
  public static Optional<ExportSidecar> of(Path model) {
    Path file = besides(model);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonObject root = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
      List<LayerInfo> layers = new ArrayList<>();
      for (JsonElement e : array(root, "layers", file)) {
        JsonObject l = e.getAsJsonObject();
        JsonArray shape = l.getAsJsonArray("shape");
        int[] dims = new int[shape.size()];
        for (int i = 0; i < dims.length; i++) {
          dims[i] = shape.get(i).getAsInt();
        }
        layers.add(new LayerInfo(l.get("name").getAsString(), dims));
      }
      if (layers.isEmpty()) {
        throw new DataFormatException(file, "'layers' is empty; export at least one layer");
      }
      JsonObject p = root.getAsJsonObject("preprocessing");
      if (p == null) {
        throw new DataFormatException(file, "no 'preprocessing' object");
      }
      Preprocessing pre = new Preprocessing(p.get("resize").getAsInt(), p.get("crop").getAsInt(),
          p.has("interpolation") ? p.get("interpolation").getAsString() : "bilinear",
          floats(array(p, "mean", file)), floats(array(p, "std", file)),
          p.has("source") ? p.get("source").getAsString() : "not stated");
      Map<String, String> prov = new LinkedHashMap<>();
      JsonObject pv = root.getAsJsonObject("provenance");
      if (pv != null) {
        pv.entrySet().forEach(en -> prov.put(en.getKey(),
            en.getValue().isJsonPrimitive() ? en.getValue().getAsString() : en.getValue().toString()));
      }
      return Optional.of(new ExportSidecar(file, List.copyOf(layers), pre, prov));
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot read (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      if (e instanceof DataFormatException d) {
        throw d;
      }
      throw new DataFormatException(file, "not a brainalign model sidecar (" + e.getMessage() + "); "
          + "it needs 'layers' [{name, shape}] and 'preprocessing' {resize, crop, mean, std}. Write "
          + "it with tools/export-model.py, or delete it to give the options by hand.", e);
    }
  }

  private static JsonArray array(JsonObject o, String key, Path file) {
    JsonElement e = o.get(key);
    if (e == null || !e.isJsonArray()) {
      throw new DataFormatException(file, "expected an array '" + key + "', found " + e);
    }
    return e.getAsJsonArray();
  }

  private static float[] floats(JsonArray a) {
    float[] f = new float[a.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = a.get(i).getAsFloat();
    }
    return f;
  }
}

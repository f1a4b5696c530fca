package org.brainalign.plugins.surrogate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.api.extension.Options;

/** Small surrogate datasets over the {@link ToyModel}. */
final class Surrogates {
  private Surrogates() {}

  static Map<String, String> toy(String... keyValues) {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("source", "toy");
    o.put("layers", "[a,b]");
    o.put("latent", "[3,8]");
    o.put("rf", "3");
    o.put("voxels", "40");
    o.put("images", "60");
    o.put("size", "48");
    for (int i = 0; i < keyValues.length; i += 2) {
      o.put(keyValues[i], keyValues[i + 1]);
    }
    return o;
  }

  static SurrogateDataset create(Map<String, String> options) {
    SurrogateDatasetProvider p = new SurrogateDatasetProvider();
    return (SurrogateDataset) p.create(Options.parse(p.id(), p.options(), options));
  }
}

package org.brainalign.api.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dataset knows about how its responses were made: the model layer an ROI is read out from,
 * for system identification (Han, Poggio &amp; Cheung, ICML 2023: does a metric rank that layer
 * first?). A dataset that knows it (e.g. {@code surrogate}) puts {@link #asMap()} under
 * {@value #MANIFEST_KEY} in each ROI's {@link Responses#manifest()}; the host reads it back with
 * {@link Responses#knownAnswer()}, repeats it in {@code study.json} and scores
 * {@code identification.csv} from it. The keys the host reads are declared here; any other key is
 * the dataset's own provenance, kept in order.
 *
 * @param entries the answer as the manifest holds it: {@value #LAYER} (the true layer) and, when
 *     known, {@value #EQUIVALENT_LAYERS} (layers with the same activations, a list of names),
 *     {@value #READOUT}, {@value #RELIABILITY} and {@value #IMAGES} (numbers), and others
 */
public record KnownAnswer(Map<String, Object> entries) {

  /** The manifest key the answer sits under. */
  public static final String MANIFEST_KEY = "known_answer";
  public static final String LAYER = "layer";
  public static final String EQUIVALENT_LAYERS = "equivalent_layers";
  public static final String READOUT = "readout";
  public static final String RELIABILITY = "reliability";
  public static final String IMAGES = "images";

  /**
   * @throws IllegalArgumentException when {@value #EQUIVALENT_LAYERS} is not a list, or
   *     {@value #RELIABILITY} or {@value #IMAGES} is not a number
   */
  public KnownAnswer {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    Object eq = entries.get(EQUIVALENT_LAYERS);
    if (eq != null && !(eq instanceof List<?>)) {
      throw new IllegalArgumentException("known answer: '" + EQUIVALENT_LAYERS + "' must be a list "
          + "of layer names, found '" + eq + "'");
    }
    for (String key : List.of(RELIABILITY, IMAGES)) {
      Object v = entries.get(key);
      if (v != null && !(v instanceof Number)) {
        throw new IllegalArgumentException("known answer: '" + key + "' must be a number, found '"
            + v + "'");
      }
    }
  }

  /**
   * The answer a manifest value holds, if it is one: a map (as {@link #asMap()} writes it); empty
   * for null and for a prose answer (a string, as {@code simulated} gives), which has no layer to
   * score.
   */
  public static Optional<KnownAnswer> of(Object manifestValue) {
    if (!(manifestValue instanceof Map<?, ?> m)) {
      return Optional.empty();
    }
    Map<String, Object> entries = new LinkedHashMap<>();
    m.forEach((k, v) -> entries.put(String.valueOf(k), v));
    return Optional.of(new KnownAnswer(entries));
  }

  /** The true layer, empty when the answer names none. */
  public Optional<String> layer() {
    return Optional.ofNullable(entries.get(LAYER)).map(Object::toString);
  }

  /** Layers whose activations equal the true layer's (e.g. a pooled readout's), empty if none. */
  public List<String> equivalentLayers() {
    return entries.get(EQUIVALENT_LAYERS) instanceof List<?> l
        ? l.stream().map(String::valueOf).toList() : List.of();
  }

  /** How the ROI is read out from the layer (e.g. {@code local}, {@code pooled}), or null. */
  public String readout() {
    Object v = entries.get(READOUT);
    return v == null ? null : v.toString();
  }

  /** The responses' reliability, or null when not stated. */
  public Number reliability() {
    return (Number) entries.get(RELIABILITY);
  }

  /** The number of images, or null when not stated. */
  public Number images() {
    return (Number) entries.get(IMAGES);
  }

  /** The answer as the manifest holds it, in its order. */
  public Map<String, Object> asMap() {
    return entries;
  }
}

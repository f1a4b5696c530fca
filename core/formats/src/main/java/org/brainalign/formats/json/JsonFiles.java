package org.brainalign.formats.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.formats.AtomicFiles;

/**
 * Pretty-printed JSON for summaries and manifests. Non-finite numbers become {@code null}, since JSON
 * has no NaN; maps keep their insertion order.
 */
public final class JsonFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private JsonFiles() {}

  public static void write(Path file, Object value) {
    AtomicFiles.write(file, (toJson(value) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(sanitize(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass(), e);
    }
  }

  /** Reads a JSON object as nested maps and lists. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> read(Path file) {
    try {
      return MAPPER.readValue(file.toFile(), LinkedHashMap.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Object sanitize(Object v) {
    if (v instanceof Double d && !Double.isFinite(d)) {
      return null;
    }
    if (v instanceof Float f && !Float.isFinite(f)) {
      return null;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), sanitize(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(sanitize(x)));
      return out;
    }
    if (v instanceof double[] a) {
      List<Object> out = new ArrayList<>(a.length);
      for (double x : a) {
        out.add(sanitize(x));
      }
      return out;
    }
    if (v instanceof java.nio.file.Path p) {
      return p.toString();
    }
    return v;
  }
}

package org.brainalign.plugins.resnet50.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes float32 safetensors files for tests (header padded to 8 bytes, like the reference). */
public final class SafeTensorsWriter {
  private SafeTensorsWriter() {}

  /** Tensor bytes and header for {@code tensors} (name → shape and values). */
  public static byte[] bytes(Map<String, long[]> shapes, Map<String, float[]> values) {
    StringBuilder json = new StringBuilder("{\"__metadata__\":{\"format\":\"pt\"}");
    long offset = 0;
    Map<String, float[]> ordered = new LinkedHashMap<>(values);
    for (Map.Entry<String, float[]> e : ordered.entrySet()) {
      long end = offset + 4L * e.getValue().length;
      json.append(",\"").append(e.getKey()).append("\":{\"dtype\":\"F32\",\"shape\":")
          .append(Arrays.toString(shapes.get(e.getKey())).replace(" ", ""))
          .append(",\"data_offsets\":[").append(offset).append(',').append(end).append("]}");
      offset = end;
    }
    json.append('}');
    while ((json.length()) % 8 != 0) {
      json.append(' ');
    }
    byte[] header = json.toString().getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8 + header.length + (int) offset).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(header.length).put(header);
    ordered.values().forEach(v -> {
      for (float f : v) {
        b.putFloat(f);
      }
    });
    return b.array();
  }

  public static Path write(Path file, Map<String, long[]> shapes, Map<String, float[]> values) {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bytes(shapes, values));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.brainalign.plugins.resnet50.weights;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;

/**
 * A validated safetensors file: an 8-byte little-endian header length {@code N}, {@code N} bytes of
 * JSON mapping each tensor name to {@code dtype}, {@code shape} and {@code data_offsets}, then the raw
 * little-endian tensor bytes. Opening checks the whole layout (sizes agree with shapes, tensors tile
 * the data section exactly, the file is not truncated) without reading the data.
 */
public final class SafeTensors {
  /** Headers beyond this are refused as corrupt (real headers are tens of kilobytes). */
  static final long MAX_HEADER = 100L << 20;

  private final Path file;
  private final long dataStart;
  private final Map<String, TensorEntry> entries;

  private SafeTensors(Path file, long dataStart, Map<String, TensorEntry> entries) {
    this.file = file;
    this.dataStart = dataStart;
    this.entries = entries;
  }

  /**
   * Reads and checks the header of {@code file}.
   *
   * @throws DataFormatException when the file is not a complete, consistent safetensors file
   */
  public static SafeTensors open(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < 8) {
        throw new DataFormatException(file, "not a safetensors file: expected at least 8 bytes, found "
            + size + ". Download it again.");
      }
      ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      readFully(ch, lenBuf, 0);
      long n = lenBuf.flip().getLong();
      if (n <= 1 || n > MAX_HEADER || n > size - 8) {
        throw new DataFormatException(file, "not a safetensors file: its first 8 bytes give a header of "
            + Long.toUnsignedString(n) + " bytes, but the file holds " + size + " bytes (a header must be "
            + "2 bytes to 100 MB and fit in the file). The file is corrupt or truncated; download it again.");
      }
      ByteBuffer header = ByteBuffer.allocate((int) n);
      readFully(ch, header, 8);
      String json = new String(header.array(), StandardCharsets.UTF_8);
      Map<String, TensorEntry> entries = parseHeader(file, json);
      checkLayout(file, entries, size - 8 - n);
      return new SafeTensors(file, 8 + n, entries);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static Map<String, TensorEntry> parseHeader(Path file, String json) {
    JsonObject root;
    try {
      JsonElement parsed = JsonParser.parseString(json.strip());
      if (!parsed.isJsonObject()) {
        throw new DataFormatException(file, "safetensors header must be a JSON object, found " + parsed);
      }
      root = parsed.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new DataFormatException(file, "safetensors header is not valid JSON (" + e.getMessage()
          + "). The file is corrupt; download it again.", e);
    }
    Map<String, TensorEntry> entries = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> e : root.entrySet()) {
      if (e.getKey().equals("__metadata__")) {
        continue;
      }
      entries.put(e.getKey(), parseEntry(file, e.getKey(), e.getValue()));
    }
    return entries;
  }

  private static TensorEntry parseEntry(Path file, String name, JsonElement value) {
    try {
      JsonObject o = value.getAsJsonObject();
      DType dtype = DType.valueOf(o.get("dtype").getAsString().toUpperCase(Locale.ROOT));
      JsonArray dims = o.getAsJsonArray("shape");
      long[] shape = new long[dims.size()];
      for (int i = 0; i < shape.length; i++) {
        shape[i] = whole(dims.get(i));
        if (shape[i] < 0) {
          throw new IllegalArgumentException("negative dimension " + shape[i]);
        }
      }
      JsonArray offsets = o.getAsJsonArray("data_offsets");
      if (offsets.size() != 2) {
        throw new IllegalArgumentException("data_offsets must hold 2 numbers");
      }
      long begin = whole(offsets.get(0));
      long end = whole(offsets.get(1));
      TensorEntry t = new TensorEntry(name, dtype, shape, begin, end);
      if (begin < 0 || end - begin != Math.multiplyExact(t.elements(), dtype.bytes())) {
        throw new IllegalArgumentException("data_offsets [" + begin + ", " + end + "] hold "
            + (end - begin) + " bytes but " + dtype + " of shape " + dims + " needs "
            + t.elements() * dtype.bytes());
      }
      return t;
    } catch (RuntimeException e) {
      throw new DataFormatException(file, "safetensors entry '" + name + "' is malformed: expected "
          + "{dtype, shape, data_offsets} with sizes that agree, found " + value + " (" + e.getMessage()
          + "). The file is corrupt.", e);
    }
  }

  /**
   * A JSON integer: Gson's {@code getAsLong} would turn {@code 1.5} into 1 and accept the string
   * {@code "1"}, so a corrupt shape or offset could pass; this throws for anything but a whole number
   * that fits a long.
   */
  private static long whole(JsonElement e) {
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      throw new IllegalArgumentException("expected a whole number, found " + e);
    }
    try {
      return e.getAsBigDecimal().longValueExact();
    } catch (ArithmeticException notWhole) {
      throw new IllegalArgumentException("expected a whole number below 2^63, found " + e);
    }
  }

  private static void checkLayout(Path file, Map<String, TensorEntry> entries, long dataBytes) {
    List<TensorEntry> sorted = new ArrayList<>(entries.values());
    sorted.sort(Comparator.comparingLong(TensorEntry::begin));
    long expected = 0;
    for (TensorEntry t : sorted) {
      if (t.begin() != expected) {
        throw new DataFormatException(file, "safetensors tensors must tile the data section without "
            + "gaps or overlaps: '" + t.name() + "' starts at byte " + t.begin() + ", expected "
            + expected + ". The file is corrupt.");
      }
      expected = t.end();
    }
    if (expected != dataBytes) {
      throw new DataFormatException(file, "the header declares " + expected + " bytes of tensor data "
          + "but the file holds " + dataBytes + (dataBytes < expected ? " (truncated download?)" : "")
          + ". Download the file again.");
    }
  }

  /** The tensors, in header order. */
  public Map<String, TensorEntry> entries() {
    return java.util.Collections.unmodifiableMap(entries);
  }

  /** The file this was opened from. */
  public Path file() {
    return file;
  }

  /**
   * Reads tensor {@code name} converted to float32, in row-major order.
   *
   * @throws DataFormatException when the tensor is missing or not floating point
   */
  public float[] floats(String name) {
    TensorEntry t = entries.get(name);
    if (t == null) {
      throw new DataFormatException(file, "tensor '" + name + "' is missing");
    }
    if (!t.dtype().isFloating()) {
      throw new DataFormatException(file, "tensor '" + name + "' must be floating point, found "
          + t.dtype());
    }
    if (t.end() - t.begin() > Integer.MAX_VALUE) {
      throw new DataFormatException(file, "tensor '" + name + "' is over 2 GB");
    }
    ByteBuffer raw = ByteBuffer.allocate((int) (t.end() - t.begin())).order(ByteOrder.LITTLE_ENDIAN);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      readFully(ch, raw, dataStart + t.begin());
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    raw.flip();
    return HalfFloats.toFloats(raw, t.dtype(), (int) t.elements());
  }

  /** A missing or unreadable weights file, as a user error naming it. */
  private static InvalidInputException unreadable(Path file, IOException e) {
    String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
        : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new InvalidInputException(file + ": cannot read the safetensors weights (" + why
        + "). Check the path and its permissions, or download the weights again.", e);
  }

  private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
    long pos = position;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, pos);
      if (n < 0) {
        throw new IOException("unexpected end of file at byte " + pos);
      }
      pos += n;
    }
  }
}

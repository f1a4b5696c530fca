package org.brainalign.plugins.onnx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Counts the outputs an ONNX file declares by reading its protobuf directly: ONNX Runtime refuses a
 * graph without outputs with an internal message, so when it fails this says whether that was the
 * cause. {@code ModelProto.graph} is field 7, {@code GraphProto.output} field 12
 * (onnx/onnx.proto); every other field is skipped by its wire type.
 */
final class OnnxOutputCount {
  private OnnxOutputCount() {}

  /** The number of graph outputs, or -1 when the file is not a readable ONNX protobuf. */
  static int of(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer model = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
      ByteBuffer graph = field(model, 7);
      if (graph == null) {
        return -1;
      }
      int outputs = 0;
      while (graph.hasRemaining()) {
        long key = varint(graph);
        outputs += (key >>> 3) == 12 ? 1 : 0;
        skip(graph, (int) (key & 7));
      }
      return outputs;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The payload of the first length-delimited field {@code number}, or null. */
  private static ByteBuffer field(ByteBuffer b, int number) {
    while (b.hasRemaining()) {
      long key = varint(b);
      if ((key >>> 3) == number && (key & 7) == 2) {
        int len = Math.toIntExact(varint(b));
        return b.slice(b.position(), len);
      }
      skip(b, (int) (key & 7));
    }
    return null;
  }

  private static void skip(ByteBuffer b, int wireType) {
    switch (wireType) {
      case 0 -> varint(b);
      case 1 -> b.position(b.position() + 8);
      case 2 -> {
        int len = Math.toIntExact(varint(b)); // read before taking the position
        b.position(Math.addExact(b.position(), len));
      }
      case 5 -> b.position(b.position() + 4);
      default -> throw new IllegalArgumentException("wire type " + wireType);
    }
  }

  private static long varint(ByteBuffer b) {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte x = b.get();
      v |= (long) (x & 0x7F) << shift;
      if (x >= 0) {
        return v;
      }
    }
    throw new IllegalArgumentException("varint too long");
  }
}

package org.brainalign.plugins.resnet50.ort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * One protocol-buffers message being written (the wire format of
 * https://protobuf.dev/programming-guides/encoding/): varint and length-delimited fields, enough for
 * the ONNX messages {@link OnnxModelWriter} emits. Fields are written in the order they are added.
 */
final class Proto {
  private static final int VARINT = 0;
  private static final int FIXED32 = 5;
  private static final int LENGTH_DELIMITED = 2;
  private final Buffer out;

  /** A byte array stream whose array is handed out as is when it is exactly full. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer(int capacity) {
      super(capacity);
    }

    byte[] bytes() {
      return count == buf.length ? buf : toByteArray();
    }
  }

  Proto() {
    this(32);
  }

  /** A message expected to take about {@code capacity} bytes (weights: no regrowth copies). */
  Proto(int capacity) {
    out = new Buffer(capacity);
  }

  /** An integer field ({@code int32}, {@code int64} or an enum). */
  Proto varint(int field, long value) {
    tag(field, VARINT);
    writeVarint(value);
    return this;
  }

  /** A {@code float} field. */
  Proto fixed32(int field, float value) {
    tag(field, FIXED32);
    int bits = Float.floatToRawIntBits(value);
    for (int i = 0; i < 4; i++) {
      out.write(bits >>> (8 * i));
    }
    return this;
  }

  /** A {@code string} field, UTF-8. */
  Proto string(int field, String value) {
    return bytes(field, value.getBytes(StandardCharsets.UTF_8));
  }

  /** A {@code bytes} field. */
  Proto bytes(int field, byte[] value) {
    tag(field, LENGTH_DELIMITED);
    writeVarint(value.length);
    out.writeBytes(value);
    return this;
  }

  /** An embedded message field, copied from {@code value}'s buffer once. */
  Proto message(int field, Proto value) {
    tag(field, LENGTH_DELIMITED);
    writeVarint(value.out.size());
    try {
      value.out.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array stream does not fail
    }
    return this;
  }

  /** A {@code bytes} field holding {@code values} as little-endian float32 (ONNX's raw_data). */
  Proto floats(int field, float[] values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(values);
    return bytes(field, b.array());
  }

  /** The message's bytes; when they fill the capacity exactly, the buffer itself, not a copy. */
  byte[] toBytes() {
    return out.bytes();
  }

  /** Bytes a varint of {@code value} (non-negative) takes. */
  static int varintSize(long value) {
    int n = 1;
    for (long v = value >>> 7; v != 0; v >>>= 7) {
      n++;
    }
    return n;
  }

  /** Bytes written so far. */
  int size() {
    return out.size();
  }

  private void tag(int field, int wireType) {
    writeVarint(((long) field << 3) | wireType);
  }

  private void writeVarint(long value) {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }
}

package org.brainalign.plugins.resnet50.weights;

import java.nio.ByteBuffer;

/** Converts little-endian floating-point tensor bytes to float32. */
final class HalfFloats {
  private HalfFloats() {}

  static float[] toFloats(ByteBuffer raw, DType dtype, int n) {
    float[] out = new float[n];
    switch (dtype) {
      case F32 -> raw.asFloatBuffer().get(out);
      case F64 -> {
        for (int i = 0; i < n; i++) {
          out[i] = (float) raw.getDouble();
        }
      }
      case BF16 -> {
        for (int i = 0; i < n; i++) {
          out[i] = Float.intBitsToFloat((raw.getShort() & 0xffff) << 16);
        }
      }
      case F16 -> {
        for (int i = 0; i < n; i++) {
          out[i] = half(raw.getShort());
        }
      }
      default -> throw new IllegalArgumentException(dtype + " is not floating point");
    }
    return out;
  }

  /** IEEE 754 binary16 to float. */
  static float half(short bits) {
    int h = bits & 0xffff;
    int sign = (h >>> 15) << 31;
    int exp = (h >>> 10) & 0x1f;
    int mant = h & 0x3ff;
    if (exp == 0) {
      float v = mant * 0x1p-24f; // subnormal: mant × 2^-24
      return sign == 0 ? v : -v;
    }
    if (exp == 31) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
    }
    return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
  }
}

package org.brainalign.plugins.resnet50.weights;

/** The safetensors element types this reader understands, with their sizes in bytes. */
public enum DType {
  F64(8), F32(4), F16(2), BF16(2), I64(8), I32(4), I16(2), I8(1), U8(1), BOOL(1);

  private final int bytes;

  DType(int bytes) {
    this.bytes = bytes;
  }

  /** Bytes per element. */
  public int bytes() {
    return bytes;
  }

  /** Whether {@link SafeTensors#floats} can convert this type to float32. */
  public boolean isFloating() {
    return this == F64 || this == F32 || this == F16 || this == BF16;
  }
}

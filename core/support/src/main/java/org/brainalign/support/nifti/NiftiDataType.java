package org.brainalign.support.nifti;

import java.nio.ByteBuffer;

/**
 * The NIfTI-1 voxel datatypes this reader decodes (codes from {@code nifti1.h}).
 *
 * <p>NSD writes betas as int16 and ROI volumes as float64 (the class of the MATLAB label volume);
 * the others cover volumes written by nibabel, FSL or SPM.
 */
public enum NiftiDataType {
  UINT8(2, 1),
  INT16(4, 2),
  INT32(8, 4),
  FLOAT32(16, 4),
  FLOAT64(64, 8),
  INT8(256, 1),
  UINT16(512, 2);

  private final int code;
  private final int bytes;

  NiftiDataType(int code, int bytes) {
    this.code = code;
    this.bytes = bytes;
  }

  /** The {@code datatype} header code. */
  public int code() {
    return code;
  }

  /** Bytes per voxel; {@code bitpix} must be eight times this. */
  public int bytes() {
    return bytes;
  }

  /** The type with header code {@code code}, or {@code null} when unsupported. */
  public static NiftiDataType of(int code) {
    for (NiftiDataType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    return null;
  }

  /** Reads the next voxel from {@code buffer} (whose byte order is already set) as a double. */
  double next(ByteBuffer buffer) {
    return switch (this) {
      case UINT8 -> buffer.get() & 0xFF;
      case INT8 -> buffer.get();
      case INT16 -> buffer.getShort();
      case UINT16 -> buffer.getShort() & 0xFFFF;
      case INT32 -> buffer.getInt();
      case FLOAT32 -> buffer.getFloat();
      case FLOAT64 -> buffer.getDouble();
    };
  }

  /** The supported types, for error messages. */
  public static String supported() {
    StringBuilder sb = new StringBuilder();
    for (NiftiDataType t : values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(t.name().toLowerCase(java.util.Locale.ROOT)).append(" (").append(t.code).append(')');
    }
    return sb.toString();
  }
}

package org.brainalign.support.nifti;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;

/**
 * Reads single-file NIfTI-1 images ({@code .nii}, and {@code .nii.gz} detected by its gzip magic).
 *
 * <p>Header fields used (byte offsets of the 348-byte NIfTI-1 header): {@code sizeof_hdr} (0, must
 * be 348; its byte order gives the file's), {@code dim} (40), {@code datatype} (70), {@code bitpix}
 * (72), {@code vox_offset} (108), {@code scl_slope} (112), {@code scl_inter} (116) and {@code magic}
 * (344, {@code "n+1\0"}). Voxels are scaled as {@code slope · v + inter} when the slope is finite and
 * non-zero, as the standard says. Extensions between byte 352 and {@code vox_offset} are skipped.
 *
 * <p>No size field is trusted before it is checked: dimensions must be positive and their product
 * must fit a Java array; for an uncompressed file the file must hold {@code vox_offset} plus the
 * voxel bytes; a compressed file is read into a buffer that grows only as data actually arrives,
 * and to the end of its gzip stream so that the CRC and length in the trailer are checked.
 */
public final class NiftiReader {
  static final int HEADER_SIZE = 348;
  /** Largest voxel count read into one array. */
  static final long MAX_VOXELS = Integer.MAX_VALUE - 8;
  private static final int CHUNK = 1 << 20;

  private NiftiReader() {}

  /**
   * Reads a whole image.
   *
   * @throws InvalidInputException when the file does not exist
   * @throws DataFormatException when the header is truncated, corrupt, of an unsupported kind, or the
   *     voxel data is shorter than the header promises
   */
  public static NiftiVolume read(Path file) {
    try (InputStream in = open(file)) {
      ByteBuffer h = ByteBuffer.wrap(readHeader(file, in));
      ByteOrder order = byteOrder(file, h);
      h.order(order);
      checkMagic(file, h);
      int[] dims = dims(file, h);
      NiftiDataType type = dataType(file, h);
      long voxOffset = voxOffset(file, h);
      long voxels = voxelCount(file, dims);
      long bytes = voxels * type.bytes();
      boolean gzip = isGzip(file);
      if (!gzip) {
        long size = Files.size(file);
        if (size < voxOffset + bytes) {
          throw new DataFormatException(file, "truncated: the header promises " + voxels
              + " voxels of " + type.name().toLowerCase(java.util.Locale.ROOT) + " (dims "
              + Arrays.toString(dims) + ") = " + bytes + " bytes from byte " + voxOffset
              + ", but the file has " + size + " bytes. Download or copy the file again.");
        }
      }
      skip(file, in, voxOffset - HEADER_SIZE);
      byte[] raw = readData(file, in, bytes);
      if (gzip) {
        drain(in);
      }
      double slope = h.getFloat(112);
      double inter = h.getFloat(116);
      boolean scaled = Double.isFinite(slope) && slope != 0 && Double.isFinite(inter)
          && !(slope == 1 && inter == 0);
      ByteBuffer data = ByteBuffer.wrap(raw).order(order);
      double[] values = new double[(int) voxels];
      for (int v = 0; v < values.length; v++) {
        double x = type.next(data);
        values[v] = scaled ? slope * x + inter : x;
      }
      return new NiftiVolume(file, dims, values, type, order);
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(file.toString(), "a NIfTI-1 file", "no such file",
          "Check the path.");
    } catch (ZipException e) {
      throw new DataFormatException(file, "corrupt gzip data (" + e.getMessage()
          + "). Download or copy the file again.", e);
    } catch (EOFException e) {
      throw new DataFormatException(file, "truncated gzip stream: " + e.getMessage()
          + ". Download or copy the file again.", e);
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot be read: " + e, e);
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return isGzip(file) ? new GZIPInputStream(raw, 1 << 16) : raw;
  }

  private static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  private static byte[] readHeader(Path file, InputStream in) throws IOException {
    byte[] header = in.readNBytes(HEADER_SIZE);
    if (header.length < HEADER_SIZE) {
      throw new DataFormatException(file, "truncated header: a NIfTI-1 header has " + HEADER_SIZE
          + " bytes, found " + header.length + ". Download or copy the file again.");
    }
    return header;
  }

  private static ByteOrder byteOrder(Path file, ByteBuffer h) {
    int little = h.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    int big = h.order(ByteOrder.BIG_ENDIAN).getInt(0);
    if (little == HEADER_SIZE) {
      return ByteOrder.LITTLE_ENDIAN;
    }
    if (big == HEADER_SIZE) {
      return ByteOrder.BIG_ENDIAN;
    }
    if (little == 540 || big == 540) {
      throw new DataFormatException(file, "NIfTI-2 header (sizeof_hdr 540) is not supported; "
          + "expected NIfTI-1 (sizeof_hdr 348). Convert it, e.g. with nibabel: "
          + "nib.save(nib.Nifti1Image(img.dataobj, img.affine), 'out.nii.gz').");
    }
    throw new DataFormatException(file, "not a NIfTI-1 file: sizeof_hdr must be 348 in either "
        + "byte order, found " + little + " (little-endian) / " + big + " (big-endian)");
  }

  private static void checkMagic(Path file, ByteBuffer h) {
    byte[] magic = new byte[4];
    h.get(344, magic);
    String text = new String(magic, 0, 3, StandardCharsets.US_ASCII);
    if (text.equals("ni1")) {
      throw new DataFormatException(file, "a two-file NIfTI-1 header (magic \"ni1\", data in a "
          + "separate .img) is not supported; expected a single .nii file (magic \"n+1\"). "
          + "Convert it with nibabel or fslchfiletype NIFTI_GZ.");
    }
    if (!text.equals("n+1") || magic[3] != 0) {
      throw new DataFormatException(file, "bad NIfTI-1 magic: expected \"n+1\\0\" at byte 344, "
          + "found " + Arrays.toString(magic) + ". The header is corrupt.");
    }
  }

  private static int[] dims(Path file, ByteBuffer h) {
    int rank = h.getShort(40);
    if (rank < 1 || rank > 7) {
      throw new DataFormatException(file, "dim[0] (number of dimensions) must be 1..7, found "
          + rank + ". The header is corrupt.");
    }
    int[] dims = new int[rank];
    for (int d = 0; d < rank; d++) {
      dims[d] = h.getShort(42 + 2 * d);
      if (dims[d] < 1) {
        throw new DataFormatException(file, "dim[" + (d + 1) + "] must be positive, found "
            + dims[d] + ". The header is corrupt.");
      }
    }
    return dims;
  }

  private static NiftiDataType dataType(Path file, ByteBuffer h) {
    int code = h.getShort(70);
    NiftiDataType type = NiftiDataType.of(code);
    if (type == null) {
      throw new DataFormatException(file, "datatype " + code + " is not supported; supported: "
          + NiftiDataType.supported() + ". Convert the image to one of these.");
    }
    int bitpix = h.getShort(72);
    if (bitpix != 8 * type.bytes()) {
      throw new DataFormatException(file, "bitpix must be " + 8 * type.bytes() + " for datatype "
          + code + ", found " + bitpix + ". The header is corrupt.");
    }
    return type;
  }

  private static long voxOffset(Path file, ByteBuffer h) {
    float offset = h.getFloat(108);
    if (!(offset >= HEADER_SIZE + 4) || offset != Math.rint(offset) || offset > Integer.MAX_VALUE) {
      throw new DataFormatException(file, "vox_offset must be a whole number of bytes, at least "
          + (HEADER_SIZE + 4) + ", found " + offset + ". The header is corrupt.");
    }
    return (long) offset;
  }

  private static long voxelCount(Path file, int[] dims) {
    long n = 1;
    for (int d : dims) {
      n *= d; // d < 2^15 and n <= 2^31 before this step, so the product cannot overflow
      if (n > MAX_VOXELS) {
        throw new DataFormatException(file, "dims " + Arrays.toString(dims) + " hold more than "
            + MAX_VOXELS + " voxels, more than one array can hold; the header is corrupt or the "
            + "image must be split.");
      }
    }
    return n;
  }

  private static void skip(Path file, InputStream in, long n) throws IOException {
    long left = n;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new DataFormatException(file, "truncated: the file ends inside the header "
              + "extensions, before vox_offset. Download or copy the file again.");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  /**
   * Reads a gzip stream to its end, so that its trailer is checked: a cut or corrupt {@code .nii.gz}
   * then fails with an {@link EOFException} or a {@link ZipException} (bad CRC or length) instead of
   * passing unnoticed because the voxels happened to inflate before the damage.
   */
  private static void drain(InputStream in) throws IOException {
    byte[] sink = new byte[8192];
    while (in.read(sink) >= 0) {
      // discard bytes after the voxel data; GZIPInputStream checks the trailer at the end
    }
  }

  /** Reads exactly {@code bytes} bytes, growing the buffer only as data arrives. */
  private static byte[] readData(Path file, InputStream in, long bytes) throws IOException {
    if (bytes > MAX_VOXELS) {
      throw new DataFormatException(file, "voxel data of " + bytes + " bytes is larger than one "
          + "array can hold; the image must be split.");
    }
    int total = (int) bytes;
    byte[] buf = new byte[Math.min(total, CHUNK)];
    int filled = 0;
    while (filled < total) {
      if (filled == buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min(total, 2L * buf.length));
      }
      int n = in.read(buf, filled, buf.length - filled);
      if (n < 0) {
        throw new DataFormatException(file, "truncated: the header promises " + total
            + " bytes of voxel data, the file holds " + filled + ". Download or copy the file "
            + "again.");
      }
      filled += n;
    }
    return buf;
  }
}

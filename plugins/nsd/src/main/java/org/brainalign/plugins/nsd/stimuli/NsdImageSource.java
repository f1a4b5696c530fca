package org.brainalign.plugins.nsd.stimuli;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;

/**
 * Stimulus images read one at a time from {@code nsd_stimuli.hdf5}, dataset {@code /imgBrick}:
 * uint8, HDF5 shape {@code (73000, 425, 425, 3)} = (image, row, column, RGB), indexed by 0-based 73k
 * id. Only the requested image's bytes are read, so the 40 GB file is never unpacked.
 *
 * <p>The file is opened on the first {@link #read} and closed by {@link #close} (the dataset that
 * made this source closes it too).
 *
 * <p>A corrupt or truncated file gives a {@link DataFormatException} naming it, whatever jHDF throws
 * (it reports corruption with plain JDK exceptions too). Before jHDF allocates anything, the
 * announced sizes are checked: the stored data must fit in the file, and an image (or a chunk) must
 * fit in a quarter of the heap, so a forged dimension cannot end in an out-of-memory error.
 */
public final class NsdImageSource implements ImageSource, AutoCloseable {
  private final Path file;
  private final List<String> ids;
  private final int[] images;
  private HdfFile hdf;
  private Dataset brick;

  /**
   * @param ids the stimulus id of each entry (the response row ids)
   * @param images the 0-based 73k id shown in each entry
   */
  public NsdImageSource(Path file, List<String> ids, int[] images) {
    if (ids.size() != images.length) {
      throw new IllegalArgumentException(ids.size() + " ids for " + images.length + " images");
    }
    this.file = file;
    this.ids = List.copyOf(ids);
    this.images = images.clone();
  }

  @Override
  public int size() {
    return images.length;
  }

  @Override
  public String id(int index) {
    return ids.get(index);
  }

  /** The 0-based 73k id of the image, the same for every repetition of it. */
  @Override
  public String stimulus(int index) {
    return Integer.toString(images[index]);
  }

  /** The 0-based 73k id of entry {@code index}. */
  public int nsdId(int index) {
    return images[index];
  }

  /**
   * Reads entry {@code index}.
   *
   * @throws DataFormatException when {@code /imgBrick} is missing, has the wrong shape or type, is
   *     too short for the id, or cannot be read
   */
  @Override
  public synchronized RgbImage read(int index) {
    int id = images[index];
    try {
      Dataset d = brick();
      int[] dims = d.getDimensions();
      if (id >= dims[0]) {
        throw new DataFormatException(file, "/imgBrick holds " + dims[0] + " images, so 73k id "
            + id + " is out of range. Is this the full nsd_stimuli.hdf5?");
      }
      Object slab = d.getData(new long[] {id, 0, 0, 0}, new int[] {1, dims[1], dims[2], 3});
      return new RgbImage(dims[2], dims[1], pixels(Array.get(slab, 0), dims[1], dims[2]));
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      // jHDF reports corruption with HdfException and plain JDK exceptions alike
      // (ArithmeticException, BufferUnderflowException, IndexOutOfBoundsException, ...)
      throw new DataFormatException(file, "cannot read image " + id + " from /imgBrick ("
          + e.getMessage() + "); the file may be truncated or corrupt. Download it again.", e);
    }
  }

  private Dataset brick() {
    if (brick == null) {
      try {
        hdf = new HdfFile(file);
        brick = check(hdf);
      } catch (RuntimeException e) {
        try {
          close();
        } catch (RuntimeException ignored) {
          // already failing; the first error is the one to report
        }
        throw e;
      }
    }
    return brick;
  }

  /** {@code /imgBrick}, once its type and announced sizes are plausible. */
  private Dataset check(HdfFile hdf) {
    if (!(hdf.getChildren().get("imgBrick") instanceof Dataset d)) {
      throw new DataFormatException(file, "has no dataset /imgBrick; expected NSD's "
          + "nsd_stimuli.hdf5 with /imgBrick uint8 (73000, 425, 425, 3)");
    }
    int[] dims = d.getDimensions();
    if (dims.length != 4 || dims[3] != 3 || d.getDataType().getSize() != 1
        || Arrays.stream(dims).anyMatch(n -> n <= 0)) {
      throw new DataFormatException(file, "/imgBrick must be uint8 (images, rows, columns, 3), "
          + "found " + Arrays.toString(dims) + " of " + d.getDataType().getSize()
          + "-byte elements");
    }
    // jHDF builds [1][rows][columns][3] arrays (about 32 bytes per pixel with their headers), and
    // a chunk is inflated whole into one buffer
    long budget = Runtime.getRuntime().maxMemory() / 4;
    if ((long) dims[1] * dims[2] * 32 > budget) {
      throw new DataFormatException(file, "/imgBrick announces images of " + dims[1] + " × "
          + dims[2] + " pixels, more than a quarter of the heap can read: the header is corrupt "
          + "(NSD's are 425 × 425). Download the file again.");
    }
    if (d instanceof ChunkedDataset c) {
      long chunk = 1;
      for (int n : c.getChunkDimensions()) {
        chunk *= Math.max(1, n);
        if (chunk > budget) {
          throw new DataFormatException(file, "/imgBrick announces chunks of "
              + Arrays.toString(c.getChunkDimensions()) + " elements, more than a quarter of the "
              + "heap: the header is corrupt. Download the file again.");
        }
      }
    }
    long stored = d.getStorageInBytes();
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot be read: " + e, e);
    }
    if (stored > size || stored < 0) {
      throw new DataFormatException(file, "/imgBrick announces " + stored + " bytes of stored "
          + "data, but the file has " + size + " bytes: it is truncated or corrupt. Download it "
          + "again.");
    }
    return d;
  }

  /** Flattens {@code [rows][columns][3]} of bytes, or of wider ints holding unsigned bytes. */
  private static byte[] pixels(Object image, int rows, int columns) {
    byte[] out = new byte[rows * columns * 3];
    int n = 0;
    if (image instanceof byte[][][] b) {
      for (byte[][] row : b) {
        for (byte[] px : row) {
          out[n++] = px[0];
          out[n++] = px[1];
          out[n++] = px[2];
        }
      }
      return out;
    }
    if (image instanceof short[][][] w) { // jhdf widens unsigned bytes to short
      for (short[][] row : w) {
        for (short[] px : row) {
          out[n++] = (byte) px[0];
          out[n++] = (byte) px[1];
          out[n++] = (byte) px[2];
        }
      }
      return out;
    }
    for (int r = 0; r < rows; r++) {
      Object row = Array.get(image, r);
      for (int c = 0; c < columns; c++) {
        Object px = Array.get(row, c);
        for (int ch = 0; ch < 3; ch++) {
          out[n++] = (byte) ((Number) Array.get(px, ch)).intValue();
        }
      }
    }
    return out;
  }

  @Override
  public synchronized void close() {
    if (hdf != null) {
      hdf.close();
      hdf = null;
      brick = null;
    }
  }

  /** The stimulus HDF5 file every image is read from. */
  @Override
  public java.util.Optional<List<Path>> files() {
    return java.util.Optional.of(List.of(file));
  }
}

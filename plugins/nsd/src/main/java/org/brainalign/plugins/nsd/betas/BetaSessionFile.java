package org.brainalign.plugins.nsd.betas;

import io.jhdf.AbstractNode;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.message.DataLayoutMessage.ChunkedDataLayoutMessage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;

/**
 * One {@code betas_sessionNN.hdf5} file: dataset {@code /betas}, int16 (% signal change × 300), HDF5
 * shape {@code (trials, Z, Y, X)}: the full axis reversal of the NIfTI grid {@code (X, Y, Z)}.
 *
 * <p>Element {@code [t][k][j][i]} is voxel {@code (i, j, k)} on trial {@code t}, so a voxel's flat
 * NIfTI index {@code f = i + X·(j + Y·k)} is also its offset within one trial here.
 */
public final class BetaSessionFile implements AutoCloseable {
  private final Path file;
  private final HdfFile hdf;
  private final Dataset betas;
  private final int trials;
  private final int[] grid; // (X, Y, Z)

  private BetaSessionFile(Path file, HdfFile hdf, Dataset betas, int[] dims) {
    this.file = file;
    this.hdf = hdf;
    this.betas = betas;
    this.trials = dims[0];
    this.grid = new int[] {dims[3], dims[2], dims[1]};
  }

  /**
   * Opens a session file and checks its {@code /betas} dataset.
   *
   * @throws DataFormatException when the file is not readable HDF5 (truncated, corrupt) or
   *     {@code /betas} is missing, not 4-D or not 16-bit signed integers
   */
  public static BetaSessionFile open(Path file) {
    HdfFile hdf = null;
    try {
      hdf = new HdfFile(file);
      Node node = hdf.getChildren().get("betas");
      if (!(node instanceof Dataset ds)) {
        throw new DataFormatException(file, "has no dataset /betas; an NSD betas_sessionNN.hdf5 "
            + "holds /betas (trials, Z, Y, X) int16. Download the file again.");
      }
      int[] dims = ds.getDimensions();
      if (dims.length != 4 || !(ds.getDataType() instanceof FixedPoint fp) || fp.getSize() != 2
          || !fp.isSigned()) {
        throw new DataFormatException(file, "/betas must be 4-D int16 (trials, Z, Y, X), found "
            + Arrays.toString(dims) + " of " + ds.getJavaType().getSimpleName()
            + ". Is this an NSD betas file?");
      }
      if ((long) dims[1] * dims[2] * dims[3] > Integer.MAX_VALUE) {
        throw new DataFormatException(file, "/betas has " + Arrays.toString(dims) + " elements: "
            + "its voxel grid holds more than 2^31 voxels, so the header is corrupt. Download the "
            + "file again.");
      }
      return new BetaSessionFile(file, hdf, ds, dims);
    } catch (InvalidInputException e) {
      closeQuietly(hdf);
      throw e;
    } catch (RuntimeException e) {
      // jHDF reports corruption with HdfException and with plain JDK exceptions alike
      // (ArithmeticException, BufferUnderflowException, ...)
      closeQuietly(hdf);
      throw unreadable(file, e);
    }
  }

  static DataFormatException unreadable(Path file, Exception e) {
    return new DataFormatException(file, "is not a readable HDF5 betas file (" + e.getMessage()
        + "); it may be truncated or corrupt. Download it again (NSD files are ~1 GB each; "
        + "compare its size with the release).", e);
  }

  private static void closeQuietly(HdfFile hdf) {
    if (hdf != null) {
      try {
        hdf.close();
      } catch (RuntimeException ignored) {
        // already failing; the first error is the one to report
      }
    }
  }

  public Path file() {
    return file;
  }

  /** Trials in the session (750 in NSD). */
  public int trials() {
    return trials;
  }

  /** The voxel grid {@code (X, Y, Z)}, i.e. the HDF5 shape's last three axes reversed. */
  public int[] grid() {
    return grid.clone();
  }

  /** The strategy {@link ReadStrategy#AUTO} picks for this file. */
  public ReadStrategy resolve(ReadStrategy strategy) {
    if (strategy != ReadStrategy.AUTO) {
      return strategy;
    }
    return chunkIndexLayout() != null ? ReadStrategy.CHUNKS : ReadStrategy.PLANES;
  }

  /**
   * Reads the betas of the given voxels.
   *
   * @param flat ascending flat indices {@code i + X·(j + Y·k)}
   * @return raw int16 values, voxel-major: element {@code v·trials + t} is voxel {@code flat[v]} on
   *     trial {@code t}
   * @throws DataFormatException when the file's data cannot be read (truncated, corrupt)
   */
  public short[] readVoxels(int[] flat, ReadStrategy strategy) {
    long bytes = 2L * flat.length * trials;
    if (bytes > Runtime.getRuntime().maxMemory() / 2) {
      throw new DataFormatException(file, "reading " + flat.length + " voxels × " + trials
          + " trials needs " + bytes + " bytes, more than half the heap: the trial count in the "
          + "header is implausible (NSD has 750 per session; the file is corrupt) or the ROI is "
          + "too large for this heap (raise -Xmx).");
    }
    short[] out = new short[flat.length * trials];
    try {
      if (resolve(strategy) == ReadStrategy.CHUNKS) {
        readChunks(flat, out);
      } else {
        readPlanes(flat, out);
      }
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unreadable(file, e);
    }
    return out;
  }

  private void readChunks(int[] flat, short[] out) {
    ChunkedDataLayoutMessage layout = chunkIndexLayout();
    if (layout == null) {
      throw new DataFormatException(file, "read=chunks needs /betas chunked one voxel × all "
          + "trials with a version-1 B-tree index and no filters; this file is laid out "
          + "otherwise. Use read=planes (or read=auto).");
    }
    VoxelChunkIndex index = VoxelChunkIndex.lookUp(file, hdf.getHdfBackingStorage(),
        layout.getBTreeAddress(), grid, flat);
    Integer[] order = new Integer[flat.length];
    for (int v = 0; v < order.length; v++) {
      order[v] = v;
    }
    Arrays.sort(order, (a, b) -> Long.compare(index.address(a), index.address(b)));
    short fill = betas.getFillValue() instanceof Number n ? n.shortValue() : 0;
    ByteOrder byteOrder = ((FixedPoint) betas.getDataType()).getByteOrder();
    int chunkBytes = 2 * trials;
    int p = 0;
    while (p < order.length) {
      int v0 = order[p];
      if (index.address(v0) < 0) { // never written: the fill value
        Arrays.fill(out, v0 * trials, (v0 + 1) * trials, fill);
        p++;
        continue;
      }
      // one read for chunks that lie close together: reading through a small gap costs less
      // than another system call, on disk and in the page cache alike
      long start = index.address(v0);
      long stop = start + chunkBytes;
      int end = p + 1;
      while (end < order.length) {
        long next = index.address(order[end]);
        if (next < stop || next - stop > MAX_GAP || next + chunkBytes - start > MAX_READ) {
          break;
        }
        stop = next + chunkBytes;
        end++;
      }
      ByteBuffer run = readBytes(start, (int) (stop - start)).order(byteOrder);
      for (int q = p; q < end; q++) {
        int v = order[q];
        if (index.size(v) != chunkBytes) {
          throw new DataFormatException(file, "the chunk of voxel " + flat[v] + " holds "
              + index.size(v) + " bytes, expected " + chunkBytes + " (one voxel × " + trials
              + " int16 trials). Use read=planes for this file.");
        }
        run.position((int) (index.address(v) - start));
        run.asShortBuffer().get(out, v * trials, trials);
      }
      p = end;
    }
  }

  /** Largest gap between two chunks read through in one read (measured: see docs/benchmarks). */
  static final int MAX_GAP = 64 << 10;
  /** Largest single read. */
  static final int MAX_READ = 8 << 20;

  private ByteBuffer readBytes(long address, int length) {
    try {
      long pos = address + hdf.getHdfBackingStorage().getUserBlockSize();
      FileChannel ch = hdf.getHdfBackingStorage().getFileChannel();
      if (pos + length > ch.size()) {
        throw new DataFormatException(file, "a chunk lies at bytes " + pos + ".." + (pos + length)
            + " but the file has " + ch.size() + " bytes: it is truncated. Download it again.");
      }
      ByteBuffer buf = ByteBuffer.allocate(length);
      while (buf.hasRemaining()) {
        if (ch.read(buf, pos + buf.position()) < 0) {
          throw new DataFormatException(file, "unexpected end of file; it is truncated.");
        }
      }
      return buf.flip();
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot be read: " + e, e);
    }
  }

  /** The layout message when /betas is chunked (trials, 1, 1, 1) with a v1 B-tree, else null. */
  private ChunkedDataLayoutMessage chunkIndexLayout() {
    if (betas instanceof ChunkedDataset c && betas instanceof AbstractNode node
        && Arrays.equals(c.getChunkDimensions(), new int[] {trials, 1, 1, 1})
        && c.getFilters().isEmpty()
        && node.getHeader().hasMessageOfType(ChunkedDataLayoutMessage.class)) {
      return node.getHeader().getMessageOfType(ChunkedDataLayoutMessage.class);
    }
    return null;
  }

  private void readPlanes(int[] flat, short[] out) {
    checkStorage();
    int x = grid[0];
    int y = grid[1];
    int v = 0;
    while (v < flat.length) {
      int k = flat[v] / (x * y);
      int end = v;
      int iMin = Integer.MAX_VALUE;
      int iMax = -1;
      int jMin = Integer.MAX_VALUE;
      int jMax = -1;
      while (end < flat.length && flat[end] / (x * y) == k) {
        int i = flat[end] % x;
        int j = (flat[end] / x) % y;
        iMin = Math.min(iMin, i);
        iMax = Math.max(iMax, i);
        jMin = Math.min(jMin, j);
        jMax = Math.max(jMax, j);
        end++;
      }
      short[][][][] slab = (short[][][][]) betas.getData(new long[] {0, k, jMin, iMin},
          new int[] {trials, 1, jMax - jMin + 1, iMax - iMin + 1});
      for (int u = v; u < end; u++) {
        int i = flat[u] % x - iMin;
        int j = (flat[u] / x) % y - jMin;
        int base = u * trials;
        for (int t = 0; t < trials; t++) {
          out[base + t] = slab[t][0][j][i];
        }
      }
      v = end;
    }
  }

  /**
   * The chunks of /betas must lie within the file: jHDF copies each chunk into an array of the size
   * its index announces, so a forged size otherwise ends in an OutOfMemoryError. jHDF indexes every
   * chunk for a plane read anyway; the CHUNKS path reads only the chunks it looks up and checks
   * each one against the file size instead.
   */
  private void checkStorage() {
    long stored = betas.getStorageInBytes();
    long size;
    try {
      size = hdf.getHdfBackingStorage().getFileChannel().size();
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot be read: " + e, e);
    }
    if (stored > size) {
      throw new DataFormatException(file, "/betas announces " + stored + " bytes of stored "
          + "chunks, but the file has " + size + " bytes: it is truncated or corrupt. Download it "
          + "again.");
    }
  }

  @Override
  public void close() {
    hdf.close();
  }
}

package org.brainalign.plugins.nsd.betas;

import io.jhdf.storage.HdfBackingStorage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.brainalign.api.DataFormatException;

/**
 * Finds the file addresses of the chunks of some voxels in a {@code (trials, Z, Y, X)} dataset
 * chunked {@code (trials, 1, 1, 1)}, by walking its version-1 B-tree (HDF5 file format spec, "Version
 * 1 B-trees", node type 1 = raw data chunks), the index HDF5 1.8-style writers (MATLAB, h5py's
 * default) use.
 *
 * <p>jhdf builds a map of every chunk on first access: for NSD's 699,192 chunks per session that
 * costs seconds and ~1 GB of garbage per file. Here only subtrees whose key range holds a wanted
 * voxel are read, and the result is two arrays.
 *
 * <p>A node is {@code "TREE"}, type (1 byte), level (1), entries used N (2), left and right sibling
 * addresses, then keys and children interleaved: key 0, child 0, ..., key N. A key is the chunk size
 * (4 bytes), filter mask (4) and the chunk's offset in elements, one 8-byte value per dimension plus
 * one for the element. Child {@code c} of a node holds the chunks with keys from key {@code c} up to
 * key {@code c + 1}; at level 0 it is the chunk itself.
 */
final class VoxelChunkIndex {
  private final Path file;
  private final HdfBackingStorage storage;
  private final int[] grid; // (X, Y, Z)
  private final int[] wanted; // ascending flat indices
  private final long[] address;
  private final int[] size;
  private final int offsets;
  private final long fileSize;

  private VoxelChunkIndex(Path file, HdfBackingStorage storage, int[] grid, int[] wanted)
      throws IOException {
    this.file = file;
    this.storage = storage;
    this.grid = grid;
    this.wanted = wanted;
    this.address = new long[wanted.length];
    this.size = new int[wanted.length];
    Arrays.fill(address, -1);
    this.offsets = storage.getSizeOfOffsets();
    this.fileSize = storage.getFileChannel().size();
  }

  /**
   * Looks up the chunks of the wanted voxels.
   *
   * @param wanted ascending flat indices {@code i + X·(j + Y·k)}
   * @return for each wanted voxel, {@code [address, size]} rows: {@code addresses()[v]} is -1 when
   *     the chunk was never written (its betas are the fill value)
   */
  static VoxelChunkIndex lookUp(Path file, HdfBackingStorage storage, long root, int[] grid,
      int[] wanted) {
    try {
      VoxelChunkIndex index = new VoxelChunkIndex(file, storage, grid, wanted);
      index.visit(root, 0, Long.MAX_VALUE, 0);
      return index;
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot read the chunk index: " + e, e);
    }
  }

  long address(int v) {
    return address[v];
  }

  int size(int v) {
    return size[v];
  }

  private void visit(long node, long lo, long hi, int depth) throws IOException {
    if (depth > 64) {
      throw corrupt("B-tree deeper than 64 levels");
    }
    int headerBytes = 8 + 2 * offsets;
    ByteBuffer h = read(node, headerBytes);
    byte[] signature = new byte[4];
    h.get(signature);
    if (!new String(signature, StandardCharsets.US_ASCII).equals("TREE") || h.get() != 1) {
      throw corrupt("no raw-data B-tree node at address " + node);
    }
    int level = h.get() & 0xFF;
    int entries = h.getShort() & 0xFFFF;
    int keyBytes = 8 + 8 * 5; // size, filter mask, offsets of (trials, Z, Y, X, element)
    ByteBuffer b = read(node + headerBytes, (entries + 1) * keyBytes + entries * offsets);
    long[] keys = new long[entries + 1];
    int[] sizes = new int[entries + 1];
    long[] children = new long[entries];
    for (int e = 0; e <= entries; e++) {
      sizes[e] = b.getInt();
      int mask = b.getInt();
      long t = b.getLong();
      long k = b.getLong();
      long j = b.getLong();
      long i = b.getLong();
      b.getLong(); // element offset, always 0
      if (e < entries && level == 0 && (mask != 0 || t != 0)) {
        throw corrupt("chunk at (" + t + ", " + k + ", " + j + ", " + i + ") is filtered or does "
            + "not start at trial 0");
      }
      keys[e] = e == entries && level > 0 ? Math.max(hi, flat(i, j, k)) : flat(i, j, k);
      if (e < entries) {
        children[e] = offsets == 8 ? b.getLong() : b.getInt() & 0xFFFFFFFFL;
      }
    }
    for (int c = 0; c < entries; c++) {
      if (level == 0) {
        int v = Arrays.binarySearch(wanted, (int) Math.min(keys[c], Integer.MAX_VALUE));
        if (keys[c] <= Integer.MAX_VALUE && v >= 0) {
          address[v] = children[c];
          size[v] = sizes[c];
        }
      } else if (anyWanted(keys[c], keys[c + 1])) {
        visit(children[c], keys[c], keys[c + 1], depth + 1);
      }
    }
  }

  /** Whether a wanted flat index lies in {@code [from, to]}. */
  private boolean anyWanted(long from, long to) {
    int p = Arrays.binarySearch(wanted, (int) Math.min(Math.max(from, 0), Integer.MAX_VALUE));
    int first = p >= 0 ? p : -p - 1;
    return first < wanted.length && wanted[first] <= to;
  }

  private long flat(long i, long j, long k) {
    return i + (long) grid[0] * (j + (long) grid[1] * k);
  }

  private ByteBuffer read(long at, int length) throws IOException {
    if (at < 0 || at + length > fileSize) {
      throw new DataFormatException(file, "the chunk index points at bytes " + at + ".."
          + (at + length) + " but the file has " + fileSize + " bytes; it is truncated or "
          + "corrupt. Download it again.");
    }
    ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    FileChannel ch = storage.getFileChannel();
    long pos = at + storage.getUserBlockSize();
    while (buf.hasRemaining()) {
      if (ch.read(buf, pos + buf.position()) < 0) {
        throw corrupt("unexpected end of file at " + (pos + buf.position()));
      }
    }
    return buf.flip();
  }

  private DataFormatException corrupt(String problem) {
    return new DataFormatException(file, "corrupt chunk index (" + problem + "). Download the file "
        + "again.");
  }
}

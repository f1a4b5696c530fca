package org.brainalign.plugins.folder.stimuli;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.RgbImage;

/**
 * Stimuli as one HDF5 array {@code (n × height × width × 3)} of 8-bit RGB (as NSD's imgBrick), with
 * an id list of length n: an HDF5 string dataset or a text file with one id per line (an optional
 * first line {@code stimulus} is a header). Images are read one at a time by sliced reads.
 */
public final class Hdf5Stimuli implements StimulusSet {
  private static final Pattern SPEC = Pattern.compile("(.+\\.(?:h5|hdf5|hdf)):(/.*)",
      Pattern.CASE_INSENSITIVE);
  private final Path file;
  private final String path;
  private final List<String> ids;
  private final int[] dims;
  private HdfFile hdf;
  private Dataset images;

  private Hdf5Stimuli(Path file, String path, List<String> ids, int[] dims, HdfFile hdf,
      Dataset images) {
    this.file = file;
    this.path = path;
    this.ids = ids;
    this.dims = dims;
    this.hdf = hdf;
    this.images = images;
  }

  /**
   * @param images {@code FILE.h5:/dataset} of the image array
   * @param ids {@code FILE.h5:/dataset} of strings, or a text file
   * @param root the dataset folder, against which relative paths resolve
   */
  public static Hdf5Stimuli open(String images, String ids, Path root) {
    Matcher m = SPEC.matcher(images);
    if (!m.matches()) {
      throw InvalidInputException.of(images, "FILE.h5:/dataset", "no dataset path",
          "Write stimuli: {images: FILE.h5:/images, ids: ...}.");
    }
    Path file = requireFile(root.resolve(m.group(1)).normalize(), "the stimulus image array");
    List<String> idList = readIds(ids, root);
    HdfFile hdf = null;
    try {
      hdf = new HdfFile(file);
      Node node = hdf.getByPath(m.group(2));
      if (!(node instanceof Dataset d)) {
        throw new DataFormatException(file, "'" + m.group(2) + "' is a group, not a dataset");
      }
      int[] dims = d.getDimensions();
      if (dims.length != 4 || dims[3] != 3 || d.getDataType().getSize() != 1
          || Arrays.stream(dims).anyMatch(n -> n <= 0)) {
        throw new DataFormatException(file, "'" + m.group(2) + "': expected 8-bit RGB images "
            + "(n, height, width, 3), found " + Arrays.toString(dims) + " of "
            + d.getDataType().getSize() + "-byte elements");
      }
      // jHDF builds nested arrays (tens of bytes per pixel): refuse forged sizes before reading.
      if ((long) dims[1] * dims[2] * 64 > Runtime.getRuntime().maxMemory() / 4
          || d.getStorageInBytes() > Files.size(file)) {
        throw new DataFormatException(file, "'" + m.group(2) + "' announces " + dims[1] + " × "
            + dims[2] + "-pixel images (" + d.getStorageInBytes() + " stored bytes in a "
            + Files.size(file) + "-byte file): the file is corrupt or the images too large");
      }
      if (dims[0] != idList.size()) {
        throw InvalidInputException.of(ids, "one id per image of " + images + " (" + dims[0]
            + ")", idList.size() + " ids", "Give the id list the array's length and order.");
      }
      return new Hdf5Stimuli(file, m.group(2), idList, dims, hdf, d);
    } catch (InvalidInputException e) {
      close(hdf);
      throw e;
    } catch (Exception e) {
      close(hdf);
      throw new DataFormatException(file, "cannot read '" + m.group(2) + "' (" + e.getMessage()
          + "); check the dataset path and that the file is complete", e);
    }
  }

  private static Path requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(file.toString(), what, "no such file",
          "Check the path in dataset.yaml (relative paths start at its folder).");
    }
    return file;
  }

  private static List<String> readIds(String spec, Path root) {
    Matcher m = SPEC.matcher(spec);
    List<String> out = new ArrayList<>();
    if (m.matches()) {
      Path file = requireFile(root.resolve(m.group(1)).normalize(), "the stimulus id list");
      try (HdfFile hdf = new HdfFile(file)) {
        if (!(hdf.getByPath(m.group(2)) instanceof Dataset d) || d.getDimensions().length != 1
            || d.getJavaType() != String.class) {
          throw new DataFormatException(file, "'" + m.group(2) + "': expected a 1-D dataset of "
              + "strings (the stimulus ids)");
        }
        for (Object o : (Object[]) d.getData()) {
          out.add(((String) o).strip());
        }
      } catch (InvalidInputException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new DataFormatException(file, "cannot read the ids '" + m.group(2) + "' ("
            + e.getMessage() + ")", e);
      }
      return unique(out, file, -1);
    }
    Path file = requireFile(root.resolve(spec).normalize(), "the stimulus id list");
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      int skipped = 0;
      for (int i = 0; i < lines.size(); i++) {
        String id = lines.get(i).replace("\uFEFF", "").strip();
        if (i == skipped && (id.isEmpty() || id.equals("stimulus"))) {
          skipped++;
          continue;
        }
        if (id.isEmpty()) {
          throw new DataFormatException(file, "line " + (i + 1) + ": expected a stimulus id, "
              + "found an empty line");
        }
        out.add(id);
      }
      return unique(out, file, skipped);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new DataFormatException(file, "cannot read as UTF-8 text: " + e.getMessage(), e);
    }
  }

  /**
   * @param offset added to a 0-based position: the lines skipped before the first id, or -1 for
   *     an HDF5 dataset (whose positions are named as 0-based entries)
   */
  private static List<String> unique(List<String> ids, Path file, int offset) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      Integer first = seen.putIfAbsent(ids.get(i), i);
      if (first != null) {
        String where = offset < 0 ? "entries " + first + " and " + i + " (0-based)"
            : "lines " + (first + 1 + offset) + " and " + (i + 1 + offset);
        throw new DataFormatException(file, "id '" + ids.get(i) + "' appears twice, at " + where
            + "; each image needs its own id. Rename or remove one");
      }
    }
    return List.copyOf(ids);
  }

  private static void close(HdfFile hdf) {
    if (hdf != null) {
      try {
        hdf.close();
      } catch (RuntimeException ignored) {
        // the first error is the one to report
      }
    }
  }

  @Override
  public List<String> ids() {
    return ids;
  }

  @Override
  public synchronized RgbImage read(int index) {
    Object slab;
    try {
      slab = images.getData(new long[] {index, 0, 0, 0}, new int[] {1, dims[1], dims[2], 3});
    } catch (RuntimeException e) {
      throw new DataFormatException(file, "cannot read image " + index + " of '" + path + "' ("
          + e.getMessage() + "); the file may be truncated", e);
    }
    byte[] px = new byte[dims[1] * dims[2] * 3];
    Object image = Array.get(slab, 0);
    int n = 0;
    for (int y = 0; y < dims[1]; y++) {
      Object row = Array.get(image, y);
      for (int x = 0; x < dims[2]; x++) {
        Object rgb = Array.get(row, x);
        for (int c = 0; c < 3; c++) {
          px[n++] = (byte) Array.getInt(rgb, c);
        }
      }
    }
    return new RgbImage(dims[2], dims[1], px);
  }

  /** The HDF5 file holding the image array (the ids are part of the set's identity already). */
  @Override
  public List<Path> files() {
    return List.of(file);
  }

  @Override
  public String describe() {
    return file + ":" + path;
  }

  @Override
  public synchronized void close() {
    close(hdf);
    hdf = null;
    images = null;
  }
}

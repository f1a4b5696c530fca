package org.brainalign.plugins.folder.manifest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the stimulus images are: a folder of image files (id = file name without extension), or an
 * HDF5 image array {@code (n × H × W × 3)} uint8 with an id list of length n.
 *
 * @param folder the image folder, or null for an HDF5 array
 * @param images the HDF5 array as {@code FILE.h5:/path}, or null for a folder
 * @param ids the id list: {@code FILE.h5:/path} (strings) or a text/CSV file, one id per line
 *     (optional header {@code stimulus}); null for a folder
 */
public record StimuliSpec(Path folder, String images, String ids) {

  public StimuliSpec {
    if ((folder == null) == (images == null)) {
      throw new IllegalArgumentException("exactly one of folder and images");
    }
    if (images != null) {
      Objects.requireNonNull(ids, "ids");
    }
  }

  public boolean isFolder() {
    return folder != null;
  }
}

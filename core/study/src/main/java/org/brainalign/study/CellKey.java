package org.brainalign.study;

import java.nio.file.Path;

/**
 * A cell's folder under {@code cells/}: readable coordinates plus a digest of the cell's full
 * identity (see {@link GridCell#key}).
 *
 * @param folder the folder name
 */
record CellKey(String folder) {

  /** The cell's folder in a study's {@code cells/} folder. */
  Path in(Path cells) {
    return cells.resolve(folder);
  }

  @Override
  public String toString() {
    return folder;
  }
}

package org.brainalign.plugins.folder.stimuli;

import java.util.List;
import org.brainalign.api.model.RgbImage;

/** The stimulus images of a folder dataset, addressed by index in their own order. */
public interface StimulusSet extends AutoCloseable {

  /** Stimulus ids in the set's order (file-name order for a folder, array order for HDF5). */
  List<String> ids();

  /** Reads image {@code index} of {@link #ids()}. */
  RgbImage read(int index);

  /** The files the images are read from, so that a study notices when one changes. */
  List<java.nio.file.Path> files();

  /** Where the images are, for messages and the manifest. */
  String describe();

  @Override
  void close();
}

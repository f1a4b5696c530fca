package org.brainalign.plugins.nsd.design;

import java.nio.file.Path;
import java.util.Locale;

/** Picks the design reader by file name: {@code .mat} (nsd_expdesign) or {@code .csv} (stim info). */
public final class DesignFiles {

  private DesignFiles() {}

  /**
   * Reads the trial order of subject {@code subject} (1-based) from a design file.
   *
   * @throws org.brainalign.api.DataFormatException for unreadable or malformed files
   */
  public static TrialDesign read(Path file, int subject) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") ? StimInfoReader.read(file, subject)
        : ExpDesignReader.read(file, subject);
  }
}

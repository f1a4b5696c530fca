package org.brainalign.api.model;

/** An ordered set of stimulus images, read one at a time so that 73,000 images never sit in memory. */
public interface ImageSource {

  int size();

  /** The stimulus id of image {@code index} (a file name, an NSD id). */
  String id(int index);

  /** Reads image {@code index}. */
  RgbImage read(int index);
}

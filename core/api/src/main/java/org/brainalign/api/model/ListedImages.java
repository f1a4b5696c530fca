package org.brainalign.api.model;

import java.util.List;
import java.util.function.IntFunction;

/** {@link ImageSource#of}: images by index, with their ids from a list. */
record ListedImages(List<String> ids, IntFunction<RgbImage> reader) implements ImageSource {
  @Override
  public int size() {
    return ids.size();
  }

  @Override
  public String id(int index) {
    return ids.get(index);
  }

  @Override
  public RgbImage read(int index) {
    return reader.apply(index);
  }
}

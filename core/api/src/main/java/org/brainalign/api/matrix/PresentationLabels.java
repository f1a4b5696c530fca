package org.brainalign.api.matrix;

import java.util.List;

/** Row ids of presentations, each with the stimulus it shows (see {@link Labels#presentations}). */
record PresentationLabels(List<String> ids, List<String> stimuli) implements Labels {

  PresentationLabels {
    ids = List.copyOf(ids);
    stimuli = List.copyOf(stimuli);
    if (ids.size() != stimuli.size()) {
      throw new IllegalArgumentException(ids.size() + " row ids but " + stimuli.size()
          + " stimuli");
    }
  }

  @Override
  public int size() {
    return ids.size();
  }

  @Override
  public String get(int index) {
    return ids.get(index);
  }

  @Override
  public String stimulus(int index) {
    return stimuli.get(index);
  }
}

package org.brainalign.plugins.surrogate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

/**
 * Bad options fail as {@link InvalidInputException} (exit code 2 in the CLI) naming the option, the
 * value and the valid range — already when the study asks for the stimuli, before any features.
 */
class BadInputTest {
  static final RunContext CONTEXT = ToyModel.context();

  @Test
  void aSourceLayerTheModelDoesNotHave() {
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("layers", "[a,layer9]"))) {
      assertThatThrownBy(() -> ds.stimuli("subj01", CONTEXT))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("option 'layers'").hasMessageContaining("'layer9'")
          .hasMessageContaining("one of a, b");
    }
  }

  @Test
  void aReceptiveFieldLargerThanTheMap() {
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("rf", "7"))) {
      assertThatThrownBy(() -> ds.responses("subj01", "early", CONTEXT))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("option 'rf'").hasMessageContaining("[1, 6]")
          .hasMessageContaining("found 7");
    }
  }

  @Test
  void aLatentDimensionalityAboveTheChannels() {
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("latent", "[3,17]"))) {
      assertThatThrownBy(() -> ds.stimuli("subj01", CONTEXT))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("option 'latent'").hasMessageContaining("[1, 16]")
          .hasMessageContaining("found 17");
    }
  }

  @Test
  void listsOfDifferentLengthsAndUnknownReadouts() {
    assertThatThrownBy(() -> Surrogates.create(Surrogates.toy("layers", "[a]")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("one entry per ROI");
    assertThatThrownBy(() -> Surrogates.create(Surrogates.toy("readouts", "[local,global]")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("'global'");
    assertThatThrownBy(() -> Surrogates.create(Surrogates.toy("reliability", "0")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("(0, 1]");
  }

  @Test
  void theOldTrialCountPointsToTrials() {
    assertThatThrownBy(() -> Surrogates.create(Surrogates.toy("repetitions", "3")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("option 'repetitions'")
        .hasMessageContaining("found '3'").hasMessageContaining("write trials=3");
    assertThatThrownBy(() -> Surrogates.create(Surrogates.toy("repetitions", "twice")))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("expected mean or separate, found 'twice'");
    assertThatThrownBy(() -> Surrogates.create(Surrogates.toy("trials", "0")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("option 'trials'")
        .hasMessageContaining("[1, 100]");
  }

  @Test
  void aHostWithoutModels() {
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy())) {
      assertThatThrownBy(() -> ds.responses("subj01", "early", RunContext.quiet(1)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("offers no models");
    }
  }
}

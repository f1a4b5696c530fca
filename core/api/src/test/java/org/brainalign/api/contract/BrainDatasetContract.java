package org.brainalign.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.BrainDatasetProvider;
import org.brainalign.api.dataset.KnownAnswer;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.extension.ExtensionProvider;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

/**
 * Contract for {@link BrainDatasetProvider}s, run on a small dataset the plugin test supplies through
 * {@link #workingOptions()}: responses line up with stimuli, unknown names fail with the known ones.
 */
public abstract class BrainDatasetContract extends ExtensionProviderContract<BrainDataset> {

  /** @see ExtensionProviderContract#ExtensionProviderContract(ExtensionProvider, Map) */
  protected BrainDatasetContract(BrainDatasetProvider provider,
      Map<String, String> workingOptions) {
    super(provider, workingOptions);
  }

  /** The context responses are read with; a dataset that needs the host's models overrides it. */
  protected RunContext context() {
    return RunContext.quiet(1);
  }

  @Test
  void responsesLineUpWithStimuli() {
    try (BrainDataset ds = provider().create(options())) {
      String subject = ds.subjects().get(0);
      String roi = ds.rois(subject).get(0);
      Responses r = ds.responses(subject, roi, context());
      ImageSource images = ds.stimuli(subject, context());
      assertThat(images.size()).isEqualTo(r.data().rows());
      for (int i = 0; i < Math.min(5, images.size()); i++) {
        assertThat(images.id(i)).isEqualTo(r.data().rowIds().get(i));
      }
      assertThat(r.data().columns()).isPositive();
    }
  }

  @Test
  void unknownSubjectAndRoiAreClearErrors() {
    try (BrainDataset ds = provider().create(options())) {
      String subject = ds.subjects().get(0);
      assertThatThrownBy(() -> ds.responses("no-such-subject", "x", context()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("no-such-subject");
      assertThatThrownBy(() -> ds.responses(subject, "no-such-roi", context()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("no-such-roi");
    }
  }

  /**
   * A known answer in the manifest, when the dataset gives one as a map, is a {@link KnownAnswer}
   * that names its layer, so that the study's identification scores it.
   */
  @Test
  void aKnownAnswerNamesItsLayer() {
    try (BrainDataset ds = provider().create(options())) {
      String subject = ds.subjects().get(0);
      Responses r = ds.responses(subject, ds.rois(subject).get(0), context());
      if (r.manifest().get(KnownAnswer.MANIFEST_KEY) instanceof java.util.Map<?, ?>) {
        assertThat(r.knownAnswer()).as("Responses.knownAnswer()").isPresent();
        assertThat(r.knownAnswer().orElseThrow().layer()).as("the true layer").isPresent();
      }
    }
  }
}

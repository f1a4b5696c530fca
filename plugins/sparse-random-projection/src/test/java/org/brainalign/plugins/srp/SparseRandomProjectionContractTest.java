package org.brainalign.plugins.srp;

import java.util.Map;
import org.brainalign.api.contract.ReducerContract;
import org.junit.jupiter.api.Nested;

/** The reducer contract for each axis, with k small enough that something is projected. */
class SparseRandomProjectionContractTest {

  /** The contract on this plugin's provider; each nested class below chooses the options. */
  abstract class OnProvider extends ReducerContract {
    OnProvider(Map<String, String> workingOptions) {
      super(new SparseRandomProjectionProvider(), workingOptions);
    }
  }

  @Nested
  class AllUnits extends OnProvider {
    AllUnits() {
      super(Map.of("axis", "all", "dim", "40"));
    }
  }

  @Nested
  class Channels extends OnProvider {
    Channels() {
      super(Map.of("axis", "channel", "dim", "5", "seed", "9"));
    }
  }

  @Nested
  class SpatialPositions extends OnProvider {
    SpatialPositions() {
      super(Map.of("axis", "spatial", "dim", "7", "density", "0.3"));
    }
  }

  /** Defaults: k from Johnson–Lindenstrauss exceeds the sample layer, so it passes through. */
  @Nested
  class Defaults extends OnProvider {
    Defaults() {
      super(Map.of());
    }
  }
}

package org.brainalign.plugins.torchcompute;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.List;
import org.brainalign.api.compute.GramBackend;
import org.brainalign.api.compute.GramBackendProvider;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.pf4j.Extension;

/**
 * Provides {@code torch}: centred Gram matrices on DJL/libtorch. Options {@code device}
 * (auto | cpu | gpu) and {@code panel} (columns per panel, 0 = from the memory budget). Creating it
 * starts libtorch, so a missing or broken libtorch fails before any work, naming the fix.
 */
@Extension
public final class TorchGramBackendProvider implements GramBackendProvider {
  /** The backend's id. */
  public static final String ID = "torch";
  static final OptionSpec<Long> PANEL = OptionSpec.integer("panel", 0,
      "columns per float32 panel; 0 sizes panels from the memory budget (at most 256 MB)");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Centred Gram matrices from float32 column panels multiplied by libtorch (DJL), on a "
        + "CUDA GPU when one is configured, else the CPU; summed in float64";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(DeviceChoice.OPTION, PANEL);
  }

  @Override
  public GramBackend create(Options options) {
    long panel = options.get(PANEL);
    if (panel < 0 || panel > Integer.MAX_VALUE) {
      throw new InvalidOptionException("torch:panel: expected 0 (from the memory budget) or a "
          + "positive number of columns, found " + panel);
    }
    Engine engine = TorchRuntime.pytorch("gram-backend", "blas");
    int gpus = TorchRuntime.call(engine::getGpuCount);
    Device device = options.get(DeviceChoice.OPTION).choose(gpus);
    String versions = "DJL " + Engine.getDjlVersion() + ", PyTorch " + engine.getVersion()
        + ", " + gpus + " GPU" + (gpus == 1 ? "" : "s") + " seen";
    return new TorchGramBackend(device, (int) panel, versions);
  }
}

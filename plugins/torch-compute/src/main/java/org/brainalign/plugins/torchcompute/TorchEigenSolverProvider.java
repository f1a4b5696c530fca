package org.brainalign.plugins.torchcompute;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.compute.SymmetricEigenSolverProvider;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.pf4j.Extension;

/**
 * Provides the eigen-backend {@code torch}: symmetric eigendecompositions by
 * {@code torch.linalg.eigh} in float64 (DJL/libtorch, a TorchScript module shipped in this plugin).
 * Option {@code device} (auto | cpu | gpu). Creating it starts libtorch and loads the module, so a
 * missing or broken libtorch fails before any work, naming the fix.
 */
@Extension
public final class TorchEigenSolverProvider implements SymmetricEigenSolverProvider {
  /** The solver's id. */
  public static final String ID = "torch";
  /** The TorchScript module, beside this class. */
  static final String MODULE = "eigh.pt";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Symmetric eigendecompositions by torch.linalg.eigh in float64 (DJL/libtorch), on a CUDA "
        + "GPU when one is configured, else the CPU";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(DeviceChoice.OPTION);
  }

  @Override
  public SymmetricEigenSolver create(Options options) {
    Engine engine = TorchRuntime.pytorch("eigen-backend", "lapack");
    int gpus = TorchRuntime.call(engine::getGpuCount);
    Device device = options.get(DeviceChoice.OPTION).choose(gpus);
    String versions = "DJL " + Engine.getDjlVersion() + ", PyTorch " + engine.getVersion()
        + ", " + gpus + " GPU" + (gpus == 1 ? "" : "s") + " seen";
    return new TorchEigenSolver(TorchRuntime.call(() -> load(device)), device, versions);
  }

  /** Loads {@code eigh.pt} onto {@code device}. */
  static Model load(Device device) {
    Model model = Model.newInstance("eigh", device, TorchRuntime.ENGINE);
    try (InputStream in = TorchEigenSolverProvider.class.getResourceAsStream(MODULE)) {
      if (in == null) {
        throw new IllegalStateException(MODULE + " is missing from the torch-compute plugin jar");
      }
      model.load(in, Map.of("mapLocation", "true"));
      return model;
    } catch (IOException | MalformedModelException | RuntimeException e) {
      model.close();
      throw new InvalidInputException("eigen-backend torch: libtorch could not load its eigh module ("
          + e.getMessage() + "). Use 'eigen-backend: lapack' (the default), or a libtorch of version "
          + "1.13 or later (DJL's pytorch-native-cpu 2.7.1, or a CUDA libtorch 2.7.1 through "
          + "PYTORCH_LIBRARY_PATH).", e);
    }
  }
}

package org.brainalign.api.run;

import java.nio.file.Path;
import java.util.Optional;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.model.VisionModel;

/**
 * What an extension may use while it works: threads, a memory budget, a scratch folder and progress
 * reporting. Passed explicitly instead of global switches, so two runs in one JVM do not interfere.
 */
public interface RunContext {

  /** Threads the extension may use for its own parallel work (at least 1). */
  int threads();

  /** Bytes of heap the extension may hold for large temporary arrays. */
  long memoryBudget();

  /** A writable folder for temporary files, deleted or reused by the host. */
  Path scratchDir();

  /**
   * Starts reporting a task.
   *
   * @param task a short label, e.g. {@code "gram layer3"}
   * @param total units of work expected, or -1 when unknown
   */
  Progress progress(String task, long total);

  /**
   * The symmetric eigensolver the user chose for this run ({@code compute.eigen-backend} of a study,
   * {@code --eigen-backend} of compare), or empty for the metric's own (LAPACK).
   */
  default Optional<SymmetricEigenSolver> eigenSolver() {
    return Optional.empty();
  }

  /**
   * Where results that depend only on inputs several calls share (one feature matrix scored against
   * several regions) are kept for reuse; {@link SharedWork#none()} (compute every time) unless the
   * host offers a bounded store, as a study does for the cells of one feature matrix.
   */
  default SharedWork sharedWork() {
    return SharedWork.none();
  }

  /**
   * A model created by the host from any installed model plugin, for extensions that need a
   * network's activations themselves (a dataset whose responses are read out from a layer, such as
   * {@code surrogate}); they call {@link VisionModel#layers()} and {@link VisionModel#extract} on it
   * like the host does, so plugins still depend only on the API. The caller closes it.
   *
   * @param modelSpec a model spec as a study's {@code model.spec}, e.g.
   *     {@code resnet50:weights=random:1,resize=112,crop=112}
   * @throws InvalidInputException when the host offers no models (this default: tests and embedding
   *     without plugins) or the spec names no installed model or has bad options
   */
  default VisionModel model(String modelSpec) {
    throw new InvalidInputException("model '" + modelSpec + "': this run context offers no models "
        + "to extensions. Run through the brainalign CLI (run, demo, responses), whose context "
        + "creates them from the installed model plugins.");
  }

  /** A context that reports nothing, for tests and embedding. */
  static RunContext quiet(int threads) {
    return new QuietRunContext(threads, Runtime.getRuntime().maxMemory() / 2,
        Path.of(System.getProperty("java.io.tmpdir")));
  }
}

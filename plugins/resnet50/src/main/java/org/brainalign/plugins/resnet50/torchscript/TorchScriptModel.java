package org.brainalign.plugins.resnet50.torchscript;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.run.RunContext;
import org.brainalign.djl.vision.ExportSidecar;
import org.brainalign.djl.vision.ModelSettings;
import org.brainalign.djl.vision.NetworkFileModel;
import org.brainalign.plugins.resnet50.runtime.DjlRuntime;

/**
 * A user's TorchScript module, loaded on first use. Its layers are its sidecar's when it has one
 * (checked against the module's outputs when it loads), else discovered by running one blank image
 * through it: each output becomes a layer with that output's per-image shape.
 */
final class TorchScriptModel extends NetworkFileModel {
  private final List<String> givenNames;

  TorchScriptModel(Path file, List<String> givenNames, ModelSettings settings,
      Optional<ExportSidecar> sidecar) {
    super("torchscript", file, settings, sidecar, settings.device().id());
    this.givenNames = sidecar.map(s -> s.layers().stream().map(LayerInfo::name).toList())
        .orElse(List.copyOf(givenNames));
  }

  @Override
  protected <T> T onEngine(Supplier<T> work) {
    return DjlRuntime.call(work);
  }

  @Override
  protected void beforeBatches(RunContext context) {
    DjlRuntime.threads(settings.threadsFor(context.threads()));
  }

  @Override
  protected ZooModel<NDList, NDList> open() {
    DjlRuntime.pytorch();
    Criteria<NDList, NDList> criteria = Criteria.builder()
        .setTypes(NDList.class, NDList.class)
        .optModelPath(file)
        .optEngine(DjlRuntime.ENGINE)
        .optDevice(DjlRuntime.device(settings.device()))
        .optOption("mapLocation", "true")
        .optTranslator(new NoopTranslator())
        .build();
    return load(criteria, "TorchScript", "Save the module with torch.jit.script(m).save(path) or "
        + "torch.jit.trace(m, x).save(path).");
  }

  @Override
  protected String forwardName() {
    return "forward(x)";
  }

  @Override
  protected String forwardRequirement() {
    return "The module must take one normalised image batch and return a dict or tuple of tensors.";
  }

  /** Outputs by name in layer order: dict keys (sorted, or in the order of {@code names}) or tuple. */
  @Override
  protected Map<String, NDArray> name(NDList out) {
    boolean dict = out.stream().allMatch(a -> a.getName() != null && !a.getName().isEmpty());
    Map<String, NDArray> named = new LinkedHashMap<>();
    if (dict) {
      List<String> order = givenNames.isEmpty()
          ? out.stream().map(NDArray::getName).sorted().toList() : givenNames;
      for (String n : order) {
        NDArray a = out.get(n);
        if (a == null && sidecar.isPresent()) {
          throw new DataFormatException(file, "the module returns no '" + n + "', which its sidecar "
              + sidecar.get().file() + " lists; it returns " + out.stream().map(NDArray::getName)
              .sorted().toList() + ". Export the module and its sidecar together again.");
        }
        if (a == null) {
          throw InvalidInputException.of("option 'names' of 'torchscript'", "keys of the returned dict",
              "'" + n + "' is not one; the keys are " + out.stream().map(NDArray::getName).sorted().toList(),
              "Fix the names or leave them out.");
        }
        named.put(n, a);
      }
    } else {
      if (!givenNames.isEmpty() && givenNames.size() != out.size()) {
        throw InvalidInputException.of("option 'names' of 'torchscript'",
            "one name per returned tensor (" + out.size() + ")", givenNames.size() + " names",
            "Give exactly " + out.size() + " names, in the order forward returns them.");
      }
      for (int i = 0; i < out.size(); i++) {
        named.put(givenNames.isEmpty() ? "output" + i : givenNames.get(i), out.get(i));
      }
    }
    return named;
  }

  @Override
  protected int[] perImage(String output, Shape shape) {
    if (shape.dimension() < 1 || shape.get(0) != 1) {
      throw new DataFormatException(file, "every output must have the batch as its first axis, found "
          + shape + " for a batch of 1");
    }
    return afterBatch(shape);
  }

  @Override
  protected String engineVersions() {
    return DjlRuntime.versions();
  }
}

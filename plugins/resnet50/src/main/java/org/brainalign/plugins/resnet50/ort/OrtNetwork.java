package org.brainalign.plugins.resnet50.ort;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.plugins.resnet50.network.InferenceWeights;
import org.brainalign.plugins.resnet50.network.ResNet50Layout;
import org.brainalign.plugins.resnet50.weights.Weights;

/**
 * ResNet50 on ONNX Runtime's CPU kernels: a session for the wanted layers and thread count, built
 * from an in-memory graph ({@link ResNet50Graph}) with every graph optimisation on, so that ONNX
 * Runtime fuses convolution, addition and ReLU and runs its blocked (NCHWc) convolutions. One
 * session is kept (its weights, prepacked, take about as much memory as the network's): asking for
 * other layers replaces it. Worker threads do not spin between operators, so that a study's other
 * tasks on the same cores are not starved. Thread-safe; the session is closed with the network.
 */
public final class OrtNetwork implements AutoCloseable {
  private final Weights weights;
  private final int crop;
  private Plan plan;
  private OrtSession session;
  private FloatBuffer input;
  private boolean closed;

  /**
   * What a session computes: the wanted layers in depth order and the distinct graph outputs they
   * come from (a stage {@code layerS} is its last block's tensor).
   */
  private record Plan(Set<String> wanted, int threads, List<String> order, Set<String> outputs) {
    static Plan of(Set<String> wanted, int threads, int crop) {
      List<String> order = ResNet50Layout.layers(crop).stream().map(LayerInfo::name)
          .filter(wanted::contains).toList();
      Set<String> outputs = new LinkedHashSet<>();
      order.forEach(layer -> outputs.add(ResNet50Graph.tensor(layer)));
      return new Plan(Set.copyOf(wanted), threads, order, outputs);
    }

    boolean serves(Set<String> layers, int n) {
      return threads == n && wanted.equals(layers);
    }
  }

  private OrtNetwork(Weights weights, int crop) {
    this.weights = weights;
    this.crop = crop;
  }

  /** The network for {@code crop × crop} inputs over {@code weights} (held until closed). */
  public static OrtNetwork load(Weights weights, int crop) {
    return new OrtNetwork(InferenceWeights.of(weights), crop);
  }

  /**
   * Runs a batch and hands each wanted layer's activation, in depth order, to {@code tap} as a new
   * array of {@code count} flattened (C, H, W) activations.
   *
   * @param px {@code count × 3 × crop × crop} normalised pixels, row-major
   * @param wanted layer names from {@link ResNet50Layout#layers}
   * @param threads intra-operator threads
   */
  public synchronized void forward(float[] px, int count, Set<String> wanted, int threads,
      BiConsumer<String, float[]> tap) {
    if (closed) {
      throw new IllegalStateException("resnet50 network is closed");
    }
    OrtSession s = session(wanted, threads);
    int n = count * 3 * crop * crop;
    if (input == null || input.capacity() < n) {
      input = ByteBuffer.allocateDirect(4 * n).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }
    input.clear();
    input.put(px, 0, n).flip();
    try (OnnxTensor x = OnnxTensor.createTensor(OrtRuntime.environment(), input,
            new long[] {count, 3, crop, crop});
        OrtSession.Result result = s.run(Map.of(ResNet50Graph.INPUT, x), plan.outputs())) {
      Map<String, float[]> handed = new HashMap<>();
      for (String layer : plan.order()) {
        String tensor = ResNet50Graph.tensor(layer);
        float[] values = handed.containsKey(tensor) ? handed.get(tensor).clone() : floats(result, tensor);
        handed.put(tensor, values);
        tap.accept(layer, values);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("resnet50 on ONNX Runtime: " + e.getMessage(), e);
    }
  }

  private static float[] floats(OrtSession.Result result, String tensor) {
    OnnxValue v = result.get(tensor).orElseThrow();
    FloatBuffer b = ((OnnxTensor) v).getFloatBuffer();
    float[] out = new float[b.remaining()];
    b.get(out);
    return out;
  }

  private OrtSession session(Set<String> wanted, int threads) {
    if (plan != null && plan.serves(wanted, threads)) {
      return session;
    }
    closeSession();
    OrtEnvironment env = OrtRuntime.environment();
    byte[] model = ResNet50Graph.build(weights, crop, wanted);
    try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
      o.setIntraOpNumThreads(threads);
      o.setInterOpNumThreads(1);
      o.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      o.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
      o.addConfigEntry("session.intra_op.allow_spinning", "0");
      session = env.createSession(model, o);
    } catch (OrtException e) {
      throw new IllegalStateException("resnet50 on ONNX Runtime: the generated graph was refused: "
          + e.getMessage(), e);
    }
    plan = Plan.of(wanted, threads, crop);
    return session;
  }

  private void closeSession() {
    if (session != null) {
      try {
        session.close();
      } catch (OrtException e) {
        // closing releases native memory; nothing else to do
      }
      session = null;
      plan = null;
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    closeSession();
  }
}

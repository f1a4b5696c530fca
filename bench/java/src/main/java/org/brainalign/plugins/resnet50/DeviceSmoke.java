package org.brainalign.plugins.resnet50;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;

/**
 * A command-line check for a machine with a CUDA libtorch ({@code PYTORCH_LIBRARY_PATH},
 * {@code PYTORCH_FLAVOR=cu128}): the same random ResNet50 on {@code cpu} and {@code gpu}, the largest
 * relative difference of {@code layer4} and {@code fc}, and images/s to {@code layer4} on each.
 * Model and images from {@link RandomResNet50}, as {@link ThroughputBench}. Usage (after
 * {@code bench/run resnet50} has built bench/java):
 * {@code java -cp "bench/java/target/brainalign-bench-0.1.0-SNAPSHOT.jar:$(cat
 * bench/java/target/bench-classpath.txt)" org.brainalign.plugins.resnet50.DeviceSmoke THREADS IMAGES BATCH}.
 */
public final class DeviceSmoke {
  private DeviceSmoke() {}

  public static void main(String[] args) {
    int threads = Integer.parseInt(args[0]);
    int images = Integer.parseInt(args[1]);
    String batch = args[2];
    float[][] cpu = run("cpu", threads, images, batch);
    float[][] gpu = run("gpu", threads, images, batch);
    for (int i = 0; i < 2; i++) {
      double diff = 0;
      double ref = 0;
      for (int k = 0; k < cpu[i].length; k++) {
        diff = Math.max(diff, Math.abs(cpu[i][k] - gpu[i][k]));
        ref = Math.max(ref, Math.abs(cpu[i][k]));
      }
      System.out.printf("cpu vs gpu %s max|Δ|/max|ref| = %.2e%n", i == 0 ? "layer4" : "fc", diff / ref);
    }
  }

  private static float[][] run(String device, int threads, int images, String batch) {
    try (VisionModel m = RandomResNet50.model(device, null, threads, batch)) {
      List<float[]> l4 = new ArrayList<>();
      List<float[]> fc = new ArrayList<>();
      m.extract(RandomResNet50.images(8), List.of("layer4", "fc"),
          (layer, f, c, v) -> (layer.equals("fc") ? fc : l4).add(v.clone()), RunContext.quiet(threads));
      double s = RandomResNet50.timeLayer4(m, images, threads);
      System.out.printf("%s threads=%d batch=%s images=%d images/s=%.1f (%s)%n", device, threads, batch,
          images, images / s, m.provenance().get("engine"));
      return new float[][] {concat(l4), concat(fc)};
    }
  }

  private static float[] concat(List<float[]> parts) {
    int n = parts.stream().mapToInt(a -> a.length).sum();
    float[] out = new float[n];
    int o = 0;
    for (float[] a : parts) {
      System.arraycopy(a, 0, out, o, a.length);
      o += a.length;
    }
    return out;
  }
}

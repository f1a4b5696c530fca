package org.brainalign.plugins.srp;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.brainalign.api.extension.Options;
import org.brainalign.api.reducer.FittedReducer;
import org.brainalign.api.reducer.ReducerInput;

/**
 * Times fitting (matrix generation) and transforming a batch of ResNet50 {@code layer1}
 * activations (256 × 56 × 56) for each axis. Run by {@code bench/run srp}; the numbers go to
 * {@code docs/benchmarks/sparse-random-projection.md}.
 *
 * <p>Arguments: batch size (default 32), repetitions (default 5), and optionally the axes to time,
 * comma-separated (default all, channel and spatial; {@code bench/run srp --size quick} leaves out
 * {@code all}, whose reference fit alone takes a minute).
 */
public final class SrpBenchmark {

  private SrpBenchmark() {}

  /** CPU time of the whole JVM: steadier than wall time when other processes share the cores. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  public static void main(String[] args) {
    int batch = args.length > 0 ? Integer.parseInt(args[0]) : 32;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    java.util.List<String> axes = java.util.List.of(
        (args.length > 2 ? args[2] : "all,channel,spatial").split(","));
    int[] shape = {256, 56, 56};
    int size = 256 * 56 * 56;
    float[] in = new float[batch * size];
    Random rng = new Random(0);
    for (int i = 0; i < in.length; i++) {
      in[i] = Math.max(0f, (float) rng.nextGaussian()); // ReLU-like, as layer1 outputs are
    }
    System.out.printf("batch %d x layer1 %s, %d cores, java %s%n", batch, Arrays.toString(shape),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    String[][] configs = {
        {"all", "0"}, {"channel", "64"}, {"channel", "128"}, {"spatial", "256"}, {"spatial", "1024"}};
    SparseRandomProjectionProvider provider = new SparseRandomProjectionProvider();
    for (String[] c : configs) {
      if (!axes.contains(c[0])) {
        continue;
      }
      Options options = Options.parse(provider.id(), provider.options(),
          Map.of(SrpConfig.AXIS.key(), c[0], SrpConfig.DIM.key(), c[1]));
      long t0 = System.nanoTime();
      FittedReducer f = provider.create(options).fit(new ReducerInput("layer1", shape, 1000));
      double fit = (System.nanoTime() - t0) / 1e9;
      int outSize = Arrays.stream(f.outputShape()).reduce(1, (a, b) -> a * b);
      float[] out = new float[batch * outSize];
      f.transform(in, batch, out); // warm-up
      double[] times = new double[reps];
      long cpu0 = cpuNanos();
      for (int r = 0; r < reps; r++) {
        long t = System.nanoTime();
        f.transform(in, batch, out);
        times[r] = (System.nanoTime() - t) / 1e9;
      }
      double cpu = (cpuNanos() - cpu0) / 1e9 / reps;
      Arrays.sort(times);
      System.out.printf("axis=%-7s k=%-5s out=%-12s nnz=%-8s fit %.3f s  transform median %.3f s "
              + "(min %.3f, max %.3f)  %.1f ms/image  process cpu %.3f s/batch%n", c[0], f.provenance().get("k"),
          Arrays.toString(f.outputShape()), f.provenance().get("nonzeros"), fit, times[reps / 2],
          times[0], times[reps - 1], 1000 * times[reps / 2] / batch, cpu);
    }
  }
}

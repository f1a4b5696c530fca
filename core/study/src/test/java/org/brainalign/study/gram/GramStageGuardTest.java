package org.brainalign.study.gram;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Random;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.formats.npy.NpyDtype;
import org.brainalign.formats.npy.NpyMatrix;
import org.brainalign.formats.npy.NpyWriter;
import org.brainalign.geometry.gram.CentredGrams;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.geometry.gram.PanelGram;
import org.brainalign.geometry.testing.CountingMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression guards of the Gram stage (#8) that do not time anything: the heap it allocates does
 * not grow with the number of features p (only the n × n result and one bounded panel), and the
 * number of passes it makes over a memory-mapped feature file. Heap allocation is measured with
 * {@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes} on the calling thread (BLAS runs
 * in native code and allocates nothing on the Java heap), which is exact and load-independent.
 */
class GramStageGuardTest {
  private static final int N = 128;
  private static final int NARROW = 8_000;
  private static final int WIDE = 80_000;
  /** 4 MB budget: PanelGram panels of 1 MB, i.e. 1,024 float64 or 2,048 float32 columns. */
  private static final RunContext CONTEXT = RunContext.quiet(1, 4L << 20);

  @TempDir
  static Path dir;

  @BeforeAll
  static void writeFiles() {
    for (NpyDtype dtype : new NpyDtype[] {NpyDtype.FLOAT16, NpyDtype.FLOAT32}) {
      write(file(dtype, NARROW), dtype, NARROW);
      write(file(dtype, WIDE), dtype, WIDE);
    }
  }

  private static Path file(NpyDtype dtype, int p) {
    return dir.resolve("x-" + dtype.size() + "-" + p + ".npy");
  }

  private static void write(Path file, NpyDtype dtype, int p) {
    Random rng = new Random(p);
    double[] row = new double[p];
    try (NpyWriter w = NpyWriter.create(file, dtype, N, p)) {
      for (int r = 0; r < N; r++) {
        for (int c = 0; c < p; c++) {
          row[c] = rng.nextGaussian() + 1;
        }
        w.appendRow(row, 0);
      }
      w.commit();
    }
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** Heap bytes one PanelGram pass allocates on this thread (after a warm-up run). */
  private static long panelGramAllocation(Path file, GramPrecision precision) {
    Matrix x = NpyMatrix.open(file);
    double[] shift = new double[x.columns()];
    PanelGram.compute(x, shift, null, CONTEXT, "warm-up", precision);
    long before = allocatedBytes();
    PanelGram.compute(x, shift, null, CONTEXT, "gram", precision);
    return allocatedBytes() - before;
  }

  @ParameterizedTest(name = "{0}-byte features, {1} Gram")
  @CsvSource({"2, double", "2, single", "4, double", "4, single"})
  void panelGramHeapDoesNotGrowWithTheData(int bytes, String precisionId) {
    NpyDtype dtype = bytes == 2 ? NpyDtype.FLOAT16 : NpyDtype.FLOAT32;
    GramPrecision precision = GramPrecision.of(precisionId);
    long narrow = panelGramAllocation(file(dtype, NARROW), precision);
    long wide = panelGramAllocation(file(dtype, WIDE), precision);
    long extraColumns = WIDE - NARROW;
    long dataGrowth = (long) N * extraColumns * bytes;
    // Ten times more features (2 to 20 MB of float16 here) may cost a few bytes per column (a
    // reader's scratch per panel, at most 8 + 16 bytes per column), never bytes per element: the
    // old row-by-row reads left 1 to 3 times the data in garbage.
    assertThat(wide - narrow).as("extra heap for %d more columns (%d bytes of data)",
        extraColumns, dataGrowth).isLessThan(24 * extraColumns + (64L << 10));
    // The n × n result (and, in single, its float32 panel product), one read chunk (at most
    // 4 MB), the per-column scratch above, and small change.
    long result = (long) N * N * (8 + 4);
    assertThat(wide).as("heap of one Gram pass over %d × %d", N, WIDE)
        .isLessThan(result + (4L << 20) + 24L * WIDE + (64L << 10));
  }

  @Test
  void theGramStageReadsTheFeatureFileTwiceAndTheCacheNever() {
    CountingMatrix x = new CountingMatrix(NpyMatrix.open(file(NpyDtype.FLOAT32, NARROW)));
    CentredGrams.compute(LabelledMatrix.unlabelled("x", x), CONTEXT, GramPrecision.SINGLE);
    // One pass for the column means (and the finiteness check), one for the panels.
    assertThat(x.passes()).isEqualTo(2.0);

    x.reset();
    Path cache = dir.resolve("x.gram.npy");
    new CachedGramMatrix(x, cache, "x", GramPrecision.SINGLE).centredGram(CONTEXT);
    assertThat(x.passes()).isEqualTo(2.0);
    x.reset();
    // Another matrix over the same cache file (another ROI, metric or study): no pass at all.
    new CachedGramMatrix(x, cache, "x", GramPrecision.SINGLE).centredGram(CONTEXT);
    assertThat(x.passes()).isEqualTo(0.0);
  }
}

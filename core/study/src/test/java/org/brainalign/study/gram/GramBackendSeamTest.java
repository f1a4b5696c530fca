package org.brainalign.study.gram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.brainalign.api.compute.GramBackend;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.gram.BlasGramBackend;
import org.brainalign.engine.gram.BlasGramBackendProvider;
import org.brainalign.formats.npy.NpyMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gram backend seam (#8): CachedGramMatrix computes through the backend it is given, once, into
 * a cache file named by the backend and precision; the built-in {@code blas} provider.
 */
class GramBackendSeamTest {
  @TempDir
  Path dir;

  /** A backend that delegates to BLAS in single precision and counts its calls. */
  private record Counting(AtomicInteger calls, int rowsOut) implements GramBackend {
    @Override
    public DenseMatrix centredGram(Matrix x, String label, RunContext context) {
      calls.incrementAndGet();
      DenseMatrix k = new BlasGramBackend(GramPrecision.SINGLE).centredGram(x, label, context);
      return rowsOut == x.rows() ? k : DenseMatrix.zeros(rowsOut, rowsOut);
    }

    @Override
    public GramPrecision arithmetic() {
      return GramPrecision.SINGLE;
    }

    @Override
    public String describe() {
      return "counting";
    }
  }

  private static DenseMatrix x() {
    double[] v = new double[8 * 30];
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.sin(i * 0.7) + (i % 30) * 0.1;
    }
    return new DenseMatrix(8, 30, v);
  }

  @Test
  void aPluginBackendComputesOnceIntoItsOwnCacheFile() {
    AtomicInteger calls = new AtomicInteger();
    Path file = dir.resolve("layer.abc.gram.npy");
    CachedGramMatrix m = new CachedGramMatrix(x(), file, "layer", "fake",
        new Counting(calls, 8));
    assertThat(m.cacheFile().getFileName().toString()).isEqualTo("layer.abc.gram-fake-f32.npy");
    assertThat(m.gramPrecision()).isEqualTo("single");
    DenseMatrix k = m.centredGram(RunContext.quiet(1));
    assertThat(new CachedGramMatrix(x(), file, "layer", "fake", new Counting(calls, 8))
        .centredGram(RunContext.quiet(1)).data()).isEqualTo(k.data());
    assertThat(calls).hasValue(1);
    assertThat(NpyMatrix.open(m.cacheFile()).toDense().data()).isEqualTo(k.data());
    assertThat(Files.exists(file)).as("the BLAS cache file is not written").isFalse();
  }

  @Test
  void cacheFilesAreNamedByBackendAndPrecision() {
    Path f = Path.of("l.gram.npy");
    assertThat(CachedGramMatrix.cacheFileFor(f, "blas", GramPrecision.DOUBLE)).isEqualTo(f);
    assertThat(CachedGramMatrix.cacheFileFor(f, "blas", GramPrecision.SINGLE))
        .isEqualTo(Path.of("l.gram-f32.npy"));
    assertThat(CachedGramMatrix.cacheFileFor(f, "torch", GramPrecision.SINGLE))
        .isEqualTo(Path.of("l.gram-torch-f32.npy"));
    assertThat(CachedGramMatrix.cacheFileFor(f, "torch", GramPrecision.DOUBLE))
        .isEqualTo(Path.of("l.gram-torch.npy"));
    assertThat(CachedGramMatrix.cacheFileFor(Path.of("l.gram-torch-f32.npy"), "torch",
        GramPrecision.SINGLE)).isEqualTo(Path.of("l.gram-torch-f32.npy"));
  }

  @Test
  void aBackendReturningTheWrongShapeIsADefectNotACacheFile() {
    CachedGramMatrix m = new CachedGramMatrix(x(), dir.resolve("w.gram.npy"), "layer", "fake",
        new Counting(new AtomicInteger(), 3));
    assertThatThrownBy(() -> m.centredGram(RunContext.quiet(1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("3 × 3")
        .hasMessageContaining("8 rows of layer");
    assertThat(Files.exists(m.cacheFile())).isFalse();
  }

  @Test
  void theBuiltInProviderMakesBlasInEitherPrecision() {
    BlasGramBackendProvider p = new BlasGramBackendProvider();
    assertThat(p.id()).isEqualTo("blas");
    GramBackend d = p.create(Options.defaults(p.id(), p.options()));
    assertThat(d.precision()).isEqualTo("double");
    assertThat(d.describe()).contains("dsyrk");
    GramBackend s = p.create(Options.parse(p.id(), p.options(), Map.of("precision", "single")));
    assertThat(s.precision()).isEqualTo("single");
    assertThatThrownBy(() -> Options.parse(p.id(), p.options(), Map.of("precision", "half")))
        .isInstanceOf(InvalidOptionException.class);
  }
}

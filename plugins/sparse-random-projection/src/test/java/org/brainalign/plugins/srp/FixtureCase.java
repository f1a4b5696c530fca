package org.brainalign.plugins.srp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.brainalign.api.extension.Options;
import org.brainalign.api.reducer.ReducerInput;

/** One row of {@code srp/cases.csv}: a small projection checked against numpy. */
record FixtureCase(String name, int[] shape, String axis, int dim, String density, long seed,
    int count) {

  static final Path DIR = Path.of("src/test/resources/srp");

  static List<FixtureCase> read(Path dir) {
    try {
      return Files.readAllLines(dir.resolve("cases.csv")).stream().skip(1)
          .filter(l -> !l.isBlank()).map(FixtureCase::parse).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FixtureCase parse(String line) {
    String[] f = line.split(",");
    int[] shape = Arrays.stream(f[1].split("x")).mapToInt(Integer::parseInt).toArray();
    return new FixtureCase(f[0], shape, f[2], Integer.parseInt(f[3]), f[4], Long.parseLong(f[5]),
        Integer.parseInt(f[6]));
  }

  /** Fits this case's reducer (the number of stimuli does not matter: dim is explicit). */
  FittedSparseProjection fit() {
    SparseRandomProjectionProvider provider = new SparseRandomProjectionProvider();
    Options options = Options.parse(provider.id(), provider.options(), Map.of(
        "axis", axis, "dim", Integer.toString(dim), "density", density,
        "seed", Long.toString(seed)));
    return (FittedSparseProjection) provider.create(options)
        .fit(new ReducerInput(name, shape, 100));
  }
}

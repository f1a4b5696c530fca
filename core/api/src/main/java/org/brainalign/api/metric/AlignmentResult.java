package org.brainalign.api.metric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.table.Table;

/**
 * What a metric found.
 *
 * @param metric the metric id
 * @param score the headline scalar (e.g. shared dimensionality, mean voxel r)
 * @param scoreName what {@code score} is, e.g. {@code shared_dimensionality}
 * @param higherIsBetter whether a larger score means better alignment
 * @param summary further scalars and settings for {@code summary.json} (numbers, strings, lists, maps)
 * @param tables detailed results, each written as {@code <name>.csv}; a spectrum as
 *     {@link Spectrum#table()}
 * @param arrays matrices written as {@code <name>.npy} (e.g. RDMs)
 */
public record AlignmentResult(
    String metric,
    double score,
    String scoreName,
    boolean higherIsBetter,
    Map<String, Object> summary,
    List<Table> tables,
    Map<String, Matrix> arrays) {

  public AlignmentResult {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(scoreName, "scoreName");
    summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    tables = List.copyOf(tables);
    arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
  }

  /** The table with the given name, if any. */
  public java.util.Optional<Table> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /**
   * The spectrum, if the metric gives one: its {@link Spectrum#TABLE} table, as
   * {@link Spectrum#table()} wrote it.
   */
  public java.util.Optional<Spectrum> spectrum() {
    return table(Spectrum.TABLE).map(Spectrum::of);
  }
}

package org.brainalign.plugins.srp;

/** Receives the non-zero entries of a {@link SignMatrix}. */
@FunctionalInterface
public interface NonZeroVisitor {

  /**
   * One non-zero entry.
   *
   * @param row the output index i in [0, k)
   * @param column the input index j in [0, d)
   * @param sign +1 or −1; the entry's value is {@code sign · scale}
   */
  void accept(int row, int column, int sign);
}

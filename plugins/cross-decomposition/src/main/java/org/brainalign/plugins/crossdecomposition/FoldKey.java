package org.brainalign.plugins.crossdecomposition;

/**
 * What one fold's factor of a Gram matrix depends on, as a {@link
 * org.brainalign.api.run.SharedWork} key: the Gram matrix (a 128-bit digest of its values and
 * order), the split (a digest of its row lists), the cut-off, the factorization and its
 * arithmetic. Two feature
 * matrices with bit-identical Gram matrices share factors, whichever objects they are.
 *
 * @param gramDigest {@link #digest(double[])} of K
 * @param n order of K
 * @param splitDigest {@link #digest(int[], int[])} of the training and test rows
 * @param tolerance relative cut-off
 * @param method factorization, with the host eigensolver's description when it takes over
 * @param precision arithmetic of the factorization
 */
record FoldKey(Digest gramDigest, int n, Digest splitDigest, double tolerance, String method,
    FoldPrecision precision) {

  /** A 128-bit content digest (two independent 64-bit mixes). */
  record Digest(long high, long low) {}

  static Digest digest(double[] values) {
    long h = 0x9E3779B97F4A7C15L;
    long l = 0xC2B2AE3D27D4EB4FL;
    for (double v : values) {
      long bits = Double.doubleToRawLongBits(v);
      h = mix(h ^ bits) * 0xFF51AFD7ED558CCDL;
      l = Long.rotateLeft(l + bits * 0x94D049BB133111EBL, 29) * 0xBF58476D1CE4E5B9L;
    }
    return new Digest(mix(h ^ values.length), mix(l + values.length));
  }

  static Digest digest(int[] train, int[] test) {
    double[] all = new double[train.length + test.length + 1];
    for (int i = 0; i < train.length; i++) {
      all[i] = train[i];
    }
    all[train.length] = -1;
    for (int i = 0; i < test.length; i++) {
      all[train.length + 1 + i] = test[i];
    }
    return digest(all);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}

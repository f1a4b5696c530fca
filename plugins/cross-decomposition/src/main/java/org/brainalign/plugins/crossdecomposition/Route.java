package org.brainalign.plugins.crossdecomposition;

/** How one side is represented: its features (primal) or its Gram matrix (dual). */
enum Route {
  /** Use features directly; cost grows with p². For p no larger than the number of stimuli. */
  PRIMAL,
  /** Use the n × n Gram matrix; nothing p-sized beyond one column panel. For p ≫ n. */
  DUAL;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

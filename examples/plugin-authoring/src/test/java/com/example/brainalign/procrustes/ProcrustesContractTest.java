package com.example.brainalign.procrustes;

import java.util.Map;
import org.brainalign.api.contract.AlignmentMetricContract;

/**
 * Step 4 of the walk-through: extending the contract kit gives about a dozen tests for free — id and
 * option docs, defaults, unknown options, the {@code @Extension} annotation and extensions.idx
 * entry, determinism, a finite score, invariance to reordering stimuli, misaligned inputs.
 */
class ProcrustesContractTest extends AlignmentMetricContract {
  ProcrustesContractTest() {
    super(new ProcrustesProvider(), Map.of());
  }
}

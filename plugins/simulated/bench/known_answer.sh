#!/usr/bin/env bash
# Exports the simulated dataset and checks its known answer with torchvision's ResNet50 (random
# weights, seed 0) and the cross-decomposition spectrum. Needs /usr/bin/python3 with numpy and torch.
# Usage, from plugins/simulated: bench/known_answer.sh [OUT_DIR] [dataset options key=value ...]
# Extra arguments for the Python check go in KNOWN_ANSWER_ARGS, e.g. KNOWN_ANSWER_ARGS="--weights FILE".
# Prints, per layer and ROI, the held-out correlation at rank 1, ranks 1-3, 1-10, the number of
# leading ranks above 0.1, and ranks 1-10 after channel / spatial sparse random projection (k = 4, 16).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/known-answer}"
shift || true
mvn -B -q -o test-compile
bench/run-java.sh org.brainalign.plugins.simulated.ExportDataset "$out" "$@"
/usr/bin/python3 bench/known_answer.py "$out" ${KNOWN_ANSWER_ARGS:-}

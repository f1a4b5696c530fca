/**
 * What the dataset plugins ({@code nsd}, {@code folder}, {@code surrogate}) share about response
 * rows and their provenance: repetitions kept or averaged
 * ({@link org.brainalign.support.dataset.Repetitions}) and which presentations feed which row
 * ({@link org.brainalign.support.dataset.RowPlan}), per-session z-scoring
 * ({@link org.brainalign.support.dataset.ZScore}) of a response matrix
 * ({@link org.brainalign.support.dataset.SessionStats}) and its constant-voxel rule
 * ({@link org.brainalign.support.dataset.ConstantVoxels}), and the manifest of a responses call
 * ({@link org.brainalign.support.dataset.ResponseManifest}) with the files it lists
 * ({@link org.brainalign.support.dataset.FileProvenance}).
 */
package org.brainalign.support.dataset;

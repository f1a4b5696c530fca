/**
 * What the dataset plugins ({@code nsd}, {@code folder}, {@code surrogate}) share about response
 * rows and their provenance: repetitions kept or averaged
 * ({@link org.brainalign.support.dataset.Repetitions}), per-session z-scoring
 * ({@link org.brainalign.support.dataset.ZScore}) and its constant-voxel rule
 * ({@link org.brainalign.support.dataset.ConstantVoxels}), and the files a manifest lists
 * ({@link org.brainalign.support.dataset.FileProvenance}).
 */
package org.brainalign.support.dataset;

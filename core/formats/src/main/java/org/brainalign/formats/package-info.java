/**
 * Every file format brainalign reads or writes, by format: {@code npy} (read, memory-mapped, and
 * write), {@code csv} (the one codec), {@code hdf5} (matrices), {@code json}, and the atomic
 * replacement every writer goes through ({@link org.brainalign.formats.AtomicFiles}). Not part of
 * the API: the host uses it, and a plugin that uses it bundles it.
 */
package org.brainalign.formats;

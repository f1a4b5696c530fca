/**
 * Code the host and several plugins share, by feature (images, statistics, digests, …). Not part of
 * the API: plugins compiled against the API alone keep working; a plugin that uses this bundles it.
 */
package org.brainalign.support;

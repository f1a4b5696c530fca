/**
 * The extension points, listed: {@link org.brainalign.api.extension.kind.ExtensionKind} names each
 * kind with its provider interface and the type its providers create, and
 * {@link org.brainalign.api.extension.kind.UnknownExtensionException} is what asking for an id no
 * provider of a kind has gives. Kept apart from {@code org.brainalign.api.extension} (options and
 * specs, which every kind's provider uses) so that the API's packages form no cycle.
 */
package org.brainalign.api.extension.kind;

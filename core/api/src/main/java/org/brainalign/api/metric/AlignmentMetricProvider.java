package org.brainalign.api.metric;

import org.brainalign.api.extension.ExtensionProvider;

/** Extension point for alignment metrics ({@code cross-decomposition}, {@code rsa}, ...). */
public interface AlignmentMetricProvider extends ExtensionProvider<AlignmentMetric> {}

package org.brainalign.study;

import org.brainalign.api.extension.Options;
import org.brainalign.api.metric.AlignmentMetric;

/**
 * One metric of a study.
 *
 * @param id the metric id
 * @param spec canonical spec with every effective option
 * @param metric the created metric
 * @param options effective options
 */
public record MetricVariant(String id, String spec, AlignmentMetric metric, Options options) {}

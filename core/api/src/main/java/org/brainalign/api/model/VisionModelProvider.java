package org.brainalign.api.model;

import org.brainalign.api.extension.ExtensionProvider;

/** Extension point for vision models ({@code resnet50}, {@code torchscript}, ...). */
public interface VisionModelProvider extends ExtensionProvider<VisionModel> {}

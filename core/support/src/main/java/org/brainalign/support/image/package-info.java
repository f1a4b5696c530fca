/**
 * Image files decoded to 8-bit RGB exactly as PIL's {@code Image.open(f).convert("RGB")} does, which
 * is what torchvision's {@code ImageFolder} and most feature-extraction pipelines of the field feed a
 * model. Entry point: {@link org.brainalign.support.image.ImageDecoding#read(java.nio.file.Path)}.
 */
package org.brainalign.support.image;

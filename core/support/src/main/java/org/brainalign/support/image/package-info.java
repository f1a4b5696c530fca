/**
 * Image files decoded to 8-bit RGB exactly as PIL's {@code Image.open(f).convert("RGB")} does, which
 * is what torchvision's {@code ImageFolder} and most feature-extraction pipelines of the field feed a
 * model. Entry point: {@link org.brainalign.support.image.ImageDecoding#read(java.nio.file.Path)};
 * a folder's images are listed by {@link org.brainalign.support.image.ImageFiles} and served as
 * stimuli by an {@link org.brainalign.support.image.ImageFileSource}.
 */
package org.brainalign.support.image;

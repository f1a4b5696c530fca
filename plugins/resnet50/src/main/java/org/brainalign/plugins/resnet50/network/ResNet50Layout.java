package org.brainalign.plugins.resnet50.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.model.LayerInfo;

/**
 * torchvision's ResNet50 (He et al. 2016, "Deep Residual Learning for Image Recognition", in the v1.5
 * form torchvision uses: the stride of a downsampling bottleneck sits on its 3×3 convolution): its
 * parameter names and shapes, and its layer names with their activation shapes.
 */
public final class ResNet50Layout {
  /** Bottleneck blocks per stage, {@code layer1 … layer4}. */
  static final int[] BLOCKS = {3, 4, 6, 3};
  /** Bottleneck widths per stage; a block outputs {@code 4 × width} channels. */
  static final int[] WIDTHS = {64, 128, 256, 512};
  /** Output channels of the expansion of each bottleneck. */
  static final int EXPANSION = 4;
  /** Classes of the ImageNet head {@code fc}. */
  public static final int CLASSES = 1000;
  /** The smallest crop for which {@code layer4} is at least 1×1. */
  public static final int MIN_CROP = 32;

  private ResNet50Layout() {}

  /** Bottleneck blocks in stage {@code layer(s+1)}, {@code s} from 0 to 3. */
  public static int blocks(int s) {
    return BLOCKS[s];
  }

  /**
   * Every parameter and buffer the network reads, in torchvision's state-dict order (without
   * {@code num_batches_tracked}), with its shape.
   */
  public static Map<String, long[]> parameters() {
    Map<String, long[]> p = new LinkedHashMap<>();
    p.put("conv1.weight", new long[] {64, 3, 7, 7});
    batchNorm(p, "bn1", 64);
    int in = 64;
    for (int s = 0; s < 4; s++) {
      int w = WIDTHS[s];
      for (int b = 0; b < BLOCKS[s]; b++) {
        String pre = "layer" + (s + 1) + "." + b + ".";
        p.put(pre + "conv1.weight", new long[] {w, in, 1, 1});
        batchNorm(p, pre + "bn1", w);
        p.put(pre + "conv2.weight", new long[] {w, w, 3, 3});
        batchNorm(p, pre + "bn2", w);
        p.put(pre + "conv3.weight", new long[] {w * EXPANSION, w, 1, 1});
        batchNorm(p, pre + "bn3", w * EXPANSION);
        if (b == 0) {
          p.put(pre + "downsample.0.weight", new long[] {w * EXPANSION, in, 1, 1});
          batchNorm(p, pre + "downsample.1", w * EXPANSION);
        }
        in = w * EXPANSION;
      }
    }
    p.put("fc.weight", new long[] {CLASSES, 2048});
    p.put("fc.bias", new long[] {CLASSES});
    return Collections.unmodifiableMap(p);
  }

  private static void batchNorm(Map<String, long[]> p, String name, int channels) {
    for (String part : new String[] {"weight", "bias", "running_mean", "running_var"}) {
      p.put(name + "." + part, new long[] {channels});
    }
  }

  /**
   * Every layer in depth order with its activation shape for one {@code crop × crop} image:
   * {@code conv1 bn1 relu maxpool}, then per stage its blocks {@code layerS.B} followed by the stage
   * {@code layerS} (the same values as its last block), then {@code avgpool} (2048, 1, 1) and
   * {@code fc} (1000).
   *
   * @param crop input side in pixels, at least {@link #MIN_CROP}
   */
  public static List<LayerInfo> layers(int crop) {
    List<LayerInfo> out = new ArrayList<>();
    int h = convOut(crop, 7, 2, 3);
    out.add(new LayerInfo("conv1", new int[] {64, h, h}));
    out.add(new LayerInfo("bn1", new int[] {64, h, h}));
    out.add(new LayerInfo("relu", new int[] {64, h, h}));
    h = convOut(h, 3, 2, 1);
    out.add(new LayerInfo("maxpool", new int[] {64, h, h}));
    for (int s = 0; s < 4; s++) {
      if (s > 0) {
        h = convOut(h, 3, 2, 1);
      }
      int c = WIDTHS[s] * EXPANSION;
      for (int b = 0; b < BLOCKS[s]; b++) {
        out.add(new LayerInfo("layer" + (s + 1) + "." + b, new int[] {c, h, h}));
      }
      out.add(new LayerInfo("layer" + (s + 1), new int[] {c, h, h}));
    }
    out.add(new LayerInfo("avgpool", new int[] {2048, 1, 1}));
    out.add(new LayerInfo("fc", new int[] {CLASSES}));
    return List.copyOf(out);
  }

  /** Output side of a convolution or pooling: {@code ⌊(n + 2·pad − k) / stride⌋ + 1}. */
  static int convOut(int n, int k, int stride, int pad) {
    return (n + 2 * pad - k) / stride + 1;
  }
}

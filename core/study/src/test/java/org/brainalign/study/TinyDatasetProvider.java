package org.brainalign.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.BrainDatasetProvider;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.table.Table;
import org.pf4j.Extension;

/**
 * A tiny seeded test dataset (host-classpath extension): 16×16 random-block images; ROI {@code left}
 * responds to the left half's mean colour per row band, ROI {@code global} to the overall mean
 * colour, each with noise. Two subjects.
 */
@Extension
public final class TinyDatasetProvider implements BrainDatasetProvider {

  @Override
  public String id() {
    return "tiny-data";
  }

  @Override
  public String description() {
    return "test dataset: random block images, two ROIs";
  }

  static final OptionSpec<Long> IMAGES = OptionSpec.integer("images", 48, "number of images");
  static final OptionSpec<Long> SEED = OptionSpec.integer("seed", 0, "seed");
  static final OptionSpec<Boolean> NAN_VOXEL =
      OptionSpec.bool("nan-voxel", false, "append a 13th voxel, +Inf for image 3");

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(IMAGES, SEED, NAN_VOXEL);
  }

  @Override
  public BrainDataset create(Options options) {
    int n = Math.toIntExact(options.get(IMAGES));
    long seed = options.get(SEED);
    boolean nanVoxel = options.get(NAN_VOXEL);
    return new BrainDataset() {
      @Override
      public List<String> subjects() {
        return List.of("s1", "s2");
      }

      @Override
      public List<String> rois(String subject) {
        return List.of("left", "global");
      }

      private RgbImage image(int i) {
        Random rng = new Random(seed * 1000 + i);
        byte[] px = new byte[16 * 16 * 3];
        for (int by = 0; by < 4; by++) {
          for (int bx = 0; bx < 4; bx++) {
            int[] rgb = {rng.nextInt(256), rng.nextInt(256), rng.nextInt(256)};
            for (int y = by * 4; y < by * 4 + 4; y++) {
              for (int x = bx * 4; x < bx * 4 + 4; x++) {
                for (int c = 0; c < 3; c++) {
                  px[(y * 16 + x) * 3 + c] = (byte) rgb[c];
                }
              }
            }
          }
        }
        return new RgbImage(16, 16, px);
      }

      @Override
      public Responses responses(String subject, String roi, RunContext context) {
        if (!subjects().contains(subject)) {
          throw new InvalidInputException("unknown subject '" + subject + "'; known: s1, s2");
        }
        if (!rois(subject).contains(roi)) {
          throw new InvalidInputException("unknown ROI '" + roi + "'; known: left, global");
        }
        int q = 12;
        Random noise = new Random(seed + subject.hashCode() * 31L + roi.hashCode());
        double[] y = new double[n * q];
        for (int i = 0; i < n; i++) {
          RgbImage img = image(i);
          for (int v = 0; v < q; v++) {
            double s = 0;
            for (int py = 0; py < 16; py++) {
              for (int px = 0; px < 16; px++) {
                boolean in = roi.equals("global") || (px < 8 && py / 4 == v % 4);
                if (in) {
                  s += (img.pixels()[(py * 16 + px) * 3 + v % 3] & 0xff) / 255.0;
                }
              }
            }
            y[i * q + v] = s / 32 + 0.05 * noise.nextGaussian();
          }
        }
        List<String> ids = new ArrayList<>();
        Table.Builder st = Table.builder("stimuli", "stimulus");
        for (int i = 0; i < n; i++) {
          ids.add("img" + i);
          st.row("img" + i);
        }
        Table.Builder vx = Table.builder("voxels", "voxel");
        for (int v = 0; v < q; v++) {
          vx.row(v);
        }
        if (nanVoxel) {
          // The same responses plus one voxel holding +Inf: dropping it must give the clean result.
          double[] wide = new double[n * (q + 1)];
          for (int i = 0; i < n; i++) {
            System.arraycopy(y, i * q, wide, i * (q + 1), q);
            wide[i * (q + 1) + q] = i == 3 ? Double.POSITIVE_INFINITY : i;
          }
          vx.row(q);
          y = wide;
          q++;
        }
        return new Responses(new LabelledMatrix(subject + " " + roi, new DenseMatrix(n, q, y),
            Labels.of(ids), Labels.range("v", q)), st.build(), vx.build(), Map.of("seed", seed));
      }

      @Override
      public ImageSource stimuli(String subject, RunContext context) {
        return ImageSource.of(IntStream.range(0, n).mapToObj(i -> "img" + i).toList(),
            this::image);
      }

      @Override
      public void close() {}
    };
  }
}

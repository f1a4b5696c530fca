package org.brainalign.plugins.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

/**
 * The same bits on every machine: SHA-256 digests of images and responses, recorded when the
 * generative model was fixed. A change here means the data changed — for everyone; update the digests
 * only together with a deliberate change of the model (and say so in the README).
 */
class DigestTest {
  private static final Map<String, String> OPTIONS =
      Map.of("images", "12", "voxels", "16", "size", "96", "seed", "11");

  private static String sha256(byte[]... parts) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (byte[] p : parts) {
      md.update(p);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static byte[] bits(double[] values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 8);
    for (double v : values) {
      b.putLong(Double.doubleToRawLongBits(v));
    }
    return b.array();
  }

  @Test
  void imagesAndResponsesHaveTheRecordedDigests() throws NoSuchAlgorithmException {
    try (SimulatedDataset ds = Datasets.create(OPTIONS)) {
      ImageSource images = ds.stimuli("subj01", RunContext.quiet(1));
      byte[][] pixels = new byte[images.size()][];
      for (int i = 0; i < images.size(); i++) {
        pixels[i] = images.read(i).pixels();
      }
      String imageDigest = sha256(pixels);
      String early = sha256(bits(ds.responses("subj01", "early", RunContext.quiet(1)).data().data()
          .toDense().data()));
      String late = sha256(bits(ds.responses("subj01", "late", RunContext.quiet(1)).data().data()
          .toDense().data()));
      System.out.println("images " + imageDigest + "\nearly " + early + "\nlate " + late);
      assertThat(imageDigest).isEqualTo(IMAGES);
      assertThat(early).isEqualTo(EARLY);
      assertThat(late).isEqualTo(LATE);
    }
  }

  private static final String IMAGES =
      "7f569697f7ee11170af16f8f92297a7b8a536a13a6c3a3223f5e4236bad49579";
  private static final String EARLY =
      "472208d65da1bb5c134fc66c842b2738c0e5d63aaf096cbec92a56bad00a8b7a";
  private static final String LATE =
      "e1921249f7061634f09ff84c0096575128515fdfcbcae4fb7a8dc2d42b78d587";
}

package org.brainalign.support.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known SHA-256 values (FIPS 180-2 test vectors, {@code sha256sum}). */
class Sha256Test {
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  private static final String EMPTY =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @Test
  void stringsBytesAndFilesGiveTheStandardDigest(@TempDir Path dir) throws IOException {
    assertThat(Sha256.of("abc")).isEqualTo(ABC);
    assertThat(Sha256.of(new byte[0])).isEqualTo(EMPTY);
    Path f = dir.resolve("abc.txt");
    Files.writeString(f, "abc");
    assertThat(Sha256.of(f)).isEqualTo(ABC);
    // Larger than the read buffer: the streamed digest equals the one-shot digest.
    byte[] big = new byte[(1 << 20) * 2 + 17];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    Path g = dir.resolve("big.bin");
    Files.write(g, big);
    assertThat(Sha256.of(g)).isEqualTo(Sha256.of(big));
  }

  @Test
  void aStreamedDigestIsHexedLikeTheOthers() {
    MessageDigest md = Sha256.newDigest();
    md.update("ab".getBytes(StandardCharsets.UTF_8));
    md.update("c".getBytes(StandardCharsets.UTF_8));
    assertThat(Sha256.hex(md)).isEqualTo(ABC);
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("nope.bin");
    assertThatThrownBy(() -> Sha256.of(missing)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(missing.toString());
  }
}

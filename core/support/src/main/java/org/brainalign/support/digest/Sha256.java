package org.brainalign.support.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests as lower-case hex (what {@code sha256sum} and {@code hashlib.sha256().hexdigest()}
 * print), recorded in provenance and used to check downloads and cached files.
 */
public final class Sha256 {
  private Sha256() {}

  /** A fresh SHA-256 digest, for callers that feed it while streaming bytes elsewhere. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The hex of a digest's result (the digest is reset, as {@link MessageDigest#digest()} does). */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The digest of a file's bytes.
   *
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public static String of(Path file) {
    MessageDigest md = newDigest();
    byte[] buf = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return hex(md);
  }

  /** The digest of a string's UTF-8 bytes. */
  public static String of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The digest of bytes. */
  public static String of(byte[] bytes) {
    MessageDigest md = newDigest();
    return HexFormat.of().formatHex(md.digest(bytes));
  }
}

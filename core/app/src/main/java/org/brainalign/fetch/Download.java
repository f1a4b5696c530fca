package org.brainalign.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.run.Progress;

/**
 * One object downloaded into {@code FILE.partial}, continued with {@code Range: bytes=N-} from the
 * bytes a previous try left there, verified (size, and MD5 when the bucket gives one) and only then
 * renamed to {@code FILE} in one atomic step, so {@code FILE} is either absent or whole.
 */
final class Download {
  private static final int BUFFER = 1 << 16;

  private Download() {}

  /** The partial file next to {@code target}. */
  static Path partial(Path target) {
    return target.resolveSibling(target.getFileName() + ".partial");
  }

  /**
   * Fetches the bytes {@code target} still lacks and moves it into place.
   *
   * @param progress advanced by every byte received
   * @return the bytes received over the network
   * @throws InvalidInputException when the connection drops (the partial file stays for the next
   *     try), or the whole file's size or MD5 differs from the bucket's (the partial file is removed)
   */
  static long fetch(BucketClient client, ObjectInfo remote, Path target, Progress progress) {
    Path partial = partial(target);
    long have = 0;
    try {
      Files.createDirectories(target.getParent());
      have = Files.isRegularFile(partial) ? Files.size(partial) : 0;
      if (have > remote.size()) {
        Files.delete(partial);
        have = 0;
      }
      MessageDigest md5 = md5();
      if (have > 0) {
        digest(partial, md5);
      }
      long received = 0;
      if (have < remote.size()) {
        BucketClient.Body body = client.get(remote.key(), have);
        if (have > 0 && !body.partial()) {
          // The server ignored the range and sends everything: start over.
          have = 0;
          md5.reset();
        }
        try (InputStream in = body.stream(); OutputStream out = Files.newOutputStream(partial,
            StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            have > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
          byte[] buf = new byte[BUFFER];
          for (int n; (n = in.read(buf)) > 0 && have < remote.size(); ) {
            int keep = (int) Math.min(n, remote.size() - have);
            out.write(buf, 0, keep);
            md5.update(buf, 0, keep);
            have += keep;
            received += keep;
            progress.advance(keep);
          }
        } catch (IOException e) {
          throw dropped(client, remote, partial, have, e.toString());
        }
      }
      if (have != remote.size()) {
        throw dropped(client, remote, partial, have, "the connection ended early");
      }
      String got = HexFormat.of().formatHex(md5.digest());
      if (remote.md5() != null && !got.equals(remote.md5())) {
        Files.deleteIfExists(partial);
        throw new InvalidInputException("downloaded '" + remote.key() + "' from "
            + client.url(remote.key()) + ": expected MD5 " + remote.md5() + " (the bucket's ETag), "
            + "found " + got + "; the download was removed. Rerun the same command to fetch it "
            + "again.");
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      return received;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + partial, e);
    }
  }

  /**
   * Whether the file on disk is the object: same size and, when the bucket gives one, same MD5.
   */
  static boolean matches(ObjectInfo remote, Path file) {
    try {
      if (Files.size(file) != remote.size()) {
        return false;
      }
      if (remote.md5() == null) {
        return true;
      }
      MessageDigest md5 = md5();
      digest(file, md5);
      return HexFormat.of().formatHex(md5.digest()).equals(remote.md5());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void digest(Path file, MessageDigest md5) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[BUFFER];
      for (int n; (n = in.read(buf)) > 0; ) {
        md5.update(buf, 0, n);
      }
    }
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks MD5", e);
    }
  }

  private static InvalidInputException dropped(BucketClient client, ObjectInfo remote, Path partial,
      long have, String why) {
    return new InvalidInputException("download of '" + remote.key() + "' from "
        + client.url(remote.key()) + " stopped at " + have + " of " + remote.size() + " bytes: "
        + why + ". The bytes received are kept in " + partial + "; rerun the same command to "
        + "resume from byte " + have + ".");
  }
}

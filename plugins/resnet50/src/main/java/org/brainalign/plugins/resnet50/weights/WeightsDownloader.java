package org.brainalign.plugins.resnet50.weights;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.support.digest.Sha256;

/**
 * Downloads a safetensors file into a cache, all or nothing: the bytes go to a temporary file in the
 * target folder, are counted against {@code Content-Length}, hashed (SHA-256) and validated as
 * safetensors, and only then renamed onto the target, so a crash or a truncated transfer never leaves
 * a half file where the cache looks. The digest is written beside it as {@code <name>.sha256}.
 */
public final class WeightsDownloader {
  private final HttpClient client;
  private final Duration timeout;

  /** @param timeout for connecting and for the response headers */
  public WeightsDownloader(Duration timeout) {
    this.timeout = timeout;
    this.client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /**
   * Fetches {@code uri} to {@code target}.
   *
   * @return the SHA-256 of the file, lower-case hex
   * @throws BrainAlignException when the transfer fails or is incomplete (nothing is left at target)
   * @throws DataFormatException when the bytes are not a valid safetensors file
   */
  public String download(URI uri, Path target, RunContext context) {
    Path tmp = null;
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      tmp = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName() + ".", ".partial");
      HttpResponse<InputStream> response = client.send(
          HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      long expected = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      String sha;
      try (InputStream in = response.body()) {
        if (response.statusCode() != 200) {
          throw new BrainAlignException("downloading " + uri + ": expected HTTP 200, found "
              + response.statusCode() + ". " + manualRemedy(uri, target));
        }
        sha = copy(in, tmp, expected, context.progress("download " + target.getFileName(), expected));
      }
      long got = Files.size(tmp);
      if (expected >= 0 && got != expected) {
        throw new BrainAlignException("downloading " + uri + ": expected " + expected + " bytes, "
            + "received " + got + " (connection cut). " + manualRemedy(uri, target));
      }
      try {
        SafeTensors.open(tmp);
      } catch (DataFormatException e) {
        throw new DataFormatException(target, "the file downloaded from " + uri + " is not a valid "
            + "safetensors file: " + e.getMessage() + " " + manualRemedy(uri, target), e);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(target.resolveSibling(target.getFileName() + ".sha256"),
          sha + "  " + target.getFileName() + "\n", StandardCharsets.UTF_8);
      return sha;
    } catch (IOException e) {
      throw new BrainAlignException("downloading " + uri + " failed (" + e + "). "
          + manualRemedy(uri, target), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrainAlignException("download of " + uri + " interrupted", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: a stray *.partial is never read as weights
        }
      }
    }
  }

  private static String copy(InputStream in, Path tmp, long expected, Progress progress) throws IOException {
    MessageDigest md = Sha256.newDigest();
    byte[] buf = new byte[1 << 16];
    try (progress; OutputStream out = Files.newOutputStream(tmp)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        out.write(buf, 0, n);
        md.update(buf, 0, n);
        progress.advance(n);
      }
    }
    return Sha256.hex(md);
  }

  /** How to place the file by hand. */
  static String manualRemedy(URI uri, Path target) {
    return "Download " + uri + " yourself (any browser or curl) and save it as " + target
        + ", or pass weights=/path/to/resnet50.safetensors.";
  }
}

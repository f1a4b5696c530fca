package org.brainalign.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.brainalign.api.InvalidInputException;

/**
 * Anonymous HTTP(S) access to a public S3 bucket (or any S3-compatible server): {@code HEAD} for an
 * object's size and ETag, {@code GET} with {@code Range: bytes=N-} to continue a download. Every
 * failure names the key, the URL and how to retry.
 */
public final class BucketClient {
  private final URI source;
  private final HttpClient http;

  /** @param source the base URL; keys are resolved against it (a trailing {@code /} is added) */
  public BucketClient(URI source) {
    String s = source.toString();
    this.source = URI.create(s.endsWith("/") ? s : s + "/");
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30)).build();
  }

  /** The base URL, ending in {@code /}. */
  public URI source() {
    return source;
  }

  /** The object's URL. */
  URI url(String key) {
    return source.resolve(key);
  }

  /**
   * The object's size and MD5 (when its ETag is one).
   *
   * @throws InvalidInputException for a missing object (404), a forbidden one (403), another
   *     status, or a network failure
   */
  public ObjectInfo head(String key) {
    HttpRequest req = HttpRequest.newBuilder(url(key)).method("HEAD",
        HttpRequest.BodyPublishers.noBody()).build();
    HttpResponse<Void> r = send(key, req, HttpResponse.BodyHandlers.discarding(), "list");
    check(key, r.statusCode(), 200);
    long size = r.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (size < 0) {
      throw failure(key, "the server gave no Content-Length for it", "list");
    }
    return new ObjectInfo(key, size, ObjectInfo.md5FromEtag(r.headers().firstValue("ETag")
        .orElse(null)));
  }

  /**
   * The object's bytes from {@code offset} on.
   *
   * @return the body; {@link Body#partial()} tells whether the server honoured the range (206)
   *     or sent the whole object (200)
   */
  public Body get(String key, long offset) {
    HttpRequest.Builder b = HttpRequest.newBuilder(url(key)).GET();
    if (offset > 0) {
      b.header("Range", "bytes=" + offset + "-");
    }
    HttpResponse<InputStream> r = send(key, b.build(), HttpResponse.BodyHandlers.ofInputStream(),
        "download");
    int status = r.statusCode();
    if (status != 200 && status != 206) {
      try (InputStream ignored = r.body()) {
        check(key, status, 200);
      } catch (IOException e) {
        check(key, status, 200);
      }
    }
    return new Body(r.body(), status == 206);
  }

  /** A response body; the caller closes it. */
  public record Body(InputStream stream, boolean partial) {}

  private <T> HttpResponse<T> send(String key, HttpRequest req, HttpResponse.BodyHandler<T> h,
      String verb) {
    try {
      return http.send(req, h);
    } catch (IOException e) {
      throw failure(key, "the connection failed (" + e + ")", verb);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(key, "interrupted", verb);
    }
  }

  private void check(String key, int status, int expected) {
    if (status == expected) {
      return;
    }
    String what = switch (status) {
      case 404 -> "HTTP 404: no such object at this source";
      case 403 -> "HTTP 403: access denied (the bucket or object is not public at this source)";
      default -> "HTTP " + status;
    };
    throw failure(key, what, "fetch");
  }

  private InvalidInputException failure(String key, String what, String verb) {
    return new InvalidInputException("cannot " + verb + " '" + key + "' from " + url(key) + ": "
        + what + ". Check --source (now " + source + ") and the network, then rerun the same "
        + "command: files already verified are kept and a partial download resumes where it "
        + "stopped.");
  }
}

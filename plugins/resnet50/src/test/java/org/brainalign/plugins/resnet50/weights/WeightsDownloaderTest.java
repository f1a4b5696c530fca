package org.brainalign.plugins.resnet50.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.ForwardingRunContext;
import org.brainalign.api.run.RunContext;
import org.brainalign.plugins.resnet50.testing.SafeTensorsWriter;
import org.brainalign.support.digest.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download path against an HTTP server on 127.0.0.1 that serves good, cut and bad files. */
class WeightsDownloaderTest {
  @TempDir Path cache;
  private HttpServer server;
  private final byte[] good = SafeTensorsWriter.bytes(Map.of("w", new long[] {64}), Map.of("w", ramp(64)));
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicLong progressed = new AtomicLong();
  private final WeightsDownloader downloader = new WeightsDownloader(Duration.ofSeconds(5));

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/good", ex -> {
      hits.incrementAndGet();
      ex.sendResponseHeaders(200, good.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(good);
      }
    });
    server.createContext("/cut", ex -> {
      ex.sendResponseHeaders(200, good.length);
      OutputStream out = ex.getResponseBody();
      out.write(good, 0, good.length / 2);
      out.flush();
      ex.close();
    });
    server.createContext("/html", ex -> {
      byte[] page = "<html>rate limited</html>".getBytes();
      ex.sendResponseHeaders(200, page.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(page);
      }
    });
    server.createContext("/missing", ex -> {
      ex.sendResponseHeaders(404, -1);
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private RunContext context() {
    return new ForwardingRunContext(RunContext.quiet(1, 1 << 20)) {
      @Override
      public Path scratchDir() {
        return cache;
      }

      @Override
      public Progress progress(String task, long total) {
        return new Progress() {
          @Override
          public void advance(long steps) {
            progressed.addAndGet(steps);
          }

          @Override
          public void close() {}
        };
      }
    };
  }

  @Test
  void downloadsAtomicallyWithDigestAndProgress() throws IOException {
    Path target = cache.resolve("weights/w.safetensors");
    String sha = downloader.download(url("/good"), target, context());
    assertThat(Files.readAllBytes(target)).isEqualTo(good);
    assertThat(sha).isEqualTo(Sha256.of(target));
    assertThat(Files.readString(cache.resolve("weights/w.safetensors.sha256"))).startsWith(sha);
    assertThat(progressed.get()).isEqualTo(good.length);
    assertThat(leftovers()).isZero();
  }

  @Test
  void cutTransferLeavesNothingBehind() throws IOException {
    Path target = cache.resolve("weights/w.safetensors");
    assertThatThrownBy(() -> downloader.download(url("/cut"), target, context()))
        .isInstanceOf(BrainAlignException.class)
        .hasMessageContaining(target.toString());
    assertThat(target).doesNotExist();
    assertThat(leftovers()).isZero();
  }

  @Test
  void nonSafetensorsBodyIsRejectedAndNotCached() throws IOException {
    Path target = cache.resolve("weights/w.safetensors");
    assertThatThrownBy(() -> downloader.download(url("/html"), target, context()))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("not a valid safetensors file");
    assertThat(target).doesNotExist();
    assertThat(leftovers()).isZero();
  }

  @Test
  void httpErrorNamesTheStatusAndTheManualRemedy() {
    Path target = cache.resolve("weights/w.safetensors");
    assertThatThrownBy(() -> downloader.download(url("/missing"), target, context()))
        .isInstanceOf(BrainAlignException.class)
        .hasMessageContaining("found 404").hasMessageContaining("save it as " + target);
  }

  @Test
  void unreachableServerSaysWhereToPutTheFile() {
    URI nowhere = url("/good");
    server.stop(0);
    Path target = cache.resolve("weights/w.safetensors");
    assertThatThrownBy(() -> downloader.download(nowhere, target, context()))
        .isInstanceOf(BrainAlignException.class)
        .hasMessageContaining("save it as " + target);
  }

  @Test
  void imagenetIsDownloadedOnceThenServedFromTheCache() {
    Path first = ImagenetWeights.locate(cache, url("/good"), false, downloader, context());
    Path second = ImagenetWeights.locate(cache, url("/good"), false, downloader, context());
    assertThat(first).isEqualTo(second).isEqualTo(ImagenetWeights.cachedFile(cache));
    assertThat(hits.get()).isEqualTo(1);
  }

  @Test
  void offlineWithNothingCachedSaysExactlyWhereToPutTheFile() {
    assertThatThrownBy(() -> ImagenetWeights.locate(cache, url("/good"), true, downloader, context()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ImagenetWeights.cachedFile(cache).toString())
        .hasMessageContaining(ImagenetWeights.URL.toString().replace("resolve/main/model.safetensors", ""));
    assertThat(hits.get()).isZero();
  }

  @Test
  void corruptCachedFileSaysToDeleteIt() throws IOException {
    Path file = ImagenetWeights.cachedFile(cache);
    Files.createDirectories(file.getParent());
    Files.write(file, Arrays.copyOf(good, good.length - 8));
    assertThatThrownBy(() -> ImagenetWeights.locate(cache, url("/good"), false, downloader, context()))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("Delete " + file);
  }

  private long leftovers() throws IOException {
    Path dir = cache.resolve("weights");
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".partial")).count();
    }
  }

  private static float[] ramp(int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = i * 0.5f;
    }
    return v;
  }
}

package org.brainalign.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3 server (S3Proxy over jclouds' in-memory blob store) on 127.0.0.1, holding one bucket
 * named like NSD's; path-style URLs ({@code http://127.0.0.1:PORT/natural-scenes-dataset/KEY}).
 */
public final class S3TestServer implements AutoCloseable {
  public static final String BUCKET = "natural-scenes-dataset";

  private final BlobStoreContext context;
  private final BlobStore store;
  private final S3Proxy proxy;

  private S3TestServer(boolean anonymous) throws Exception {
    context = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
        .build(BlobStoreContext.class);
    store = context.getBlobStore();
    store.createContainerInLocation(null, BUCKET);
    S3Proxy.Builder b = S3Proxy.builder().blobStore(store)
        .endpoint(URI.create("http://127.0.0.1:0"));
    b = anonymous ? b.awsAuthentication(AuthenticationType.NONE, null, null)
        : b.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "access", "secret");
    proxy = b.build();
    proxy.start();
    for (int i = 0; i < 500 && !proxy.getState().equals("STARTED"); i++) {
      Thread.sleep(10);
    }
  }

  /** A server that answers anonymous requests (like NSD's public bucket). */
  public static S3TestServer anonymous() throws Exception {
    return new S3TestServer(true);
  }

  /** A server that wants signed requests: an anonymous one gets HTTP 403. */
  public static S3TestServer signedOnly() throws Exception {
    return new S3TestServer(false);
  }

  public int port() {
    return proxy.getPort();
  }

  /** The bucket's base URL on port {@code port} (the server's own, or a proxy's). */
  public static URI source(int port) {
    return URI.create("http://127.0.0.1:" + port + "/" + BUCKET + "/");
  }

  public URI source() {
    return source(port());
  }

  public void put(String key, byte[] data) {
    store.putBlob(BUCKET, store.blobBuilder(key).payload(data).contentLength(data.length).build());
  }

  /** Uploads every file under {@code root}, keyed by its path relative to it. */
  public void putTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
    context.close();
  }
}

package org.brainalign.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.fetch.FetchPlan;
import org.brainalign.api.fetch.RemoteFile;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk check compares the bytes still to download with the root's free space (played here by
 * a {@link FreeSpace} that reports a small disk) and stops before any download, with both numbers.
 */
class FetcherDiskSpaceTest {
  private static final String KEY = "nsddata_stimuli/stimuli/nsd/nsd_stimuli.hdf5";

  @TempDir
  Path root;

  @Test
  void aDiskTooSmallForTheListedSizesStopsBeforeAnyDownloadWithBothNumbers() throws Exception {
    try (S3TestServer server = S3TestServer.anonymous()) {
      server.put(KEY, new byte[2_000_000]);
      server.put("nsddata/experiments/nsd/nsd_expdesign.mat", new byte[1000]);
      FetchPlan plan = new FetchPlan(root, server.source(), "terms", List.of(
          new RemoteFile("nsddata/experiments/nsd/nsd_expdesign.mat",
              Path.of("nsddata/experiments/nsd/nsd_expdesign.mat")),
          new RemoteFile(KEY, Path.of(KEY))));
      Fetcher small = new Fetcher(new BucketClient(server.source()), folder -> 1_500_000L,
          new PrintWriter(new StringWriter()));
      List<Fetcher.Item> items = small.list(plan, false);
      assertThatThrownBy(() -> small.checkDisk(root, items))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("2001000 bytes").hasMessageContaining("1500000 bytes")
          .hasMessageContaining("nothing was downloaded");
      assertThat(root.resolve(KEY)).doesNotExist();

      Fetcher roomy = new Fetcher(new BucketClient(server.source()), folder -> 2_001_000L,
          new PrintWriter(new StringWriter()));
      List<Fetcher.Item> fit = roomy.list(plan, false);
      roomy.checkDisk(root, fit);
      roomy.download(root, fit, RunContext.quiet(1));
      assertThat(Files.size(root.resolve(KEY))).isEqualTo(2_000_000L);
    }
  }
}

package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.brainalign.fetch.CountingProxy;
import org.brainalign.fetch.S3TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brainalign fetch} against a real S3 server (S3Proxy) on 127.0.0.1 holding the NSD plugin's
 * miniature tree in NSD's bucket layout, reached through a relay that counts the bytes the server
 * sends and can drop the connection mid-file. Nothing leaves 127.0.0.1.
 */
class FetchCommandTest {
  private static final Path NSD = Path.of("../../plugins/nsd/src/test/resources/nsd-mini")
      .toAbsolutePath().normalize();
  private static final String STIMULI = "nsddata_stimuli/stimuli/nsd/nsd_stimuli.hdf5";
  private static final String BETAS1 =
      "nsddata_betas/ppdata/subj01/func1pt8mm/betas_fithrf_GLMdenoise_RR/betas_session01.hdf5";

  @TempDir
  Path dir;

  private S3TestServer server;
  private CountingProxy relay;

  @BeforeEach
  void start() throws Exception {
    server = S3TestServer.anonymous();
    server.putTree(NSD);
    relay = new CountingProxy(server.port());
  }

  @AfterEach
  void stop() throws Exception {
    relay.close();
    server.close();
  }

  private Cli fetch(Path root, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("fetch", "-q", "--dataset",
        "nsd:root=" + root, "--source", S3TestServer.source(relay.port()).toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void aStudyFetchesWhatItUsesAndNsdReadsTheResultAsTheOriginal() throws IOException {
    Path root = dir.resolve("nsd");
    Path study = dir.resolve("study.yaml");
    Files.writeString(study, """
        model: {spec: "resnet50:weights=random:1"}
        dataset: {spec: "nsd:root=%s,sessions=1-3", subjects: [1], rois: [V1-V4]}
        """.formatted(root));
    Cli r = Cli.run("fetch", "-q", study.toString(), "--accept-terms", "--source",
        server.source().toString());
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(regularFiles(root)).containsExactlyInAnyOrder(
        "nsddata/experiments/nsd/nsd_expdesign.mat",
        "nsddata/ppdata/subj01/func1pt8mm/roi/prf-visualrois.nii.gz",
        BETAS1, BETAS1.replace("01.hdf5", "02.hdf5"), BETAS1.replace("01.hdf5", "03.hdf5"),
        STIMULI, ".brainalign-nsd-terms-accepted", ".brainalign-fetch-verified.tsv");
    for (Path out : List.of(dir.resolve("fetched"), dir.resolve("original"))) {
      Path from = out.getFileName().toString().equals("fetched") ? root : NSD;
      Cli resp = Cli.run("responses", "-q", "--dataset", "nsd:root=" + from + ",sessions=1-3",
          "--subject", "1", "--roi", "V1-V4", "--out", out.toString());
      assertThat(resp.exit).as(resp.toString()).isZero();
    }
    assertThat(Files.readAllBytes(dir.resolve("fetched/responses.npy")))
        .isEqualTo(Files.readAllBytes(dir.resolve("original/responses.npy")));
  }

  @Test
  void aDroppedConnectionKeepsTheBytesAndTheRerunTransfersOnlyTheMissingOnes() throws IOException {
    byte[] big = new byte[3_000_000];
    new Random(26).nextBytes(big);
    server.put(STIMULI, big);
    Path root = dir.resolve("nsd");
    relay.reset(1_500_000);
    Cli first = fetch(root, "--subjects", "1", "--sessions", "1", "--rois", "V1-V4", "--stimuli",
        "--accept-terms");
    assertThat(first.exit).as(first.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(first.err).contains(STIMULI).contains("rerun the same command to resume")
        .doesNotContain("\tat ");
    Path partial = root.resolve(STIMULI + ".partial");
    long kept = Files.size(partial);
    assertThat(kept).isBetween(1L, (long) big.length - 1);
    assertThat(root.resolve(STIMULI)).doesNotExist();

    relay.reset(Long.MAX_VALUE);
    Cli second = fetch(root, "--subjects", "1", "--sessions", "1", "--rois", "V1-V4",
        "--stimuli");
    assertThat(second.exit).as(second.toString()).isZero();
    assertThat(second.out).contains("resume from byte " + kept);
    long missing = big.length - kept;
    // The body of the rest of the file, plus HTTP headers of a few HEADs and one GET.
    assertThat(relay.bytesFromServer()).isBetween(missing, missing + 8_000);
    assertThat(Files.readAllBytes(root.resolve(STIMULI))).isEqualTo(big);
    assertThat(partial).doesNotExist();
  }

  @Test
  void aCorruptedLocalFileIsFetchedAgainAndVerifiedFilesAreNot() throws IOException {
    Path root = dir.resolve("nsd");
    String[] sel = {"--subjects", "1", "--sessions", "1-2", "--rois", "V1-V4"};
    assertThat(fetch(root, append(sel, "--accept-terms")).exit).isZero();
    relay.reset(Long.MAX_VALUE);
    Cli again = fetch(root, sel);
    assertThat(again.exit).as(again.toString()).isZero();
    assertThat(again.out).contains("4 here and verified, 0 to fetch");
    assertThat(relay.bytesFromServer()).as("only HEAD answers").isLessThan(4_000);

    Path betas = root.resolve(BETAS1);
    byte[] bytes = Files.readAllBytes(betas);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(betas, bytes);
    Files.setLastModifiedTime(betas, FileTime.fromMillis(1_000_000_000_000L));
    relay.reset(Long.MAX_VALUE);
    Cli repaired = fetch(root, sel);
    assertThat(repaired.exit).as(repaired.toString()).isZero();
    assertThat(repaired.out).contains(betas + " differs from the bucket's " + BETAS1);
    assertThat(Files.readAllBytes(betas)).isEqualTo(Files.readAllBytes(NSD.resolve(BETAS1)));
    assertThat(relay.bytesFromServer()).isGreaterThanOrEqualTo(bytes.length);
  }

  @Test
  void aMissingObjectNamesTheKeyAndDownloadsNothing() throws IOException {
    Path root = dir.resolve("nsd");
    Cli r = fetch(root, "--subjects", "1", "--sessions", "1-4", "--rois", "V1-V4",
        "--accept-terms");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("betas_session04.hdf5").contains("HTTP 404").contains("rerun")
        .doesNotContain("\tat ");
    assertThat(regularFiles(root)).containsExactly(".brainalign-nsd-terms-accepted");
  }

  @Test
  void aForbiddenBucketNamesTheKeyAndHowToRetry() throws Exception {
    try (S3TestServer locked = S3TestServer.signedOnly()) {
      locked.putTree(NSD);
      Cli r = Cli.run("fetch", "--dataset", "nsd:root=" + dir.resolve("nsd"), "--subjects", "1",
          "--sessions", "1", "--rois", "V1-V4", "--accept-terms", "--source",
          locked.source().toString());
      assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err).contains("nsd_expdesign.mat").contains("HTTP 403").contains("--source")
          .contains("rerun").doesNotContain("\tat ");
    }
  }

  @Test
  void theFirstFetchWithoutAcceptTermsShowsThemAndContactsNoServer() throws IOException {
    Path root = dir.resolve("nsd");
    relay.reset(Long.MAX_VALUE);
    Cli r = fetch(root, "--subjects", "1", "--sessions", "1", "--rois", "V1-V4");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out).contains("Terms of use of 'nsd'").contains("Allen et al. 2022");
    assertThat(r.err).contains("--accept-terms").contains(".brainalign-nsd-terms-accepted");
    assertThat(relay.bytesFromServer()).isZero();
    assertThat(regularFiles(root)).isEmpty();
  }

  @Test
  void aSubjectOrSessionNsdLacksStopsBeforeAnyRequest() throws IOException {
    Path root = dir.resolve("nsd");
    relay.reset(Long.MAX_VALUE);
    Cli subject = fetch(root, "--subjects", "9", "--accept-terms");
    assertThat(subject.exit).as(subject.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(subject.err).contains("subject '9'").contains("1 to 8").doesNotContain("\tat ");
    Cli session = fetch(root, "--subjects", "3-4", "--sessions", "31", "--accept-terms");
    assertThat(session.exit).as(session.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(session.err).contains("session 31 of subj04").contains("1 to 30");
    assertThat(relay.bytesFromServer()).isZero();
    assertThat(regularFiles(root)).isEmpty();
  }

  @Test
  void dryRunListsEveryFileWithItsSizeAndDownloadsNothing() throws IOException {
    Path root = dir.resolve("nsd");
    Cli r = fetch(root, "--subjects", "1", "--sessions", "1", "--rois", "V1-V4", "--stimuli",
        "--dry-run");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains(Files.size(NSD.resolve(BETAS1)) + "  " + BETAS1)
        .contains(Files.size(NSD.resolve(STIMULI)) + "  " + STIMULI)
        .contains("4 files from").contains("nothing downloaded");
    assertThat(root).doesNotExist();
  }

  @Test
  void aDatasetThatCannotFetchNamesTheOnesThatCan() {
    Cli r = Cli.run("fetch", "--dataset", "simulated", "--dry-run");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("'simulated'").contains("Fetchable datasets: nsd");
  }

  private static String[] append(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }

  private static List<String> regularFiles(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).toList();
    }
  }
}

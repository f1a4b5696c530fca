package org.brainalign.study.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.brainalign.support.digest.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests are reused exactly while a file's stamp is unchanged and the file had settled when it was
 * hashed; anything else hashes again, and the result is always the file's true SHA-256.
 */
class FileFingerprintsTest {
  @TempDir
  Path dir;

  /** A file last modified well in the past, so that its digest may be reused. */
  private Path settled(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    return f;
  }

  @Test
  void digestIsTheFilesSha256() throws IOException {
    Path f = settled("a.bin", "hello");
    assertThat(FileFingerprints.inMemory().sha256(f)).isEqualTo(Sha256.of(f))
        .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
  }

  @Test
  void aSettledFileIsReadOnceAcrossRunsThroughTheIndex() throws IOException {
    Path f = settled("a.bin", "hello");
    FingerprintIndex index = new FingerprintIndex(dir.resolve("fp.tsv"));
    try (FileFingerprints first = new FileFingerprints(index, false)) {
      first.sha256(f);
    }
    assertThat(Files.readString(dir.resolve("fp.tsv"))).contains(f.toAbsolutePath().toString());
    // A same-stamp forgery: the index says the file's digest is known, so it is not read again.
    // (Proves reuse: a real edit changes the stamp, see below.)
    FingerprintIndex second = new FingerprintIndex(dir.resolve("fp.tsv"));
    FingerprintIndex.Entry e = second.get(f.toAbsolutePath().normalize());
    assertThat(e).isNotNull();
    // hashed just after it was written (its ctime is now), so the entry is racily clean and not
    // trusted yet; as if it had been hashed 2 s later, it is
    String forged = "f".repeat(64);
    assertThat(new FileFingerprints(second, false).sha256(f)).isEqualTo(Sha256.of(f));
    second.put(new FingerprintIndex.Entry(e.path(), e.stamp(),
        e.hashedAtNanos() + FileFingerprints.RACY_NANOS, forged));
    assertThat(new FileFingerprints(second, false).sha256(f)).isEqualTo(forged);
    // --verify-inputs ignores the index
    assertThat(new FileFingerprints(second, true).sha256(f)).isEqualTo(Sha256.of(f));
  }

  @Test
  void anEditWithTheSameSizeAndAnOldMtimeIsSeenThroughCtimeOrInode() throws IOException {
    Path f = settled("a.bin", "hello");
    FileFingerprints fp = new FileFingerprints(new FingerprintIndex(dir.resolve("fp.tsv")), false);
    String before = fp.sha256(f);
    FileTime old = Files.getLastModifiedTime(f);
    Files.writeString(f, "jello");
    Files.setLastModifiedTime(f, old); // as `touch -d` would restore it
    assertThat(fp.sha256(f)).isNotEqualTo(before).isEqualTo(Sha256.of(f));
  }

  @Test
  void aFileReplacedByRenameIsHashedAgain() throws IOException {
    Path f = settled("a.bin", "hello");
    FileFingerprints fp = FileFingerprints.inMemory();
    String before = fp.sha256(f);
    Path tmp = settled("b.bin", "jello");
    Files.setLastModifiedTime(tmp, Files.getLastModifiedTime(f));
    Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(fp.sha256(f)).isNotEqualTo(before).isEqualTo(Sha256.of(f));
  }

  @Test
  void aTouchedButUnchangedFileGivesTheSameDigest() throws IOException {
    Path f = settled("a.bin", "hello");
    FileFingerprints fp = FileFingerprints.inMemory();
    String before = fp.sha256(f);
    Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis()));
    assertThat(fp.sha256(f)).isEqualTo(before);
  }

  @Test
  void aRacilyCleanFileIsNotTrusted() throws IOException {
    // modified within RACY_NANOS of being hashed: the stamp alone cannot prove a later same-second
    // edit did not happen, so the entry is not trusted even with an identical stamp
    Path f = dir.resolve("a.bin");
    Files.writeString(f, "hello");
    FileStamp stamp = FileStamp.of(f);
    FingerprintIndex.Entry racy = new FingerprintIndex.Entry(f, stamp,
        Math.max(stamp.modifiedNanos(), stamp.changedNanos()) + 1_000_000, "0".repeat(64));
    assertThat(racy.trusted(stamp)).isFalse();
    FingerprintIndex.Entry settled = new FingerprintIndex.Entry(f, stamp,
        Math.max(stamp.modifiedNanos(), stamp.changedNanos()) + FileFingerprints.RACY_NANOS,
        "0".repeat(64));
    assertThat(settled.trusted(stamp)).isTrue();
    FingerprintIndex index = new FingerprintIndex(dir.resolve("fp.tsv"));
    index.put(racy);
    assertThat(new FileFingerprints(index, false).sha256(f)).isEqualTo(Sha256.of(f));
  }

  @Test
  void aDamagedIndexIsOnlyACacheMiss() throws IOException {
    Path f = settled("a.bin", "hello");
    Files.writeString(dir.resolve("fp.tsv"), "# header\nnot\ta\tline\n\u0000garbage");
    try (FileFingerprints fp = new FileFingerprints(new FingerprintIndex(dir.resolve("fp.tsv")),
        false)) {
      assertThat(fp.sha256(f)).isEqualTo(Sha256.of(f));
    }
    assertThat(new FingerprintIndex(dir.resolve("fp.tsv")).get(f.toAbsolutePath().normalize()))
        .isNotNull();
  }

  @Test
  void severalFilesAreHashedSideBySideInTheirOrder() throws IOException {
    java.util.List<Path> files = new java.util.ArrayList<>();
    for (int i = 0; i < 9; i++) {
      files.add(settled("f" + i + ".bin", "content " + i));
    }
    java.util.Map<Path, String> digests = FileFingerprints.inMemory().sha256All(files, 3);
    assertThat(digests.keySet()).containsExactlyElementsOf(files);
    for (Path f : files) {
      assertThat(digests.get(f)).isEqualTo(Sha256.of(f));
    }
  }
}
